package io.pimento.feeds.placement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pimento.common.BadRequestException;
import io.pimento.feeds.access.ChannelPrincipal;
import io.pimento.feeds.access.FeedAccess;
import io.pimento.security.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/v1/feeds/{channel}/placements/{placement}}: the visitor context as query parameters
 * ({@code GET}), or the same as a JSON body ({@code POST}), flat or under {@code "context"}.
 * Read with the channel's token or as a user (viewer and up), like the channel's feed.
 */
@Path("/api/v1/feeds/{channel}/placements/{placement}")
@RolesAllowed({Role.VIEWER_CODE, ChannelPrincipal.ROLE})
@Produces(MediaType.APPLICATION_JSON)
public class PlacementResource {

    /** The request's own parameters; every other one is a field of the visitor context. */
    private static final Set<String> REQUEST_FIELDS = Set.of("visitor", "session", "locale", "limit", "category", "q",
            "product", "items", "context");
    /** Context fields that are not text, so that a query string's {@code visits=3} is a number. */
    private static final Set<String> NUMBER_FIELDS = Set.of("visits");
    private static final Set<String> BOOLEAN_FIELDS = Set.of("new");

    private final PlacementService placements;
    private final FeedAccess access;
    private final SecurityIdentity identity;

    PlacementResource(PlacementService placements, FeedAccess access, SecurityIdentity identity) {
        this.placements = placements;
        this.access = access;
        this.identity = identity;
    }

    @GET
    public PlacementResponse get(@RestPath String channel, @RestPath String placement, @Context UriInfo uri) {
        access.admit(identity, channel);
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        ObjectNode context = JsonNodeFactory.instance.objectNode();
        query.forEach((name, values) -> {
            if (!REQUEST_FIELDS.contains(name) && !values.isEmpty()) {
                context.set(name, typed(name, values.get(0)));
            }
        });
        List<String> items = new ArrayList<>();
        query.getOrDefault("items", List.of()).forEach(value -> Arrays.stream(value.split(","))
                .map(String::strip).filter(item -> !item.isEmpty()).forEach(items::add));
        return placements.serve(new PlacementRequest(channel, placement, query.getFirst("visitor"), query.getFirst("session"),
                query.getFirst("locale"), limit(query.getFirst("limit")), query.getFirst("category"), query.getFirst("q"),
                query.getFirst("product"), items, context), uri.getBaseUri().toString());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public PlacementResponse post(@RestPath String channel, @RestPath String placement, JsonNode body, @Context UriInfo uri) {
        access.admit(identity, channel);
        if (body == null || body.isNull()) {
            body = JsonNodeFactory.instance.objectNode();
        }
        if (!body.isObject()) {
            throw new BadRequestException("the body is a JSON object: {\"visitor\": \"v-1\", \"device\": \"mobile\", \"limit\": 10}");
        }
        ObjectNode context = body.path("context").isObject() ? ((ObjectNode) body.get("context")).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        if (body.has("context") && !body.get("context").isObject() && !body.get("context").isNull()) {
            throw BadRequestException.of("context", "context is an object of visitor fields, like {\"device\": \"mobile\"}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!REQUEST_FIELDS.contains(field.getKey())) {
                context.set(field.getKey(), field.getValue());
            }
        }
        return placements.serve(new PlacementRequest(channel, placement, text(body, "visitor"), text(body, "session"),
                text(body, "locale"), integer(body, "limit"), text(body, "category"), text(body, "q"), text(body, "product"),
                textList(body, "items"), context), uri.getBaseUri().toString());
    }

    /** A query string carries text only: numbers and booleans are read where the context expects them, or for custom fields when they look like one. */
    private static JsonNode typed(String name, String value) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        boolean custom = name.startsWith("ctx.");
        if ((BOOLEAN_FIELDS.contains(name) || custom) && ("true".equals(value) || "false".equals(value))) {
            return json.booleanNode(Boolean.parseBoolean(value));
        }
        if ((NUMBER_FIELDS.contains(name) || custom) && value.matches("-?\\d{1,18}")) {
            return json.numberNode(Long.parseLong(value));
        }
        if (custom && value.matches("-?\\d{1,15}\\.\\d{1,15}")) {
            return json.numberNode(new java.math.BigDecimal(value));
        }
        return json.textNode(value);
    }

    private static Integer limit(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw BadRequestException.of("limit", "limit must be a whole number between 1 and 100");
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw BadRequestException.of(field, field + " must be a string");
        }
        return value.textValue();
    }

    private static Integer integer(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw BadRequestException.of(field, field + " must be a whole number between 1 and 100");
        }
        return value.intValue();
    }

    private static List<String> textList(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        List<String> list = new ArrayList<>();
        if (!value.isArray()) {
            throw BadRequestException.of(field, field + " must be a list of product identifiers");
        }
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isTextual()) {
                throw BadRequestException.of(field + "[" + i + "]", "a product identifier is a string");
            }
            list.add(value.get(i).textValue());
        }
        return list;
    }
}
