package io.pimento.common;

import java.util.List;

public class NotFoundException extends ProblemException {

    public NotFoundException(String detail) {
        super(404, "Not Found", detail, List.of());
    }

    public static NotFoundException of(String kind, String code) {
        return new NotFoundException("%s '%s' does not exist".formatted(kind, code));
    }
}
