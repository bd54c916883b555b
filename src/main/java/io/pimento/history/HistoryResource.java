package io.pimento.history;

import io.pimento.common.NotFoundException;
import io.pimento.common.Page;
import io.pimento.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The history of any catalog resource (and of segments), e.g. {@code /api/v1/history/family/shoes}. The kind is the
 * resource type recorded in history ({@code attribute_group}) or its collection's URL name
 * ({@code attribute-groups}). Attribute options are named {@code <attribute>.<option>}.
 */
@Path("/api/v1/history/{kind}/{code}")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    /** Catalog kinds only: the history of users, say, is for admins and not served here. */
    private static final Set<String> KINDS = Set.of("locale", "currency", "channel", "category", "attribute_group", "attribute",
            "attribute_option", "family", "family_variant", "association_type", "group", "product", "product_model", "segment");
    private static final Map<String, String> COLLECTIONS = Map.ofEntries(
            Map.entry("locales", "locale"),
            Map.entry("currencies", "currency"),
            Map.entry("channels", "channel"),
            Map.entry("categories", "category"),
            Map.entry("attribute_groups", "attribute_group"),
            Map.entry("attributes", "attribute"),
            Map.entry("attribute_options", "attribute_option"),
            Map.entry("options", "attribute_option"),
            Map.entry("families", "family"),
            Map.entry("family_variants", "family_variant"),
            Map.entry("association_types", "association_type"),
            Map.entry("groups", "group"),
            Map.entry("products", "product"),
            Map.entry("product_models", "product_model"),
            Map.entry("segments", "segment"));

    private final HistoryReader reader;

    HistoryResource(HistoryReader reader) {
        this.reader = reader;
    }

    @GET
    @RolesAllowed(Role.VIEWER_CODE)
    public Page<HistoryEntryPayload> list(@RestPath String kind, @RestPath String code, @RestQuery Integer limit, @RestQuery String after) {
        String name = kind.toLowerCase(Locale.ROOT).replace('-', '_');
        String type = COLLECTIONS.getOrDefault(name, name);
        if (!KINDS.contains(type)) {
            throw new NotFoundException("'%s' is not a kind of catalog resource; use one of %s".formatted(kind, new TreeSet<>(KINDS)));
        }
        return reader.page(type, code, limit, after);
    }
}
