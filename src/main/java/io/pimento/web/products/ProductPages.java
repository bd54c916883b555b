package io.pimento.web.products;

import io.pimento.catalog.attribute.AttributeType;
import io.pimento.catalog.channel.Channel;
import io.pimento.catalog.family.Family;
import io.pimento.catalog.locale.CatalogLocale;
import io.pimento.catalog.product.CompletenessEntry;
import io.pimento.catalog.product.ProductResponse;
import io.pimento.catalog.product.ProductService;
import io.pimento.catalog.product.ProductValue;
import io.pimento.catalog.product.history.HistoryItem;
import io.pimento.catalog.product.schema.AttributeSchema;
import io.pimento.catalog.product.schema.CatalogSchema;
import io.pimento.catalog.product.schema.CatalogSchemas;
import io.pimento.common.ProblemException;
import io.pimento.media.MediaStore;
import io.pimento.media.Thumbnails;
import io.pimento.search.mapping.CatalogStructure;
import io.pimento.search.query.FacetValue;
import io.pimento.search.query.ProductSearchResult;
import io.pimento.search.query.ProductSearchService;
import io.pimento.security.Role;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read-only product pages: search with family and category facets, and one product's values, completeness and history. */
@Path("/ui/products")
@RolesAllowed(Role.VIEWER_CODE)
public class ProductPages {

    private static final int PAGE_SIZE = 25;
    private static final int HISTORY_SIZE = 10;

    /**
     * The search form as sent; {@code channel} is the one completeness is shown for, {@code locale}
     * the language searched and labelled in (chosen on its own: picking a channel for completeness
     * must not silently switch the search to that channel's first language).
     */
    public record SearchForm(String q, String family, String category, String channel, String locale, String after) {

        /** The query string of this search without its cursor, for "next page" and "first page" links. */
        public String query() {
            return queryOf(q, family, category, channel, locale);
        }

        /** The query string with a facet filter set (a new search: back to the first page). */
        public String with(String name, String value) {
            return queryOf(q, name.equals("family") ? value : family, name.equals("category") ? value : category, channel, locale);
        }

        /** The query string without a facet filter. */
        public String without(String name) {
            return with(name, "");
        }

        private static String queryOf(String q, String family, String category, String channel, String locale) {
            StringBuilder query = new StringBuilder();
            append(query, "q", q);
            append(query, "family", family);
            append(query, "category", category);
            append(query, "channel", channel);
            append(query, "locale", locale);
            return query.toString();
        }

