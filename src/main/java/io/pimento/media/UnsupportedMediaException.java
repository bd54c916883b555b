package io.pimento.media;

import io.pimento.common.FieldError;
import io.pimento.common.ProblemException;

import java.util.List;

/** An uploaded file that is not one of the kinds Pimento keeps, or whose name says another kind than its content (415). */
public class UnsupportedMediaException extends ProblemException {

    public UnsupportedMediaException(String field, String detail) {
        super(415, "Unsupported Media Type", detail, List.of(new FieldError(field, detail)));
    }
}
