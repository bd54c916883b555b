package io.pimento.akeneo.structure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pimento.akeneo.AkeneoError;
import io.pimento.akeneo.BulkUpsert;
import io.pimento.akeneo.product.ProductInput;
import io.pimento.catalog.support.Saved;
import io.pimento.catalog.support.StructurePayload;
import io.pimento.common.ConflictException;
import io.pimento.common.InvalidDataException;
import io.pimento.common.JsonErrors;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Akeneo's writes of a structure resource over its Pimento structure service: {@code POST} (201),
 * {@code PATCH /{code}} (create or merge: 201 or 204, both with {@code Location}) and the bulk
 * {@code PATCH} of the collection. Pimento's payloads already use Akeneo's property names, so the
 * body is read as the payload once what Akeneo sends back unchanged ({@code _links}) is dropped;
 * the checks are the service's, as for Pimento's own API.
 *
 * @param <P> the structure payload
 */
final class StructureWrites<P extends StructurePayload> {

    /** Where a resource of this kind is, from its code. */
    @FunctionalInterface
    interface Location {
        URI of(UriInfo uri, String code);
    }

    private final ObjectMapper mapper;
    private final Class<P> type;
    private final String noun;
    private final Location location;

    StructureWrites(ObjectMapper mapper, Class<P> type, String noun, Location location) {
        this.mapper = mapper;
        this.type = type;
        this.noun = noun;
        this.location = location;
    }

    /**
     * {@code POST}: creates; a code already taken is Akeneo's 422, not Pimento's 409.
     *
     * @param fixed properties the URL fixes (an option's attribute): the body may repeat them, not contradict them
     */
    Response create(UriInfo uri, String body, Map<String, String> fixed, Function<P, ? extends StructurePayload> create) {
        P payload = read(ProductInput.object(mapper, body), fixed);
        StructurePayload created;
        try {
            created = create.apply(payload);
        } catch (ConflictException taken) {
            throw new InvalidDataException(taken.getMessage(), taken.errors());
        }
        return Response.created(location.of(uri, created.code())).build();
    }

    /** {@code PATCH /{code}}: creates (201) or changes the given properties (204). */
    Response upsert(UriInfo uri, String code, String body, Map<String, String> fixed, BiFunction<String, P, Saved<P>> patch) {
        Saved<P> saved = patch.apply(code, read(ProductInput.object(mapper, body), withCode(fixed, code)));
        URI where = location.of(uri, saved.value().code());
        return saved.created() ? Response.created(where).build() : Response.noContent().location(where).build();
    }

    /** The bulk {@code PATCH}: each line an upsert of its own, keyed by its {@code code}. */
    Response bulk(String body, Map<String, String> fixed, BiFunction<String, P, Saved<P>> patch) {
        return BulkUpsert.answer(body, (line, json) -> {
            String code = null;
            try {
                ObjectNode object = ProductInput.object(mapper, json);
                code = object.path("code").isTextual() ? object.get("code").asText() : null;
                if (code == null || code.isBlank()) {
                    return new BulkUpsert.CodeLine(line, null, 422, "Code is missing.", null);
                }
                Saved<P> saved = patch.apply(code, read(object, fixed));
                return new BulkUpsert.CodeLine(line, saved.value().code(), saved.created() ? 201 : 204, null, null);
            } catch (RuntimeException failure) {
                return BulkUpsert.refused(line, code, failure, AkeneoError.ValueSlots.NONE, noun);
            }
        }, mapper);
    }

    /**
     * The body as the payload: {@code _links} dropped, the URL's properties filled in, and a property
     * that is unknown or of the wrong JSON type a 422 naming it (Akeneo's status for both).
     */
    private P read(ObjectNode body, Map<String, String> fixed) {
        body.remove("_links");
        fixed.forEach((property, value) -> {
            ProductInput.checkCode(body, property, value);
            JsonNode given = body.get(property);
            if (given == null || given.isNull()) {
                body.put(property, value);
            }
        });
        try {
            return mapper.treeToValue(body, type);
        } catch (JsonProcessingException e) {
            JsonErrors.Described described = JsonErrors.describe(e);
            if (described.status() != 400) {
                throw described.toException();
            }
            throw InvalidDataException.of(described.field(), described.message());
        }
    }

    private static Map<String, String> withCode(Map<String, String> fixed, String code) {
        Map<String, String> all = new LinkedHashMap<>(fixed);
        all.put("code", code);
        return all;
    }
}
