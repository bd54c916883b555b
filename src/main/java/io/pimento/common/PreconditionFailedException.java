package io.pimento.common;

import java.util.List;

/** An {@code If-Match} header names a version that is no longer current (412). */
public class PreconditionFailedException extends ProblemException {

    public PreconditionFailedException(String detail) {
        super(412, "Precondition Failed", detail, List.of());
    }
}
