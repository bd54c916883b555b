package io.pimento.web.products;

import io.pimento.catalog.attribute.AttributeType;
import io.pimento.catalog.channel.Channel;
import io.pimento.catalog.family.Family;
import io.pimento.catalog.locale.CatalogLocale;
import io.pimento.catalog.product.CompletenessEntry;
import io.pimento.catalog.product.ProductResponse;
import io.pimento.catalog.product.ProductService;
import io.pimento.catalog.product.ProductValue;
import io.pimento.catalog.product.schema.AttributeSchema;
import io.pimento.catalog.product.schema.CatalogSchema;
import io.pimento.catalog.product.schema.CatalogSchemas;
import io.pimento.history.HistoryEntryPayload;
import io.pimento.common.Page;
import io.pimento.common.ProblemException;
import io.pimento.media.MediaStore;
import io.pimento.media.Thumbnails;
import io.pimento.search.mapping.CatalogStructure;
import io.pimento.search.query.FacetValue;
import io.pimento.search.query.ProductSearchResult;
import io.pimento.search.query.ProductSearchService;
import io.pimento.search.query.ProductHit;
import io.pimento.security.Role;
import io.pimento.web.CatalogLabels;
import io.pimento.web.Flash;
import io.pimento.web.Formats;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Read-only product pages: the grid (search with sortable columns, pages, facets and filters,
 * variants grouped under their model) and one product's values, completeness and history.
 */
@Path("/ui/products")
@RolesAllowed(Role.VIEWER_CODE)
public class ProductPages {

    private static final int PAGE_SIZE = 25;
    private static final int HISTORY_SIZE = 10;
    /** The completeness filters offered, as minimum percentages. */
    private static final List<Integer> COMPLETENESS_STEPS = List.of(100, 80, 50);
    /** The sorts whose first click sorts descending: people want the newest and the most complete first. */
    private static final Set<String> DESCENDING_FIRST = Set.of("updated", "completeness");

