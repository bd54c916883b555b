package io.pimento.history;

import io.pimento.common.BadRequestException;
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
import java.util.regex.Pattern;

/**
 * The history of any catalog resource, e.g. {@code /api/v1/history/family/shoes}. The kind is the
 * resource type recorded in history ({@code attribute_group}) or its collection's URL name
 * ({@code attribute-groups}). Attribute options are named {@code <attribute>.<option>}.
 */
@Path("/api/v1/history/{kind}/{code}")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    private static final Pattern KIND = Pattern.compile("^[a-z_]{1,40}$");
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
            Map.entry("product_models", "product_model"));

    private final HistoryReader reader;

    HistoryResource(HistoryReader reader) {
        this.reader = reader;
    }

    @GET
    @RolesAllowed(Role.VIEWER_CODE)
    public Page<HistoryEntryPayload> list(@RestPath String kind, @RestPath String code, @RestQuery Integer limit, @RestQuery String after) {
        String type = kind.toLowerCase(Locale.ROOT).replace('-', '_');
        if (!KIND.matcher(type).matches()) {
            throw BadRequestException.of("kind", "'%s' is not a kind of resource such as family or attribute".formatted(kind));
        }
        return reader.page(COLLECTIONS.getOrDefault(type, type), code, limit, after);
    }
}
