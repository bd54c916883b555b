package io.pimento.catalog.product.bulk;

import io.pimento.common.ContentTooLargeException;

/** A bulk request with more lines than one request may carry (413); none of its lines was applied. */
public class TooManyLinesException extends ContentTooLargeException {

    public TooManyLinesException(int max) {
        super("a bulk request carries at most %d lines; split it into several requests".formatted(max));
    }
}
