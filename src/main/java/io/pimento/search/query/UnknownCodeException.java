package io.pimento.search.query;

import io.pimento.common.BadRequestException;
import io.pimento.common.FieldError;

import java.util.List;

/** A parameter names a family, category, channel, locale or attribute the catalog does not have (400). */
public class UnknownCodeException extends BadRequestException {

    public UnknownCodeException(String parameter, String message) {
        super(message, List.of(new FieldError(parameter, message)));
    }
}
