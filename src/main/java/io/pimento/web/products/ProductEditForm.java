package io.pimento.web.products;

import io.pimento.catalog.product.CompletenessEntry;
import io.pimento.history.HistoryEntryPayload;
import io.pimento.common.FieldError;
import io.pimento.web.FieldErrors;

import java.util.ArrayList;
import java.util.List;

/**
 * The product (or product model: {@code model}, whose pages are at {@code path}) edit form as
 * shown: the values of one locale and channel grouped by attribute group,
 * each input holding what is stored or what was typed, and the errors by the service's field paths.
 */
public record ProductEditForm(String identifier, String label, String family, String parent, boolean model, String path,
                              String locale, String channel,
                              List<Choice> locales, List<Choice> channels, List<Group> groups, boolean enabled,
                              List<CategoryBox> categories, List<String> otherCategories, int version, FieldErrors errors,
                              List<CompletenessLink> completeness, Conflict conflict) {

    /** Errors no input shows (a version conflict, the family...), shown on top of the form. */
    public List<FieldError> otherErrors() {
        List<String> shown = new ArrayList<>(List.of("enabled"));
        groups.forEach(group -> group.fields().forEach(field -> shown.add(field.errorPath())));
        return errors.all().stream()
                .filter(error -> shown.stream().noneMatch(field -> error.field().equals(field)
                        || error.field().startsWith(field + "[") || error.field().startsWith(field + ".")))
                .filter(error -> !error.field().startsWith("categories"))
                .toList();
    }

    /** A choice of a select or a checkbox list: its code as the value, its label shown. */
    public record Choice(String code, String label, boolean selected) {
    }

    /** An attribute group's fields, in the group's and the attributes' sort order. */
    public record Group(String code, String label, List<Field> fields) {
    }

    /**
     * One attribute's input. {@code kind} picks the input in the template; {@code text} is the
     * single input's value; a price has one amount per currency, a metric an amount and a unit.
     * {@code inheritedFrom} names the product model a variant takes the value from (shown, not
     * edited); {@code clash} marks a value both this user and another changed since the form was opened.
     */
    public record Field(String code, String label, String kind, String scope, boolean required, String inheritedFrom,
                        boolean available, String text, List<Choice> options, List<Price> prices, List<Choice> units,
                        boolean clash) {

        public String name() {
            return ValueInputs.name(code);
        }

        public String anchor() {
            return "attr-" + code;
        }

        /** The service names a value's errors {@code values.<code>[0].data}; this form sends one value per attribute. */
        public String errorPath() {
            return "values." + code;
        }

        public boolean readOnly() {
            return inheritedFrom != null || !available || "identifier".equals(kind) || "media".equals(kind);
        }

        public String amountName() {
            return ValueInputs.amountName(code);
        }

        public String unitName() {
            return ValueInputs.unitName(code);
        }
    }

    /** A price input: the amount in one currency. */
    public record Price(String currency, String name, String amount) {
    }

    /** A category with its children; an inherited one (from the product model) is shown checked and cannot be unticked. */
    public record CategoryBox(String code, String label, boolean checked, boolean inherited, List<CategoryBox> children) {
    }

    /** A completeness entry whose missing attributes link to their inputs (on the page of that locale and channel). */
    public record CompletenessLink(CompletenessEntry entry, String channelLabel, List<Missing> missing) {
    }

    public record Missing(String code, String label) {
    }

    /**
     * Someone saved the product after this form was opened ({@code seen}): what they changed, and the
     * form with their values where this user left the field alone, ready to be saved again.
     */
    public record Conflict(int seen, int current, List<HistoryEntryPayload> changes) {
    }
}
