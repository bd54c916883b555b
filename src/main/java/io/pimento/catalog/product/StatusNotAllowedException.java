package io.pimento.catalog.product;

import io.pimento.common.FieldError;
import io.pimento.common.ProblemException;

import java.util.List;

/** Only reviewers and admins approve products (403). */
public class StatusNotAllowedException extends ProblemException {

    public StatusNotAllowedException() {
        super(403, "Forbidden", "only a reviewer or an admin may approve a product",
                List.of(new FieldError("status", "only a reviewer or an admin may set the status to approved")));
    }
}
