package io.pimento.common;

import java.util.List;

/** A request carrying more than one request may (413); nothing of it was applied. */
public class ContentTooLargeException extends ProblemException {

    public ContentTooLargeException(String detail) {
        super(413, "Content Too Large", detail, List.of());
    }
}
