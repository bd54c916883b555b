package io.pimento.akeneo.product;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pimento.akeneo.AkeneoError;
import io.pimento.akeneo.AkeneoException;
import io.pimento.catalog.product.JsonPayloads;
import io.pimento.catalog.product.ProductPayload;
import io.pimento.common.Texts;

import java.util.Iterator;
import java.util.Set;

/**
 * An Akeneo product body turned into Pimento's {@link ProductPayload}: what Akeneo sends back but
 * never changes ({@code _links}, {@code created}, {@code updated}, {@code metadata}...) is dropped,
 * a property Akeneo does not know is its 422, and the rest is read by Pimento's own reader, so
 * both APIs accept exactly the same products.
 */
public final class ProductInput {

    /** Akeneo's writable properties of a product, which Pimento's payload has under the same names. */
    static final Set<String> WRITABLE = Set.of("identifier", "enabled", "family", "categories", "groups", "parent", "values", "associations");
    /** The same for a product model ({@code family} is read-only: its family variant's). */
    public static final Set<String> WRITABLE_ON_MODELS = Set.of("code", "family_variant", "parent", "categories", "values", "associations");
    /** Read-only in Akeneo, or Akeneo features Pimento does not have: accepted and ignored so a fetched product goes back as it is. */
    static final Set<String> IGNORED = Set.of("_links", "created", "updated", "metadata", "uuid", "completenesses", "quality_scores");

    /** A parsed body, and how to name the locale and scope of a refused value. */
    public record Parsed<T>(JsonPayloads.Parsed<T> payload, AkeneoError.ValueSlots slots) {
    }

    private ProductInput() {
    }

    /** The object of a body (a single product, or one bulk line); 400 when it is not JSON, Akeneo's message. */
    public static ObjectNode object(ObjectMapper mapper, String body) {
        JsonNode node;
        try {
            node = mapper.reader().with(JsonNodeFactory.withExactBigDecimals(true)).readTree(body == null ? "" : body);
        } catch (Exception e) {
            throw new AkeneoException(400, "Invalid json message received");
        }
        if (node == null || !node.isObject()) {
            throw new AkeneoException(400, "Invalid json message received");
        }
        return (ObjectNode) node;
    }

    static Parsed<ProductPayload> read(ObjectMapper mapper, JsonPayloads payloads, ObjectNode body) {
        return read(mapper, payloads, body, WRITABLE, ProductPayload.class);
    }

    public static <T> Parsed<T> read(ObjectMapper mapper, JsonPayloads payloads, ObjectNode body, Set<String> writable, Class<T> type) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (IGNORED.contains(name) || (name.equals("family") && !writable.contains(name))) {
                names.remove();
            } else if (name.equals("quantified_associations")) {
                JsonNode quantified = body.get(name);
                if (quantified != null && !quantified.isNull() && !quantified.isEmpty()) {
                    throw AkeneoException.unprocessable("Property \"quantified_associations\" is not supported by Pimento: send an empty object");
                }
                names.remove();
            } else if (!writable.contains(name)) {
                throw AkeneoException.unprocessable("Property \"%s\" does not exist. Check the expected format on the API documentation."
                        .formatted(Texts.abbreviate(name)));
            }
        }
        String json;
        try {
            json = mapper.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        JsonNode values = body.path("values");
        AkeneoError.ValueSlots slots = (attribute, index) -> {
            JsonNode value = values.path(attribute).path(index);
            return value.isObject() ? new String[] {textOrNull(value.get("locale")), textOrNull(value.get("scope"))} : null;
        };
        return new Parsed<>(payloads.read(json, type), slots);
    }

    /** Akeneo refuses a body naming another product than the URL does (Pimento's own API would rename it). */
    static void checkIdentifier(ObjectNode body, String urlIdentifier) {
        checkCode(body, "identifier", urlIdentifier);
    }

    public static void checkCode(ObjectNode body, String property, String urlIdentifier) {
        JsonNode identifier = body.get(property);
        if (identifier != null && !identifier.isNull() && !identifier.asText().equalsIgnoreCase(urlIdentifier)) {
            throw AkeneoException.unprocessable("The %s \"%s\" provided in the request body must match the %s \"%s\" provided in the url."
                    .formatted(property, Texts.abbreviate(identifier.asText()), property, Texts.abbreviate(urlIdentifier)));
        }
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
