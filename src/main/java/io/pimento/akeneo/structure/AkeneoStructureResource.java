package io.pimento.akeneo.structure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pimento.akeneo.BulkUpsert;
import io.pimento.akeneo.HalList;
import io.pimento.catalog.association.AssociationTypePayload;
import io.pimento.catalog.attribute.AttributeGroupPayload;
import io.pimento.catalog.attribute.AttributeGroupService;
import io.pimento.catalog.attribute.AttributeOptionPayload;
import io.pimento.catalog.attribute.AttributePayload;
import io.pimento.catalog.attribute.AttributeOptionService;
import io.pimento.catalog.attribute.AttributeService;
import io.pimento.catalog.attribute.AttributeType;
import io.pimento.catalog.association.AssociationTypeService;
import io.pimento.catalog.category.CategoryPayload;
import io.pimento.catalog.category.CategoryService;
import io.pimento.catalog.channel.ChannelPayload;
import io.pimento.catalog.channel.ChannelService;
import io.pimento.catalog.family.FamilyPayload;
import io.pimento.catalog.family.FamilyService;
import io.pimento.catalog.family.FamilyVariantPayload;
import io.pimento.catalog.family.FamilyVariantService;
import io.pimento.catalog.locale.CurrencyService;
import io.pimento.catalog.measurement.MeasurementFamilies;
import io.pimento.catalog.locale.LocaleService;
import io.pimento.catalog.support.Saved;
import io.pimento.catalog.support.StructurePayload;
import io.pimento.catalog.support.StructureService;
import io.pimento.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Akeneo's endpoints for the catalog structure, over Pimento's structure services: the same
 * resources, in Akeneo's envelopes ({@code _links}, no {@code version}, attribute types as
 * {@code pim_catalog_*}). Reads need a viewer; writes ({@link StructureWrites}) an admin, as on
 * Pimento's own API. See docs/akeneo-api.md.
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
    private final FamilyVariantService variants;
    private final ObjectMapper mapper;
    private final StructureWrites<FamilyPayload> familyWrites;
    private final StructureWrites<AttributePayload> attributeWrites;
    private final StructureWrites<AttributeGroupPayload> attributeGroupWrites;
    private final StructureWrites<CategoryPayload> categoryWrites;
    private final StructureWrites<ChannelPayload> channelWrites;
    private final StructureWrites<AssociationTypePayload> associationTypeWrites;

    AkeneoStructureResource(StructureLists lists, FamilyService families, AttributeService attributes, AttributeOptionService options,
                            AttributeGroupService attributeGroups, CategoryService categories, ChannelService channels,
                            LocaleService locales, CurrencyService currencies, AssociationTypeService associationTypes,
                            FamilyVariantService variants, ObjectMapper mapper) {
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
        this.variants = variants;
        this.mapper = mapper;
        this.familyWrites = writes(FamilyPayload.class, "family", "families");
        this.attributeWrites = writes(AttributePayload.class, "attribute", "attributes");
        this.attributeGroupWrites = writes(AttributeGroupPayload.class, "attribute group", "attribute-groups");
        this.categoryWrites = writes(CategoryPayload.class, "category", "categories");
        this.channelWrites = writes(ChannelPayload.class, "channel", "channels");
        this.associationTypeWrites = writes(AssociationTypePayload.class, "association type", "association-types");
    }

    private <P extends StructurePayload> StructureWrites<P> writes(Class<P> type, String noun, String base) {
        return new StructureWrites<>(mapper, type, noun, (uri, code) -> URI.create(self(uri, base, code)));
    }

    @GET
    @Path("families")
    public HalList<ObjectNode> families(@Context UriInfo uri, @RestQuery("pagination_type") String paginationType, @RestQuery String page,
                                        @RestQuery String limit, @RestQuery("search_after") String searchAfter, @RestQuery("with_count") String withCount, @RestQuery String search) {
        return list(uri, "families", families, paginationType, page, limit, searchAfter, withCount, search, UnaryOperator.identity());
    }

    @GET
    @Path("families/{code}")
    public ObjectNode family(@Context UriInfo uri, @RestPath String code) {
        return one(uri, "families", families.get(code), UnaryOperator.identity());
    }

    @POST
    @Path("families")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_CODE)
    public Response createFamily(@Context UriInfo uri, String body) {
        return familyWrites.create(uri, body, Map.of(), families::create);
    }

    @PATCH
    @Path("families/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_CODE)
    public Response upsertFamily(@Context UriInfo uri, @RestPath String code, String body) {
        return familyWrites.upsert(uri, code, body, Map.of(), (key, payload) -> families.patch(key, payload, null));
    }

    @PATCH
    @Path("families")
    @Consumes(BulkUpsert.MEDIA_TYPE)
    @Produces(BulkUpsert.MEDIA_TYPE)
    @RolesAllowed(Role.ADMIN_CODE)
    public Response bulkUpsertFamily(String body) {
        return familyWrites.bulk(body, Map.of(), (key, payload) -> families.patch(key, payload, null));
    }

    @GET
    @Path("attributes")
    public HalList<ObjectNode> attributes(@Context UriInfo uri, @RestQuery("pagination_type") String paginationType, @RestQuery String page,
                                          @RestQuery String limit, @RestQuery("search_after") String searchAfter, @RestQuery("with_count") String withCount, @RestQuery String search) {
        return list(uri, "attributes", attributes, paginationType, page, limit, searchAfter, withCount, search, AkeneoStructureResource::akeneoType);
    }

    @GET
    @Path("attributes/{code}")
    public ObjectNode attribute(@Context UriInfo uri, @RestPath String code) {
        return one(uri, "attributes", attributes.get(code), AkeneoStructureResource::akeneoType);
    }

    @POST
    @Path("attributes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_CODE)
    public Response createAttribute(@Context UriInfo uri, String body) {
        return attributeWrites.create(uri, body, Map.of(), attributes::create);
    }

    @PATCH
    @Path("attributes/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_CODE)
    public Response upsertAttribute(@Context UriInfo uri, @RestPath String code, String body) {
        return attributeWrites.upsert(uri, code, body, Map.of(), (key, payload) -> attributes.patch(key, payload, null));
    }

    @PATCH
    @Path("attributes")
    @Consumes(BulkUpsert.MEDIA_TYPE)
    @Produces(BulkUpsert.MEDIA_TYPE)
    @RolesAllowed(Role.ADMIN_CODE)
    public Response bulkUpsertAttribute(String body) {
        return attributeWrites.bulk(body, Map.of(), (key, payload) -> attributes.patch(key, payload, null));
    }

    @GET
    @Path("attributes/{attribute}/options")
    public HalList<ObjectNode> options(@Context UriInfo uri, @RestPath String attribute, @RestQuery("pagination_type") String paginationType,
                                       @RestQuery String page, @RestQuery String limit, @RestQuery("search_after") String searchAfter, @RestQuery("with_count") String withCount,
                                       @RestQuery String search) {
        String base = "attributes/" + attribute + "/options";
        return lists.list(uri, (size, after) -> options.list(attribute, size, after), paginationType, page, limit, searchAfter, withCount, search,
                (info, payload) -> lists.toAkeneo(payload, self(info, base, code(payload)), UnaryOperator.identity()));
    }

    @GET
    @Path("attributes/{attribute}/options/{code}")
    public ObjectNode option(@Context UriInfo uri, @RestPath String attribute, @RestPath String code) {
        return one(uri, "attributes/" + attribute + "/options", options.get(attribute, code), UnaryOperator.identity());
    }

    @POST
    @Path("attributes/{attribute}/options")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_CODE)
    public Response createOption(@Context UriInfo uri, @RestPath String attribute, String body) {
        return optionWrites(attribute).create(uri, body, Map.of("attribute", attribute), payload -> options.create(attribute, payload));
    }

    @PATCH
    @Path("attributes/{attribute}/options/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_CODE)
    public Response upsertOption(@Context UriInfo uri, @RestPath String attribute, @RestPath String code, String body) {
        return optionWrites(attribute).upsert(uri, code, body, Map.of("attribute", attribute),
                (key, payload) -> options.patch(attribute, key, payload, null));
    }

    @PATCH
    @Path("attributes/{attribute}/options")
    @Consumes(BulkUpsert.MEDIA_TYPE)
    @Produces(BulkUpsert.MEDIA_TYPE)
    @RolesAllowed(Role.ADMIN_CODE)
    public Response bulkUpsertOptions(@RestPath String attribute, String body) {
        return optionWrites(attribute).bulk(body, Map.of("attribute", attribute), (key, payload) -> options.patch(attribute, key, payload, null));
    }

    /** Options live under their attribute: the attribute is the URL's, which a body may repeat but not contradict. */
    private StructureWrites<AttributeOptionPayload> optionWrites(String attribute) {
        return writes(AttributeOptionPayload.class, "attribute option", "attributes/" + attribute + "/options");
    }

    @GET
    @Path("families/{family}/variants")
    public HalList<ObjectNode> variants(@Context UriInfo uri, @RestPath String family, @RestQuery("pagination_type") String paginationType,
                                        @RestQuery String page, @RestQuery String limit, @RestQuery("search_after") String searchAfter, @RestQuery("with_count") String withCount,
                                        @RestQuery String search) {
        String base = variantsBase(family);
        return lists.list(uri, (size, after) -> variants.list(family, size, after), paginationType, page, limit, searchAfter, withCount, search,
                (info, payload) -> lists.toAkeneo(payload, self(info, base, code(payload)), UnaryOperator.identity()));
    }

    @GET
    @Path("families/{family}/variants/{code}")
    public ObjectNode variant(@Context UriInfo uri, @RestPath String family, @RestPath String code) {
        return one(uri, variantsBase(family), variants.get(family, code), UnaryOperator.identity());
    }

    @POST
    @Path("families/{family}/variants")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_CODE)
    public Response createVariant(@Context UriInfo uri, @RestPath String family, String body) {
        return variantWrites(family).create(uri, body, Map.of(), payload -> variants.create(FamilyVariantService.inFamily(family, payload)));
    }

    @PATCH
    @Path("families/{family}/variants/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_CODE)
    public Response upsertVariant(@Context UriInfo uri, @RestPath String family, @RestPath String code, String body) {
        return variantWrites(family).upsert(uri, code, body, Map.of(), (key, payload) -> patchVariant(family, key, payload));
    }

    @PATCH
    @Path("families/{family}/variants")
    @Consumes(BulkUpsert.MEDIA_TYPE)
    @Produces(BulkUpsert.MEDIA_TYPE)
    @RolesAllowed(Role.ADMIN_CODE)
    public Response bulkUpsertVariants(@RestPath String family, String body) {
        return variantWrites(family).bulk(body, Map.of(), (key, payload) -> patchVariant(family, key, payload));
    }

    private StructureWrites<FamilyVariantPayload> variantWrites(String family) {
        return writes(FamilyVariantPayload.class, "family variant", variantsBase(family));
    }

    /** The URL's family is the variant's: a body naming another, or a variant of another family, is the service's 422. */
    private Saved<FamilyVariantPayload> patchVariant(String family, String code, FamilyVariantPayload payload) {
        return variants.patch(code, FamilyVariantService.inFamily(family, payload), null);
    }

    private static String variantsBase(String family) {
        return "families/" + family + "/variants";
    }

    @GET
    @Path("attribute-groups")
    public HalList<ObjectNode> attributeGroups(@Context UriInfo uri, @RestQuery("pagination_type") String paginationType, @RestQuery String page,
                                               @RestQuery String limit, @RestQuery("search_after") String searchAfter, @RestQuery("with_count") String withCount, @RestQuery String search) {
        return list(uri, "attribute-groups", attributeGroups, paginationType, page, limit, searchAfter, withCount, search, UnaryOperator.identity());
    }

    @GET
    @Path("attribute-groups/{code}")
    public ObjectNode attributeGroup(@Context UriInfo uri, @RestPath String code) {
        return one(uri, "attribute-groups", attributeGroups.get(code), UnaryOperator.identity());
    }

    @POST
    @Path("attribute-groups")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_CODE)
    public Response createAttributeGroup(@Context UriInfo uri, String body) {
        return attributeGroupWrites.create(uri, body, Map.of(), attributeGroups::create);
    }

    @PATCH
    @Path("attribute-groups/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_CODE)
    public Response upsertAttributeGroup(@Context UriInfo uri, @RestPath String code, String body) {
        return attributeGroupWrites.upsert(uri, code, body, Map.of(), (key, payload) -> attributeGroups.patch(key, payload, null));
    }

    @PATCH
    @Path("attribute-groups")
    @Consumes(BulkUpsert.MEDIA_TYPE)
    @Produces(BulkUpsert.MEDIA_TYPE)
    @RolesAllowed(Role.ADMIN_CODE)
    public Response bulkUpsertAttributeGroup(String body) {
        return attributeGroupWrites.bulk(body, Map.of(), (key, payload) -> attributeGroups.patch(key, payload, null));
    }

    @GET
    @Path("categories")
    public HalList<ObjectNode> categories(@Context UriInfo uri, @RestQuery("pagination_type") String paginationType, @RestQuery String page,
                                          @RestQuery String limit, @RestQuery("search_after") String searchAfter, @RestQuery("with_count") String withCount, @RestQuery String search) {
        return list(uri, "categories", categories, paginationType, page, limit, searchAfter, withCount, search, UnaryOperator.identity());
    }

    @GET
    @Path("categories/{code}")
    public ObjectNode category(@Context UriInfo uri, @RestPath String code) {
        return one(uri, "categories", categories.get(code), UnaryOperator.identity());
    }

    @POST
    @Path("categories")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_CODE)
    public Response createCategory(@Context UriInfo uri, String body) {
        return categoryWrites.create(uri, body, Map.of(), categories::create);
    }

    @PATCH
    @Path("categories/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_CODE)
    public Response upsertCategory(@Context UriInfo uri, @RestPath String code, String body) {
        return categoryWrites.upsert(uri, code, body, Map.of(), (key, payload) -> categories.patch(key, payload, null));
    }

    @PATCH
    @Path("categories")
    @Consumes(BulkUpsert.MEDIA_TYPE)
    @Produces(BulkUpsert.MEDIA_TYPE)
    @RolesAllowed(Role.ADMIN_CODE)
    public Response bulkUpsertCategory(String body) {
        return categoryWrites.bulk(body, Map.of(), (key, payload) -> categories.patch(key, payload, null));
    }

    @GET
    @Path("channels")
    public HalList<ObjectNode> channels(@Context UriInfo uri, @RestQuery("pagination_type") String paginationType, @RestQuery String page,
                                        @RestQuery String limit, @RestQuery("search_after") String searchAfter, @RestQuery("with_count") String withCount, @RestQuery String search) {
        return list(uri, "channels", channels, paginationType, page, limit, searchAfter, withCount, search, AkeneoStructureResource::conversionUnits);
    }

    @GET
    @Path("channels/{code}")
    public ObjectNode channel(@Context UriInfo uri, @RestPath String code) {
        return one(uri, "channels", channels.get(code), AkeneoStructureResource::conversionUnits);
    }

    @POST
    @Path("channels")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_CODE)
    public Response createChannel(@Context UriInfo uri, String body) {
        return channelWrites.create(uri, body, Map.of(), channels::create);
    }

    @PATCH
    @Path("channels/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_CODE)
    public Response upsertChannel(@Context UriInfo uri, @RestPath String code, String body) {
        return channelWrites.upsert(uri, code, body, Map.of(), (key, payload) -> channels.patch(key, payload, null));
    }

    @PATCH
    @Path("channels")
    @Consumes(BulkUpsert.MEDIA_TYPE)
    @Produces(BulkUpsert.MEDIA_TYPE)
    @RolesAllowed(Role.ADMIN_CODE)
    public Response bulkUpsertChannel(String body) {
        return channelWrites.bulk(body, Map.of(), (key, payload) -> channels.patch(key, payload, null));
    }

    @GET
    @Path("locales")
    public HalList<ObjectNode> locales(@Context UriInfo uri, @RestQuery("pagination_type") String paginationType, @RestQuery String page,
                                       @RestQuery String limit, @RestQuery("search_after") String searchAfter, @RestQuery("with_count") String withCount, @RestQuery String search) {
        return list(uri, "locales", locales, paginationType, page, limit, searchAfter, withCount, search, UnaryOperator.identity());
    }

    @GET
    @Path("locales/{code}")
    public ObjectNode locale(@Context UriInfo uri, @RestPath String code) {
        return one(uri, "locales", locales.get(code), UnaryOperator.identity());
    }

    @GET
    @Path("currencies")
    public HalList<ObjectNode> currencies(@Context UriInfo uri, @RestQuery("pagination_type") String paginationType, @RestQuery String page,
                                          @RestQuery String limit, @RestQuery("search_after") String searchAfter, @RestQuery("with_count") String withCount, @RestQuery String search) {
        return list(uri, "currencies", currencies, paginationType, page, limit, searchAfter, withCount, search, UnaryOperator.identity());
    }

    @GET
    @Path("currencies/{code}")
    public ObjectNode currency(@Context UriInfo uri, @RestPath String code) {
        return one(uri, "currencies", currencies.get(code), UnaryOperator.identity());
    }

    @GET
    @Path("association-types")
    public HalList<ObjectNode> associationTypes(@Context UriInfo uri, @RestQuery("pagination_type") String paginationType, @RestQuery String page,
                                                @RestQuery String limit, @RestQuery("search_after") String searchAfter, @RestQuery("with_count") String withCount, @RestQuery String search) {
        return list(uri, "association-types", associationTypes, paginationType, page, limit, searchAfter, withCount, search, UnaryOperator.identity());
    }

    @GET
    @Path("association-types/{code}")
    public ObjectNode associationType(@Context UriInfo uri, @RestPath String code) {
        return one(uri, "association-types", associationTypes.get(code), UnaryOperator.identity());
    }

    @POST
    @Path("association-types")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_CODE)
    public Response createAssociationType(@Context UriInfo uri, String body) {
        return associationTypeWrites.create(uri, body, Map.of(), associationTypes::create);
    }

    @PATCH
    @Path("association-types/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_CODE)
    public Response upsertAssociationType(@Context UriInfo uri, @RestPath String code, String body) {
        return associationTypeWrites.upsert(uri, code, body, Map.of(), (key, payload) -> associationTypes.patch(key, payload, null));
    }

    @PATCH
    @Path("association-types")
    @Consumes(BulkUpsert.MEDIA_TYPE)
    @Produces(BulkUpsert.MEDIA_TYPE)
    @RolesAllowed(Role.ADMIN_CODE)
    public Response bulkUpsertAssociationType(String body) {
        return associationTypeWrites.bulk(body, Map.of(), (key, payload) -> associationTypes.patch(key, payload, null));
    }

    /** Akeneo answers every measurement family at once, as a plain array (no pages): there are a few dozen. */
    @GET
    @Path("measurement-families")
    public List<AkeneoMeasurementFamily> measurementFamilies() {
        return MeasurementFamilies.all().stream().map(AkeneoMeasurementFamily::of).toList();
    }

    private HalList<ObjectNode> list(UriInfo uri, String base, StructureService<?, ?> service, String paginationType, String page,
                                     String limit, String searchAfter, String withCount, String search, UnaryOperator<ObjectNode> adjust) {
        return lists.list(uri, service::list, paginationType, page, limit, searchAfter, withCount, search,
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