        private static void append(StringBuilder query, String name, String value) {
            if (value != null && !value.isEmpty()) {
                query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * One value of a product, flattened for the values table.
     *
     * @param mediaKey  the stored file an image or file value names (shown as a link), else null
     * @param thumbnail whether that file has a thumbnail to show instead of its key
     */
    public record ValueRow(String attribute, String locale, String channel, ProductValue value, String mediaKey, boolean thumbnail) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(SearchForm form, List<String> channels, List<String> locales, ProductSearchResult result,
                                             List<FacetValue> families, List<FacetValue> categories, String error);

        static native TemplateInstance product(ProductResponse product, String label, List<ValueRow> values,
                                               List<CompletenessEntry> completeness, List<HistoryItem> history);
    }

    private final ProductSearchService search;
    private final ProductService products;
    private final CatalogSchemas schemas;
    private final MediaStore mediaStore;

    ProductPages(ProductSearchService search, ProductService products, CatalogSchemas schemas, MediaStore mediaStore) {
        this.search = search;
        this.products = products;
        this.schemas = schemas;
        this.mediaStore = mediaStore;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response index(@RestQuery String q, @RestQuery String family, @RestQuery String category,
                          @RestQuery String channel, @RestQuery String locale, @RestQuery String after) {
        List<Channel> allChannels = Channel.listAll(Sort.by("code"));
        List<String> channels = allChannels.stream().map(c -> c.code).toList();
        String shownChannel = blank(channel).isEmpty() && !channels.isEmpty() ? channels.get(0) : blank(channel);
        List<String> locales = CatalogLocale.<CatalogLocale>list("enabled", Sort.by("code"), true).stream().map(l -> l.code).toList();
        String searchedLocale = blank(locale).isEmpty() ? defaultLocale(locales, allChannels, shownChannel) : blank(locale);
        SearchForm form = new SearchForm(blank(q), blank(family), blank(category), shownChannel, searchedLocale, blank(after));
        try {
            ProductSearchResult result = search.search(parameters(form));
            return Response.ok(Templates.index(form, channels, locales, result, facet(result, "family"), facet(result, "category"), null))
                    .build();
        } catch (ProblemException e) {
            ProductSearchResult none = new ProductSearchResult(List.of(), null, 0, Map.of());
            return Response.status(e.status())
                    .entity(Templates.index(form, channels, locales, none, List.of(), List.of(), e.getMessage())).build();
        }
    }

    @GET
    @Path("/{identifier}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance product(@RestPath String identifier) {
        ProductResponse product = products.get(identifier);
        List<HistoryItem> history = products.history(product.identifier(), HISTORY_SIZE, null).items();
        List<CompletenessEntry> completeness = product.completeness().stream()
                .sorted(Comparator.comparing(CompletenessEntry::channel).thenComparing(CompletenessEntry::locale)).toList();
        return Templates.product(product, label(product), valueRows(product), completeness, history);
    }

    /** The UI's language when the catalog has it, else the shown channel's first language. */
    private static String defaultLocale(List<String> locales, List<Channel> channels, String shownChannel) {
        if (locales.contains(CatalogStructure.DEFAULT_LOCALE)) {
            return CatalogStructure.DEFAULT_LOCALE;
        }
        return channels.stream().filter(c -> c.code.equals(shownChannel) && !c.locales.isEmpty())
                .map(c -> c.locales.get(0)).findFirst()
                .orElse(locales.isEmpty() ? CatalogStructure.DEFAULT_LOCALE : locales.get(0));
    }

    private static Map<String, List<String>> parameters(SearchForm form) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        put(parameters, "q", form.q());
        put(parameters, "family", form.family());
        put(parameters, "category", form.category());
        put(parameters, "channel", form.channel());
        put(parameters, "locale", form.locale());
        put(parameters, "after", form.after());
        parameters.put("facets", List.of("family,category"));
        parameters.put("limit", List.of(String.valueOf(PAGE_SIZE)));
        return parameters;
    }

    private static void put(Map<String, List<String>> parameters, String name, String value) {
        if (!value.isEmpty()) {
            parameters.put(name, List.of(value));
        }
    }

    private static List<FacetValue> facet(ProductSearchResult result, String name) {
        return result.facets().getOrDefault(name, List.of());
    }

    /** The value of the family's label attribute, in the first locale that has one; the identifier otherwise. */
    private static String label(ProductResponse product) {
        if (product.family() == null) {
            return product.identifier();
        }
        Family family = Family.findById(product.family());
        if (family == null || family.attributeAsLabel == null) {
            return product.identifier();
        }
        return product.values().getOrDefault(family.attributeAsLabel, List.of()).stream()
                .filter(value -> value.data() != null && !String.valueOf(value.data()).isBlank())
                .sorted(Comparator.comparing(value -> "en_US".equals(value.locale()) ? "" : String.valueOf(value.locale())))
                .map(value -> String.valueOf(value.data()))
                .findFirst().orElse(product.identifier());
    }

    private List<ValueRow> valueRows(ProductResponse product) {
        CatalogSchema schema = schemas.current();
        List<ValueRow> rows = new ArrayList<>();
        product.values().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> entry.getValue().stream()
                .sorted(Comparator.comparing((ProductValue v) -> String.valueOf(v.locale())).thenComparing(v -> String.valueOf(v.scope())))
                .forEach(value -> rows.add(valueRow(schema.attribute(entry.getKey()), entry.getKey(), value))));
        return rows;
    }

    private ValueRow valueRow(AttributeSchema attribute, String code, ProductValue value) {
        boolean media = attribute != null && (attribute.type() == AttributeType.IMAGE || attribute.type() == AttributeType.FILE);
        Optional<MediaStore.StoredFile> file = media && value.data() instanceof String key ? mediaStore.find(key) : Optional.empty();
        return new ValueRow(code, value.locale(), value.scope(), value, file.map(MediaStore.StoredFile::key).orElse(null),
                file.filter(Thumbnails::exist).isPresent());
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }
}
