package io.pimento.akeneo;

import io.pimento.common.ProblemException;

import java.util.List;

/**
 * A refusal Akeneo answers with a message and no field errors ({@code {"code": 422, "message":
 * "..."}}): a bad grant, an unsupported filter, a bad pagination parameter. A problem like any
 * other, so Pimento's mappers answer it and {@link AkeneoErrorShape} reshapes it on this API.
 */
public class AkeneoException extends ProblemException {

    public AkeneoException(int status, String message) {
        super(status, switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 413 -> "Content Too Large";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            default -> "Error";
        }, message, List.of());
    }

    public static AkeneoException unprocessable(String message) {
        return new AkeneoException(422, message);
    }
}