    /**
     * The grid's query string, as sent: filters, sort and the cursors of the pages before this
     * one, so every view can be bookmarked. {@code channel} is the one completeness is shown for,
     * {@code locale} the language searched and labelled in (chosen on its own: picking a channel
     * for completeness must not silently switch the search to that channel's first language).
     * {@code after} holds the cursor of each page already seen, joined by dots (cursors are
     * base64url): the last one opens this page, dropping it goes back one page.
     */
    public record SearchForm(String q, String family, String category, String status, String enabled, String completeness,
                             String channel, String locale, String sort, String view, String after) {

        private static final String TRAIL_SEPARATOR = ".";

        /** The query string of this search without its cursors, for links that start at the first page. */
        public String query() {
            return queryOf(parameters(), null);
        }

        /** The query string with a parameter set (a new search: back to the first page). */
        public String with(String name, String value) {
            Map<String, String> parameters = parameters();
            parameters.put(name, value);
            return queryOf(parameters, null);
        }

        /** The query string without a filter. */
        public String without(String name) {
            return with(name, "");
        }

        /** The sort in force: the one asked for, else what the search service picks (newest first, best match first for a text). */
        public String effectiveSort() {
            return !sort.isEmpty() ? sort : q.isEmpty() ? "-updated" : "relevance";
        }

        /** The query string sorting by a column: the other direction when already sorted by it. */
        public String sortBy(String key) {
            String current = effectiveSort();
            String next;
            if (current.equals(key)) {
                next = "-" + key;
            } else if (current.equals("-" + key)) {
                next = key;
            } else {
                next = DESCENDING_FIRST.contains(key) ? "-" + key : key;
            }
            return with("sort", next);
        }

        /** The column's {@code aria-sort}. */
        public String sortState(String key) {
            String current = effectiveSort();
            return current.equals(key) ? "ascending" : current.equals("-" + key) ? "descending" : "none";
        }

        /** The filters, sort and view the search form keeps as hidden fields when the text changes. */
        public List<Map.Entry<String, String>> kept() {
            return parameters().entrySet().stream()
                    .filter(p -> !p.getValue().isEmpty() && !Set.of("q", "channel", "locale").contains(p.getKey()))
                    .toList();
        }

        /** The search's filters (not its sort, view or page): what "act on all results" of the bulk actions selects. */
        public List<Map.Entry<String, String>> filters() {
            return parameters().entrySet().stream()
                    .filter(p -> !p.getValue().isEmpty() && !Set.of("sort", "view").contains(p.getKey()))
                    .toList();
        }

        public boolean flat() {
            return "flat".equals(view);
        }

        /** How many pages come before this one. */
        int pageIndex() {
            return trail().size();
        }

        /** The cursor that opens this page, empty on the first. */
        String cursor() {
            List<String> trail = trail();
            return trail.isEmpty() ? "" : trail.get(trail.size() - 1);
        }

        String nextPage(String cursor) {
            List<String> trail = new ArrayList<>(trail());
            trail.add(cursor);
            return queryOf(parameters(), String.join(TRAIL_SEPARATOR, trail));
        }

        String previousPage() {
            List<String> trail = trail();
            return queryOf(parameters(), trail.size() <= 1 ? null : String.join(TRAIL_SEPARATOR, trail.subList(0, trail.size() - 1)));
        }

        private List<String> trail() {
            return after.isEmpty() ? List.of() : List.of(after.split(Pattern.quote(TRAIL_SEPARATOR)));
        }

        private Map<String, String> parameters() {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("q", q);
            parameters.put("family", family);
            parameters.put("category", category);
            parameters.put("status", status);
            parameters.put("enabled", enabled);
            parameters.put("completeness", completeness);
            parameters.put("channel", channel);
            parameters.put("locale", locale);
            parameters.put("sort", sort);
            parameters.put("view", view);
            return parameters;
        }

        private static String queryOf(Map<String, String> parameters, String after) {
            StringBuilder query = new StringBuilder();
            parameters.forEach((name, value) -> append(query, name, value));
            append(query, "after", after);
            return query.toString();
        }

        private static void append(StringBuilder query, String name, String value) {
            if (value != null && !value.isEmpty()) {
                query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    /** "26-50 of 3,412", and the query strings of the neighbouring pages (null at either end). */
    public record GridPage(long from, long to, long total, String previous, String next) {
    }

    /** Products of one model next to each other under it ({@code model} null for simple products, and for every row when flat). */
    public record HitGroup(String model, List<ProductHit> hits) {
    }

    /** One value of a filter: shown by its label with its code on hover, and the query string that sets or removes it. */
    public record FacetChoice(String value, String label, Long count, boolean selected, String query) {
    }

    /** A filter of the sidebar. */
    public record FacetSection(String name, String title, List<FacetChoice> choices) {
    }

    /** Everything the grid shows; the page and its htmx fragment take the same. */
    public record Grid(SearchForm form, List<String> channels, List<String> locales, GridPage page, List<HitGroup> groups,
                       List<FacetSection> facets, CatalogLabels labels, String error) {
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
        static native TemplateInstance index(Grid grid);

        /** The grid without the page around it, for htmx. */
        static native TemplateInstance index$grid(Grid grid);

        static native TemplateInstance product(ProductResponse product, String label, List<ValueRow> values,
                                               List<CompletenessEntry> completeness, ProductHistory history);
    }

    private final ProductSearchService search;
    private final ProductService products;
    private final CatalogSchemas schemas;
    private final MediaStore mediaStore;
    private final ProductRestores restores;

    ProductPages(ProductSearchService search, ProductService products, CatalogSchemas schemas, MediaStore mediaStore,
                 ProductRestores restores) {
        this.restores = restores;
        this.search = search;
        this.products = products;
        this.schemas = schemas;
        this.mediaStore = mediaStore;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response index(@RestQuery String q, @RestQuery String family, @RestQuery String category, @RestQuery String status,
                          @RestQuery String enabled, @RestQuery String completeness, @RestQuery String channel,
                          @RestQuery String locale, @RestQuery String sort, @RestQuery String view, @RestQuery String after,
                          @RestHeader("HX-Request") String htmx, @RestHeader("HX-History-Restore-Request") String historyRestore) {
        List<Channel> allChannels = Channel.listAll(Sort.by("code"));
        List<String> channels = allChannels.stream().map(c -> c.code).toList();
        String shownChannel = blank(channel).isEmpty() && !channels.isEmpty() ? channels.get(0) : blank(channel);
        List<String> locales = CatalogLocale.<CatalogLocale>list("enabled", Sort.by("code"), true).stream().map(l -> l.code).toList();
        String searchedLocale = blank(locale).isEmpty() ? defaultLocale(locales, allChannels, shownChannel) : blank(locale);
        SearchForm form = new SearchForm(blank(q), blank(family), blank(category), blank(status), blank(enabled), blank(completeness),
                shownChannel, searchedLocale, blank(sort), blank(view), blank(after));
        Grid grid;
        int statusCode = 200;
        try {
            ProductSearchResult result = search.search(parameters(form));
            grid = grid(form, channels, locales, result);
        } catch (ProblemException e) {
            statusCode = e.status();
            grid = new Grid(form, channels, locales, new GridPage(0, 0, 0, null, null), List.of(), List.of(), CatalogLabels.NONE,
                    e.getMessage());
        }
        // htmx asks for the grid alone when a link or the form inside it is followed, but for the
        // whole page when it restores one from history (back button, cache miss)
        boolean fragment = "true".equals(htmx) && !"true".equals(historyRestore);
        TemplateInstance page = fragment ? Templates.index$grid(grid) : Templates.index(grid);
        // the same URL answers a page or a fragment: caches must keep them apart
        return Response.status(statusCode).entity(page).header(HttpHeaders.VARY, "HX-Request").build();
    }

    @GET
    @Path("/{identifier}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance product(@RestPath String identifier, @RestQuery String history) {
        return page(products.get(identifier), blank(history), null);
    }

    /**
     * Restores one field's value from before a recorded change ({@code field} given) or the whole
     * product as it was at version {@code entry}, as a new version (see {@link ProductRestores}).
     * A restore the catalog no longer accepts (an attribute left the family, an option was
     * deleted) shows the product page with the reasons and writes nothing.
     */
    @POST
    @Path("/{identifier}/history/restore")
    @RolesAllowed(Role.EDITOR_CODE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response restore(@RestPath String identifier, @RestForm String entry, @RestForm String field, @RestForm String version,
                            @RestForm String history) {
        ProductResponse current = products.get(identifier);
        Integer restored = number(entry);
        Integer seen = number(version);
        if (restored == null || seen == null) {
            return Response.status(400).entity(page(current, blank(history), new RestoreRefusal(
                    "This restore button does not say which version it restores; reload the page.", List.of()))).build();
        }
        String what = blank(field).isEmpty() ? null : blank(field);
        try {
            ProductRestores.Restored done = restores.restore(current.identifier(), restored, what, seen);
            int now = done.written().resource().version();
            String message = now == seen ? "Nothing to restore: the product already has %s.".formatted(what == null ? "the values of version " + restored : "that value")
                    : (what == null ? "Version %d restored as version %d.".formatted(restored, now)
                    : "Value of %s restored as version %d.".formatted(what, now))
                    + (done.skipped().isEmpty() ? "" : " Not restored (a restore does not change them): " + String.join(", ", done.skipped()) + ".");
            return Flash.redirect(UriBuilder.fromPath("/ui/products/{identifier}").fragment("history").build(current.identifier()), Flash.Kind.SUCCESS, message);
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            ProductResponse now = products.get(identifier);
            String reason = e.status() == 409 ? "Not restored: the product changed since this page was shown (version %d, now %d). Nothing was written; look at its history again."
                    .formatted(seen, now.version())
                    : "Not restored: the catalog no longer accepts %s. Nothing was written.".formatted(what == null ? "the values of version " + restored : "that value");
            return Response.status(e.status()).entity(page(now, blank(history), new RestoreRefusal(reason,
                    e.errors().stream().map(error -> error.message()).toList()))).build();
        }
    }

    /** Why a restore was refused: a sentence, and what the service said about each value. */
    public record RestoreRefusal(String message, List<String> reasons) {
    }

    private TemplateInstance page(ProductResponse product, String historyCursor, RestoreRefusal refusal) {
        List<CompletenessEntry> completeness = product.completeness().stream()
                .sorted(Comparator.comparing(CompletenessEntry::channel).thenComparing(CompletenessEntry::locale)).toList();
        Page<HistoryEntryPayload> history = products.history(product.identifier(), HISTORY_SIZE, historyCursor.isEmpty() ? null : historyCursor);
        return Templates.product(product, label(product), valueRows(product), completeness,
                ProductHistory.of(product, history, !historyCursor.isEmpty(), historyCursor, refusal));
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
        put(parameters, "status", form.status());
        put(parameters, "enabled", form.enabled());
        put(parameters, "completeness", form.completeness());
        put(parameters, "channel", form.channel());
        put(parameters, "locale", form.locale());
        put(parameters, "sort", form.sort());
        put(parameters, "after", form.cursor());
        parameters.put("facets", List.of("family,category,status,enabled"));
        parameters.put("limit", List.of(String.valueOf(PAGE_SIZE)));
        return parameters;
    }

    private static void put(Map<String, List<String>> parameters, String name, String value) {
        if (!value.isEmpty()) {
            parameters.put(name, List.of(value));
        }
    }

    private static Grid grid(SearchForm form, List<String> channels, List<String> locales, ProductSearchResult result) {
        Set<String> familyCodes = new TreeSet<>();
        result.items().forEach(hit -> {
            if (hit.family() != null) {
                familyCodes.add(hit.family());
            }
        });
        facet(result, "family").forEach(value -> familyCodes.add(value.value()));
        Set<String> categoryCodes = new TreeSet<>();
        facet(result, "category").forEach(value -> categoryCodes.add(value.value()));
        if (!form.family().isEmpty()) {
            familyCodes.add(form.family());
        }
        if (!form.category().isEmpty()) {
            categoryCodes.add(form.category());
        }
        CatalogLabels labels = CatalogLabels.of(familyCodes, categoryCodes, form.locale());

        long from = (long) form.pageIndex() * PAGE_SIZE + (result.items().isEmpty() ? 0 : 1);
        GridPage page = new GridPage(from, from + Math.max(0, result.items().size() - 1), result.total(),
                form.pageIndex() == 0 ? null : form.previousPage(), result.next() == null ? null : form.nextPage(result.next()));

        List<FacetSection> facets = List.of(
                section(form, "family", "Family", facet(result, "family"), labels::family),
                section(form, "category", "Category", facet(result, "category"), labels::category),
                section(form, "status", "Status", facet(result, "status"), Formats::statusLabel),
                section(form, "enabled", "Enabled", facet(result, "enabled"), value -> "true".equals(value) ? "Enabled" : "Disabled"),
                new FacetSection("completeness", "Complete in " + form.channel() + " / " + form.locale(), COMPLETENESS_STEPS.stream()
                        .map(String::valueOf)
                        .map(value -> choice(form, "completeness", value, value.equals("100") ? "100%" : "at least " + value + "%", null))
                        .toList()));
        return new Grid(form, channels, locales, page, groups(result.items(), form.flat()), facets, labels, null);
    }

    private static FacetSection section(SearchForm form, String name, String title, List<FacetValue> values,
                                        Function<String, String> label) {
        return new FacetSection(name, title, values.stream()
                .map(value -> choice(form, name, value.value(), label.apply(value.value()), value.count())).toList());
    }

    private static FacetChoice choice(SearchForm form, String name, String value, String label, Long count) {
        boolean selected = value.equals(form.parameters().get(name));
        return new FacetChoice(value, label, count, selected, selected ? form.without(name) : form.with(name, value));
    }

    /**
     * Variants of one model next to each other, where the first of them comes in the sort order;
     * the page's sort decides the order of the groups (a model's variants on other pages stay there).
     */
    private static List<HitGroup> groups(List<ProductHit> hits, boolean flat) {
        if (flat) {
            return hits.stream().map(hit -> new HitGroup(null, List.of(hit))).toList();
        }
        Map<Object, List<ProductHit>> byModel = new LinkedHashMap<>();
        for (ProductHit hit : hits) {
            // a simple product is a group of its own: keyed by itself, it never meets a model's code
            Object key = hit.parent() == null ? hit : hit.parent();
            byModel.computeIfAbsent(key, k -> new ArrayList<>()).add(hit);
        }
        return byModel.values().stream().map(group -> new HitGroup(group.get(0).parent(), List.copyOf(group))).toList();
    }

    private static List<FacetValue> facet(ProductSearchResult result, String name) {
        return result.facets().getOrDefault(name, List.of());
    }

    /** The value of the family's label attribute, in the first locale that has one; the identifier otherwise. */
    static String label(ProductResponse product) {
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

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }
}
