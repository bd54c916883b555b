package io.pimento.akeneo.structure;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pimento.akeneo.HalList;
import io.pimento.catalog.attribute.AttributeGroupService;
import io.pimento.catalog.attribute.AttributeOptionService;
import io.pimento.catalog.attribute.AttributeService;
import io.pimento.catalog.attribute.AttributeType;
import io.pimento.catalog.association.AssociationTypeService;
import io.pimento.catalog.category.CategoryService;
import io.pimento.catalog.channel.ChannelService;
import io.pimento.catalog.family.FamilyService;
import io.pimento.catalog.locale.CurrencyService;
import io.pimento.catalog.locale.LocaleService;
import io.pimento.catalog.support.StructureService;
import io.pimento.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.function.UnaryOperator;

/**
 * Akeneo's read endpoints for the catalog structure, over Pimento's structure services: the same
 * resources, in Akeneo's envelopes ({@code _links}, no {@code version}, attribute types as
 * {@code pim_catalog_*}). Writes go through Pimento's own API for now; see docs/akeneo-api.md.
 */
@Path("/api/rest/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.VIEWER_CODE)
public class AkeneoStructureResource {

    private final StructureLists lists;
    private final FamilyService families;
    private final AttributeService attributes;
    private final AttributeOptionService options;
    private final AttributeGroupService attributeGroups;
    private final CategoryService categories;
    private final ChannelService channels;
    private final LocaleService locales;
    private final CurrencyService currencies;
    private final AssociationTypeService associationTypes;

    AkeneoStructureResource(StructureLists lists, FamilyService families, AttributeService attributes, AttributeOptionService options,
                            AttributeGroupService attributeGroups, CategoryService categories, ChannelService channels,
                            LocaleService locales, CurrencyService currencies, AssociationTypeService associationTypes) {
        this.lists = lists;
        this.families = families;
        this.attributes = attributes;
        this.options = options;
        this.attributeGroups = attributeGroups;
        this.categories = categories;
        this.channels = channels;
        this.locales = locales;
        this.currencies = currencies;
        this.associationTypes = associationTypes;
    }

    @GET
    @Path("families")
    public HalList<ObjectNode> families(@Context UriInfo uri, @RestQuery("pagination_type") String paginationType, @RestQuery String page,
                                        @RestQuery String limit, @RestQuery("with_count") String withCount, @RestQuery String search) {
        return list(uri, "families", families, paginationType, page, limit, withCount, search, UnaryOperator.identity());
    }

    @GET
    @Path("families/{code}")
    public ObjectNode family(@Context UriInfo uri, @RestPath String code) {
        return one(uri, "families", families.get(code), UnaryOperator.identity());
    }

    @GET
    @Path("attributes")
    public HalList<ObjectNode> attributes(@Context UriInfo uri, @RestQuery("pagination_type") String paginationType, @RestQuery String page,
                                          @RestQuery String limit, @RestQuery("with_count") String withCount, @RestQuery String search) {
        return list(uri, "attributes", attributes, paginationType, page, limit, withCount, search, AkeneoStructureResource::akeneoType);
    }

    @GET
    @Path("attributes/{code}")
    public ObjectNode attribute(@Context UriInfo uri, @RestPath String code) {
        return one(uri, "attributes", attributes.get(code), AkeneoStructureResource::akeneoType);
    }

    @GET
    @Path("attributes/{attribute}/options")
    public HalList<ObjectNode> options(@Context UriInfo uri, @RestPath String attribute, @RestQuery("pagination_type") String paginationType,
                                       @RestQuery String page, @RestQuery String limit, @RestQuery("with_count") String withCount,
                                       @RestQuery String search) {
        String base = "attributes/" + attribute + "/options";
        return lists.list(uri, (size, after) -> options.list(attribute, size, after), paginationType, page, limit, withCount, search,
                (info, payload) -> lists.toAkeneo(payload, self(info, base, code(payload)), UnaryOperator.identity()));
    }

    @GET
    @Path("attributes/{attribute}/options/{code}")
    public ObjectNode option(@Context UriInfo uri, @RestPath String attribute, @RestPath String code) {
        return one(uri, "attributes/" + attribute + "/options", options.get(attribute, code), UnaryOperator.identity());
    }

    @GET
    @Path("attribute-groups")
    public HalList<ObjectNode> attributeGroups(@Context UriInfo uri, @RestQuery("pagination_type") String paginationType, @RestQuery String page,
                                               @RestQuery String limit, @RestQuery("with_count") String withCount, @RestQuery String search) {
        return list(uri, "attribute-groups", attributeGroups, paginationType, page, limit, withCount, search, UnaryOperator.identity());
    }

    @GET
    @Path("attribute-groups/{code}")
    public ObjectNode attributeGroup(@Context UriInfo uri, @RestPath String code) {
        return one(uri, "attribute-groups", attributeGroups.get(code), UnaryOperator.identity());
    }

    @GET
    @Path("categories")
    public HalList<ObjectNode> categories(@Context UriInfo uri, @RestQuery("pagination_type") String paginationType, @RestQuery String page,
                                          @RestQuery String limit, @RestQuery("with_count") String withCount, @RestQuery String search) {
        return list(uri, "categories", categories, paginationType, page, limit, withCount, search, UnaryOperator.identity());
    }

    @GET
    @Path("categories/{code}")
    public ObjectNode category(@Context UriInfo uri, @RestPath String code) {
        return one(uri, "categories", categories.get(code), UnaryOperator.identity());
    }

    @GET
    @Path("channels")
    public HalList<ObjectNode> channels(@Context UriInfo uri, @RestQuery("pagination_type") String paginationType, @RestQuery String page,
                                        @RestQuery String limit, @RestQuery("with_count") String withCount, @RestQuery String search) {
        return list(uri, "channels", channels, paginationType, page, limit, withCount, search, AkeneoStructureResource::conversionUnits);
    }

    @GET
    @Path("channels/{code}")
    public ObjectNode channel(@Context UriInfo uri, @RestPath String code) {
        return one(uri, "channels", channels.get(code), AkeneoStructureResource::conversionUnits);
    }

    @GET
    @Path("locales")
    public HalList<ObjectNode> locales(@Context UriInfo uri, @RestQuery("pagination_type") String paginationType, @RestQuery String page,
                                       @RestQuery String limit, @RestQuery("with_count") String withCount, @RestQuery String search) {
        return list(uri, "locales", locales, paginationType, page, limit, withCount, search, UnaryOperator.identity());
    }

    @GET
    @Path("locales/{code}")
    public ObjectNode locale(@Context UriInfo uri, @RestPath String code) {
        return one(uri, "locales", locales.get(code), UnaryOperator.identity());
    }

    @GET
    @Path("currencies")
    public HalList<ObjectNode> currencies(@Context UriInfo uri, @RestQuery("pagination_type") String paginationType, @RestQuery String page,
                                          @RestQuery String limit, @RestQuery("with_count") String withCount, @RestQuery String search) {
        return list(uri, "currencies", currencies, paginationType, page, limit, withCount, search, UnaryOperator.identity());
    }

    @GET
    @Path("currencies/{code}")
    public ObjectNode currency(@Context UriInfo uri, @RestPath String code) {
        return one(uri, "currencies", currencies.get(code), UnaryOperator.identity());
    }

    @GET
    @Path("association-types")
    public HalList<ObjectNode> associationTypes(@Context UriInfo uri, @RestQuery("pagination_type") String paginationType, @RestQuery String page,
                                                @RestQuery String limit, @RestQuery("with_count") String withCount, @RestQuery String search) {
        return list(uri, "association-types", associationTypes, paginationType, page, limit, withCount, search, UnaryOperator.identity());
    }

    @GET
    @Path("association-types/{code}")
    public ObjectNode associationType(@Context UriInfo uri, @RestPath String code) {
        return one(uri, "association-types", associationTypes.get(code), UnaryOperator.identity());
    }

    private HalList<ObjectNode> list(UriInfo uri, String base, StructureService<?, ?> service, String paginationType, String page,
                                     String limit, String withCount, String search, UnaryOperator<ObjectNode> adjust) {
        return lists.list(uri, service::list, paginationType, page, limit, withCount, search,
                (info, payload) -> lists.toAkeneo(payload, self(info, base, code(payload)), adjust));
    }

    private ObjectNode one(UriInfo uri, String base, Object payload, UnaryOperator<ObjectNode> adjust) {
        return lists.toAkeneo(payload, self(uri, base, code(payload)), adjust);
    }

    private static String code(Object payload) {
        return ((io.pimento.catalog.support.StructurePayload) payload).code();
    }

    private static String self(UriInfo uri, String base, String code) {
        return uri.getBaseUriBuilder().path("api/rest/v1/" + base + "/{code}").build(code).toString();
    }

    /** Akeneo names attribute types {@code pim_catalog_text}...; Pimento's payload says {@code text}. */
    private static ObjectNode akeneoType(ObjectNode attribute) {
        AttributeType.fromCode(attribute.path("type").asText(null)).ifPresent(type -> attribute.put("type", type.akeneoCode()));
        return attribute;
    }

    /** Akeneo's channels carry their conversion units; Pimento converts no units per channel. */
    private static ObjectNode conversionUnits(ObjectNode channel) {
        if (!channel.has("conversion_units")) {
            channel.putObject("conversion_units");
        }
        return channel;
    }
}
