package io.pimento.common;

import java.util.List;

/** The request, or what it unpacks to, is larger than a configured limit (413). The detail names the limit. */
public class PayloadTooLargeException extends ProblemException {

    public PayloadTooLargeException(String detail) {
        super(413, "Content Too Large", detail, List.of());
    }

    public PayloadTooLargeException(String field, String detail) {
        super(413, "Content Too Large", detail, List.of(new FieldError(field, detail)));
    }
}
