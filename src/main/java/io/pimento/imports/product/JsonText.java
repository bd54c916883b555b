package io.pimento.imports.product;

import io.pimento.catalog.product.AssociationTargets;
import io.pimento.catalog.product.Associations;
import io.pimento.catalog.product.Completeness;
import io.pimento.catalog.product.CompletenessEntry;
import io.pimento.catalog.product.ProductValue;
import io.pimento.catalog.product.ProductValues;
import io.pimento.history.FieldChange;

import java.util.Collection;
import java.util.Map;

/**
 * Writes the JSON documents of a product row (values, completeness, history changes) the way
 * Jackson writes them through {@link io.pimento.common.DatabaseJsonFormat}, without reflection:
 * serialising them took about a fifth of an import's CPU. Anything it does not know is a bug,
 * not a fallback, so the two writers cannot drift apart silently.
 *
 * <p>{@link #appendForCopy} writes the document already escaped for a COPY text cell: JSON's only
 * characters COPY escapes are the backslashes of string escapes, so they are simply doubled
 * as they are written instead of in a second pass over the whole document.
 */
final class JsonText {

    private final StringBuilder out;
    /** What a JSON escape starts with: a backslash, or two in a COPY cell. */
    private final String backslash;

    private JsonText(StringBuilder out, boolean forCopy) {
        this.out = out;
        this.backslash = forCopy ? "\\\\" : "\\";
    }

    static String of(Object value) {
        JsonText json = new JsonText(new StringBuilder(256), false);
        json.write(value);
        return json.out.toString();
    }

    /**
     * Appends the document, in COPY form, to a row being built: the documents of a product row
     * are written straight into the row instead of each into its own buffer and copied.
     */
    static void appendForCopy(StringBuilder row, Object value) {
        new JsonText(row, true).write(value);
    }

    private void write(Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text);
        } else if (value instanceof Integer number) {
            out.append(number.intValue());
        } else if (value instanceof Long number) {
            out.append(number.longValue());
        } else if (value instanceof Boolean bool) {
            out.append(bool.booleanValue());
        } else if (value instanceof java.math.BigInteger) {
            out.append(value);
        } else if (value instanceof java.math.BigDecimal decimal) {
            out.append(decimal.toString());
        } else if (value instanceof Double || value instanceof Float) {
            out.append(value);
        } else if (value instanceof ProductValues values) {
            write(values.asMap());
        } else if (value instanceof ProductValue v) {
            out.append("{\"locale\":");
            write(v.locale());
            out.append(",\"scope\":");
            write(v.scope());
            out.append(",\"data\":");
            write(v.data());
            out.append('}');
        } else if (value instanceof Completeness completeness) {
            write(completeness.entries());
        } else if (value instanceof CompletenessEntry e) {
            out.append("{\"channel\":");
            write(e.channel());
            out.append(",\"locale\":");
            write(e.locale());
            out.append(",\"ratio\":").append(e.ratio()).append(",\"required\":").append(e.required()).append(",\"missing\":");
            write(e.missing());
            out.append('}');
        } else if (value instanceof FieldChange change) {
            out.append("{\"field\":");
            write(change.field());
            out.append(",\"before\":");
            write(change.before());
            out.append(",\"after\":");
            write(change.after());
            out.append('}');
        } else if (value instanceof Associations associations) {
            write(associations.asMap());
        } else if (value instanceof AssociationTargets targets) {
            out.append("{\"products\":");
            write(targets.products());
            out.append(",\"product_models\":");
            write(targets.productModels());
            out.append(",\"groups\":");
            write(targets.groups());
            out.append('}');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(String.valueOf(entry.getKey()));
                out.append(':');
                write(entry.getValue());
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(item);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    private void string(String text) {
        out.append('"');
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20) {
                out.append(text, start, i).append(backslash);
                switch (c) {
                    case '"' -> out.append('"');
                    case '\\' -> out.append(backslash);
                    case '\n' -> out.append('n');
                    case '\r' -> out.append('r');
                    case '\t' -> out.append('t');
                    default -> out.append(String.format("u%04x", (int) c));
                }
                start = i + 1;
            }
        }
        out.append(text, start, length).append('"');
    }
}
