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
final class ProductInput {

    /** Akeneo's writable properties, which Pimento's payload has under the same names. */
    static final Set<String> WRITABLE = Set.of("identifier", "enabled", "family", "categories", "groups", "parent", "values", "associations");
    /** Read-only in Akeneo, or Akeneo features Pimento does not have: accepted and ignored so a fetched product goes back as it is. */
    static final Set<String> IGNORED = Set.of("_links", "created", "updated", "metadata", "uuid", "completenesses", "quality_scores");

    /** A parsed body, and how to name the locale and scope of a refused value. */
    record Parsed(JsonPayloads.Parsed<ProductPayload> payload, AkeneoError.ValueSlots slots) {
    }

    private ProductInput() {
    }

    /** The object of a body (a single product, or one bulk line); 400 when it is not JSON, Akeneo's message. */
    static ObjectNode object(ObjectMapper mapper, String body) {
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

    static Parsed read(ObjectMapper mapper, JsonPayloads payloads, ObjectNode body) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (IGNORED.contains(name)) {
                names.remove();
            } else if (name.equals("quantified_associations")) {
                JsonNode quantified = body.get(name);
                if (quantified != null && !quantified.isNull() && !quantified.isEmpty()) {
                    throw AkeneoException.unprocessable("Property \"quantified_associations\" is not supported by Pimento: send an empty object");
                }
                names.remove();
            } else if (!WRITABLE.contains(name)) {
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
        return new Parsed(payloads.read(json, ProductPayload.class), slots);
    }

    /** Akeneo refuses a body naming another product than the URL does (Pimento's own API would rename it). */
    static void checkIdentifier(ObjectNode body, String urlIdentifier) {
        JsonNode identifier = body.get("identifier");
        if (identifier != null && !identifier.isNull() && !identifier.asText().equalsIgnoreCase(urlIdentifier)) {
            throw AkeneoException.unprocessable("The identifier \"%s\" provided in the request body must match the identifier \"%s\" provided in the url."
                    .formatted(Texts.abbreviate(identifier.asText()), Texts.abbreviate(urlIdentifier)));
        }
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
