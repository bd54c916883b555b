package io.pimento.web.imports;

import io.pimento.common.FieldError;
import io.pimento.common.ProblemException;

import java.util.stream.Collectors;

/** Turns the import service's refusal of an upload into a sentence for the form. */
final class UploadErrors {

    private UploadErrors() {
    }

    static String describe(ProblemException e) {
        String details = e.errors().stream()
                .map(FieldError::message)
                .filter(message -> !message.equals(e.getMessage()) && !e.getMessage().contains(message))
                .collect(Collectors.joining("; "));
        return sentence(details.isEmpty() ? e.getMessage() : e.getMessage() + ": " + details);
    }

    /** Capitalised and ending with a full stop. */
    static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "The file could not be imported.";
        }
        String text = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
