package io.pimento.feeds.access;

import io.pimento.common.ProblemException;

import java.util.List;

/** A channel token used beyond what it is for: another channel's feed, or any other endpoint (403). */
public class ChannelForbiddenException extends ProblemException {

    public ChannelForbiddenException(String detail) {
        super(403, "Forbidden", detail, List.of());
    }
}
