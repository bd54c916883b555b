package io.pimento.bulkactions;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pimento.catalog.product.EnrichmentStatus;
import io.pimento.common.FieldError;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a bulk action does to each product, as the API takes it:
 * {@code {"type": "set_value", "attribute": "color", "locale": null, "scope": null, "data": "red"}}.
 * Only the fields of its type are read; {@link #check} names each one that is missing.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BulkAction(String type, List<String> categories, String attribute, String locale, String scope, Object data,
                         String status) {

    public enum Type {
        ENABLE, DISABLE, ADD_CATEGORIES, REMOVE_CATEGORIES, SET_VALUE, CLEAR_VALUE, SET_STATUS, DELETE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Type> fromCode(String code) {
            return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
        }
    }

    /** The type; call {@link #check} first. */
    public Type kind() {
        return Type.fromCode(type).orElseThrow();
    }

    /** What is wrong with the action as given, by field ({@code action.type}...), empty when it can run. */
    public List<FieldError> check() {
        List<FieldError> errors = new ArrayList<>();
        Optional<Type> kind = Type.fromCode(type);
        if (kind.isEmpty()) {
            errors.add(new FieldError("action.type", "type must be one of " + String.join(", ",
                    Arrays.stream(Type.values()).map(Type::code).toList()) + (type == null ? "" : ", not '%s'".formatted(type))));
            return errors;
        }
        switch (kind.get()) {
            case ADD_CATEGORIES, REMOVE_CATEGORIES -> {
                if (categories == null || categories.isEmpty() || categories.stream().anyMatch(c -> c == null || c.isBlank())) {
                    errors.add(new FieldError("action.categories", "name at least one category code"));
                }
            }
            case SET_VALUE, CLEAR_VALUE -> {
                if (attribute == null || attribute.isBlank()) {
                    errors.add(new FieldError("action.attribute", "name the attribute whose value to " + (kind.get() == Type.SET_VALUE ? "set" : "clear")));
                }
                if (kind.get() == Type.SET_VALUE && (data == null || data instanceof String s && s.isBlank())) {
                    errors.add(new FieldError("action.data", "give the value to set (to remove it, use clear_value)"));
                }
            }
            case SET_STATUS -> {
                try {
                    EnrichmentStatus.fromCode(status);
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError("action.status", "status must be draft, in_review or approved"
                            + (status == null ? "" : ", not '%s'".formatted(status))));
                }
            }
            default -> {
            }
        }
        return errors;
    }

    /** A sentence for the job page and its list: "Set color (en_US, ecommerce)". */
    public String describe() {
        return switch (kind()) {
            case ENABLE -> "Enable";
            case DISABLE -> "Disable";
            case ADD_CATEGORIES -> "Add to categories " + String.join(", ", categories);
            case REMOVE_CATEGORIES -> "Remove from categories " + String.join(", ", categories);
            case SET_VALUE -> "Set " + slot() + " to " + data;
            case CLEAR_VALUE -> "Clear " + slot();
            case SET_STATUS -> "Change status to " + status;
            case DELETE -> "Delete";
        };
    }

    private String slot() {
        List<String> where = new ArrayList<>();
        if (locale != null && !locale.isBlank()) {
            where.add(locale);
        }
        if (scope != null && !scope.isBlank()) {
            where.add(scope);
        }
        return attribute + (where.isEmpty() ? "" : " (" + String.join(", ", where) + ")");
    }
}
