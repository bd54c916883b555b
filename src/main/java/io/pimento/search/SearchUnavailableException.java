package io.pimento.search;

import io.pimento.common.ProblemException;

import java.util.List;

/** The search index cannot answer right now (OpenSearch down, or the index being recreated): 503. */
public class SearchUnavailableException extends ProblemException {

    public SearchUnavailableException(String detail) {
        super(503, "Service Unavailable", detail, List.of());
    }
}
