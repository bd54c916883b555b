package io.pimento.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one translation of a JSON reading failure into what the client is told: the field (a path
 * such as {@code values.name[0].data}), a short plain message that never repeats more than
 * {@value Texts#MAX_ECHO} characters of the input nor names library internals, and the status
 * (413 for a document over the size limits, else 400).
 */
public final class JsonErrors {

    private static final Pattern MAXIMUM = Pattern.compile("maximum allowed \\((\\d+)");

    private JsonErrors() {
    }

    public record Described(int status, String field, String message) {

        public String detail() {
            return field.isEmpty() ? message : field + ": " + message;
        }

        public ProblemException toException() {
            List<FieldError> errors = List.of(new FieldError(field, message));
            return status == 413 ? new PayloadTooLargeException(field, detail()) : new BadRequestException(detail(), errors);
        }
    }

    public static Described describe(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? JsonErrorPath.of(mapping) : "";
        StreamConstraintsException limit = cause(e, StreamConstraintsException.class);
        if (limit != null) {
            return limit(field, limit);
        }
        if (cause(e, BoundedNumbers.NumberTooLongException.class) != null) {
            return new Described(400, field, BoundedNumbers.message());
        }
        String message;
        if (e instanceof UnrecognizedPropertyException unknown) {
            message = "unknown field '%s'".formatted(Texts.abbreviate(unknown.getPropertyName()));
        } else if (e instanceof InvalidFormatException format) {
            message = "'%s' is not %s".formatted(Texts.abbreviate(format.getValue()), typeName(format.getTargetType()));
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            message = "expected " + typeName(mismatch.getTargetType());
        } else if (cause(e, InputCoercionException.class) != null) {
            InputCoercionException coercion = cause(e, InputCoercionException.class);
            message = "number out of range for %s".formatted(typeName(coercion.getTargetType()));
        } else {
            message = "malformed JSON: " + Texts.abbreviate(e.getOriginalMessage());
        }
        return new Described(400, field, message);
    }

    private static Described limit(String field, StreamConstraintsException e) {
        String text = String.valueOf(e.getOriginalMessage());
        Matcher maximum = MAXIMUM.matcher(text);
        String max = maximum.find() ? maximum.group(1) : "the allowed";
        if (text.contains("getMaxNumberLength")) {
            return new Described(400, field, "number too long (over %s characters)".formatted(max));
        }
        if (text.contains("getMaxStringLength")) {
            return new Described(400, field, "text too long (over %s characters)".formatted(max));
        }
        if (text.contains("getMaxNameLength")) {
            return new Described(400, field, "field name too long (over %s characters)".formatted(max));
        }
        if (text.contains("getMaxNestingDepth")) {
            return new Described(400, field, "nesting deeper than %s levels".formatted(max));
        }
        if (text.contains("getMaxTokenCount")) {
            return new Described(413, field, "too many values in one document (over %s)".formatted(max));
        }
        if (text.contains("getMaxDocumentLength")) {
            return new Described(413, field, "document too long (over %s bytes)".formatted(max));
        }
        return new Described(400, field, "the document exceeds a size limit");
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /** How a client would name the expected JSON type: "a number", "an array"... */
    static String typeName(Class<?> type) {
        if (type == null) {
            return "a value";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class
                || type == float.class || type == short.class || type == byte.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(java.util.Locale.ROOT);
        }
        return "an object";
    }
}
