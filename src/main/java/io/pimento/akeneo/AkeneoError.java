package io.pimento.akeneo;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pimento.common.FieldError;
import io.pimento.common.Problem;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Akeneo's error body: {@code {"code": 422, "message": "Validation failed.", "errors": [...]}},
 * {@code errors} only when fields were refused. Translated from Pimento's {@link Problem}, never
 * built from scratch, so both APIs refuse the same things for the same reasons.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AkeneoError(int code, String message, List<Item> errors) {

    /** Akeneo's message when fields were refused; the details are in {@code errors}. */
    public static final String VALIDATION_FAILED = "Validation failed.";

    /** Pimento names a value's error {@code values.<attribute>[<index>].<part>}; Akeneo says property {@code values} and the attribute. */
    private static final Pattern VALUE_PATH = Pattern.compile("^values\\.([^.\\[]+)(?:\\[(\\d+)])?.*$");

    /** One refused field: a top-level property, and for values the attribute, locale and scope of the value. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Item(String property, String message, String attribute, String locale, String scope) {
    }

    /** Tells the locale and scope of the value at an index of an attribute's values, when the adapter knows the request. */
    @FunctionalInterface
    public interface ValueSlots {
        ValueSlots NONE = (attribute, index) -> null;

        /** {locale, scope} of that value, or null when unknown. */
        String[] slot(String attribute, int index);
    }

    public static AkeneoError of(Problem problem) {
        return of(problem.status(), problem.detail(), problem.errors(), ValueSlots.NONE);
    }

    public static AkeneoError of(int status, String detail, List<FieldError> errors, ValueSlots slots) {
        if (errors == null || errors.isEmpty()) {
            return new AkeneoError(status, detail, null);
        }
        return new AkeneoError(status, status == 422 ? VALIDATION_FAILED : detail,
                errors.stream().map(error -> item(error, slots)).toList());
    }

    static Item item(FieldError error, ValueSlots slots) {
        String field = error.field() == null ? "" : error.field();
        Matcher value = VALUE_PATH.matcher(field);
        if (value.matches()) {
            String[] slot = value.group(2) == null ? null : slots.slot(value.group(1), Integer.parseInt(value.group(2)));
            return new Item("values", error.message(), value.group(1), slot == null ? null : slot[0], slot == null ? null : slot[1]);
        }
        // "associations.X_SELL.products", "categories[2]": Akeneo names the top-level property
        String property = field.split("[.\\[]", 2)[0];
        return new Item(property, error.message(), null, null, null);
    }
}
