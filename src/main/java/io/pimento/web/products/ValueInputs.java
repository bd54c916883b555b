package io.pimento.web.products;

import io.pimento.catalog.attribute.AttributeType;
import io.pimento.catalog.product.schema.AttributeSchema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One attribute's value between the service's data (Akeneo's JSON shape, see {@code ProductValue})
 * and the edit form's inputs, named {@code v.<attribute>} ({@code v.<attribute>.<currency>} for a
 * price, {@code v.<attribute>.amount} and {@code .unit} for a metric). The form sends text as typed:
 * the service's validator reads numbers and dates and says what is wrong, so the form never
 * second-guesses it. Empty inputs clear the value.
 */
final class ValueInputs {

    static final String PREFIX = "v.";

    private ValueInputs() {
    }

    static String name(String attribute) {
        return PREFIX + attribute;
    }

    static String priceName(String attribute, String currency) {
        return name(attribute) + "." + currency;
    }

    static String amountName(String attribute) {
        return name(attribute) + ".amount";
    }

    static String unitName(String attribute) {
        return name(attribute) + ".unit";
    }

    /** Whether the form has an input for the attribute (identifiers and media are shown, not edited). */
    static boolean editable(AttributeType type) {
        return type != AttributeType.IDENTIFIER && !type.isMedia();
    }

    /** The inputs that show the stored data, by input name; an input with no value is absent. */
    static Map<String, List<String>> of(AttributeSchema attribute, Object data, List<String> currencies) {
        Map<String, List<String>> inputs = new LinkedHashMap<>();
        String code = attribute.code();
        if (data == null) {
            return inputs;
        }
        switch (attribute.type()) {
            case PRICE_COLLECTION -> {
                if (data instanceof List<?> prices) {
                    for (Object item : prices) {
                        if (item instanceof Map<?, ?> price && price.get("currency") != null && price.get("amount") != null) {
                            put(inputs, priceName(code, String.valueOf(price.get("currency"))), String.valueOf(price.get("amount")));
                        }
                    }
                }
            }
            case METRIC -> {
                if (data instanceof Map<?, ?> metric && metric.get("amount") != null) {
                    put(inputs, amountName(code), String.valueOf(metric.get("amount")));
                    put(inputs, unitName(code), String.valueOf(metric.get("unit")));
                }
            }
            case MULTISELECT -> {
                if (data instanceof List<?> codes) {
                    inputs.put(name(code), codes.stream().map(String::valueOf).sorted().toList());
                }
            }
            case REFERENCE_DATA_MULTISELECT -> {
                if (data instanceof List<?> codes) {
                    put(inputs, name(code), String.join(", ", codes.stream().map(String::valueOf).toList()));
                }
            }
            default -> put(inputs, name(code), String.valueOf(data));
        }
        return inputs;
    }

    /** The posted inputs of the attribute, shaped like {@link #of} (blank inputs left out) so the two compare. */
    static Map<String, List<String>> posted(AttributeSchema attribute, Function<String, List<String>> form, List<String> currencies) {
        Map<String, List<String>> inputs = new LinkedHashMap<>();
        String code = attribute.code();
        switch (attribute.type()) {
            case PRICE_COLLECTION -> currencies.forEach(currency -> put(inputs, priceName(code, currency), first(form, priceName(code, currency))));
            case METRIC -> {
                String amount = first(form, amountName(code));
                if (!amount.isBlank()) {
                    put(inputs, amountName(code), amount);
                    put(inputs, unitName(code), first(form, unitName(code)));
                }
            }
            case MULTISELECT -> {
                List<String> codes = form.apply(name(code)).stream().filter(value -> !value.isBlank()).distinct().sorted().toList();
                if (!codes.isEmpty()) {
                    inputs.put(name(code), codes);
                }
            }
            case TEXTAREA -> put(inputs, name(code), first(form, name(code)).replace("\r\n", "\n"));
            default -> put(inputs, name(code), first(form, name(code)));
        }
        return inputs;
    }

    /** The data the inputs (as {@link #posted} returns them) say; null clears the value. */
    static Object data(AttributeSchema attribute, Map<String, List<String>> inputs, List<String> currencies) {
        String code = attribute.code();
        String text = inputs.getOrDefault(name(code), List.of()).stream().findFirst().orElse(null);
        return switch (attribute.type()) {
            case PRICE_COLLECTION -> {
                List<Map<String, Object>> prices = new ArrayList<>();
                currencies.forEach(currency -> inputs.getOrDefault(priceName(code, currency), List.of()).stream().findFirst()
                        .ifPresent(amount -> prices.add(Map.of("amount", amount, "currency", currency))));
                yield prices.isEmpty() ? null : prices;
            }
            case METRIC -> {
                String amount = inputs.getOrDefault(amountName(code), List.of()).stream().findFirst().orElse(null);
                if (amount == null) {
                    yield null;
                }
                Map<String, Object> metric = new LinkedHashMap<>();
                metric.put("amount", amount);
                metric.put("unit", inputs.getOrDefault(unitName(code), List.of()).stream().findFirst().orElse(null));
                yield metric;
            }
            case MULTISELECT -> inputs.containsKey(name(code)) ? List.copyOf(inputs.get(name(code))) : null;
            case REFERENCE_DATA_MULTISELECT -> text == null ? null
                    : Arrays.stream(text.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
            // "true"/"false" from the select; anything else goes through as text for the validator to refuse
            case BOOLEAN -> text == null ? null : "true".equals(text) ? Boolean.TRUE : "false".equals(text) ? Boolean.FALSE : text;
            default -> text;
        };
    }

    private static String first(Function<String, List<String>> form, String name) {
        List<String> values = form.apply(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    private static void put(Map<String, List<String>> inputs, String name, String value) {
        if (value != null && !value.isBlank()) {
            inputs.put(name, List.of(value));
        }
    }
}
