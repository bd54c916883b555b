package io.pimento.catalog.product.bulk;

import io.pimento.common.ProblemException;

import java.util.List;

/** A bulk request with more lines than one request may carry (413); none of its lines was applied. */
public class TooManyLinesException extends ProblemException {

    public TooManyLinesException(int max) {
        super(413, "Content Too Large", "a bulk request carries at most %d lines; split it into several requests".formatted(max), List.of());
    }
}
