package io.pimento.search.query;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.pimento.catalog.product.Product;
import io.pimento.common.BadRequestException;
import io.pimento.search.SearchUnavailableException;
import io.pimento.search.mapping.CatalogStructure;
import io.pimento.search.mapping.CatalogStructures;
import io.pimento.search.mapping.ProductFields;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.search.projection.dsl.ElasticsearchSearchProjectionFactory;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.hibernate.search.util.common.data.Range;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs product searches and suggestions against the index. Search hits are projected from the
 * documents, never loaded from PostgreSQL; {@link #identifiers} reads only ids from the index and
 * their identifiers by primary key.
 */
@ApplicationScoped
public class ProductSearchService {

    private static final int SUGGEST_DEFAULT_LIMIT = 10;
    private static final int SUGGEST_MAX_LIMIT = 50;
    /** An exact identifier is what someone pasting a SKU wants first. */
    private static final float IDENTIFIER_BOOST = 10f;
    /** Words of the label say more about a product than words anywhere in its texts. */
    private static final float LABEL_BOOST = 3f;

    @Inject
    SearchSession searchSession;

    @Inject
    CatalogStructures structures;

    @Inject
    EntityManager entityManager;

    public ProductSearchResult search(Map<String, List<String>> parameters) {
        ProductQuery query = parse(structure -> ProductQueryParser.parse(parameters, structure));
        return whenAvailable(() -> run(query));
    }

    /**
     * Checks search filters that come from elsewhere than a URL (a merchandising rule's query)
     * with the same parser as the search API: the same 400 naming the parameter when one is not
     * understood. Needs the catalog structure only, not OpenSearch.
     */
    public void checkFilters(Map<String, List<String>> parameters) {
        parse(structure -> ProductQueryParser.parse(parameters, structure));
    }

    /**
     * The identifiers of the products the filters match, in the search's order (relevance with
     * {@code q}, most recently updated first without), at most {@code max}; one request.
     */
    public List<String> identifiers(Map<String, List<String>> parameters, int max) {
        ProductQuery query = parse(structure -> ProductQueryParser.parse(parameters, structure));
        // Only the hits' ids: reading the documents is most of what such a search costs OpenSearch
        // (a rule's query asks for up to a thousand); reading identifiers by primary key is cheap.
        List<Long> ids = whenAvailable(() -> searchSession.search(Product.class)
                .extension(ElasticsearchExtension.get())
                .select(f -> f.jsonHit())
                .where(f -> where(f, query, null))
                .sort(f -> sort(f, query))
                .requestTransformer(context -> {
                    addUnmappedTypes(context.body(), query);
                    // The id from doc values: even _id alone is read from the stored-fields block
                    // that holds the whole source, and decompressing it is what fetching costs.
                    context.body().addProperty("_source", false);
                    context.body().addProperty("stored_fields", "_none_");
                    JsonArray docValues = new JsonArray();
                    docValues.add(ProductFields.ID);
                    context.body().add("docvalue_fields", docValues);
                })
                .fetchHits(max)).stream().map(hit -> hit.getAsJsonObject("fields").getAsJsonArray(ProductFields.ID).get(0).getAsLong()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, String> identifiers = new HashMap<>();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select id, identifier from product where id = any(?)")) {
                select.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        identifiers.put(rows.getLong(1), rows.getString(2));
                    }
                }
            }
        });
        // in the search's order; a product deleted since it was indexed is left out
        return ids.stream().map(identifiers::get).filter(java.util.Objects::nonNull).toList();
    }

    public Suggestion.Suggestions suggest(Map<String, List<String>> parameters) {
        SuggestQuery query = parse(structure -> SuggestQuery.parse(parameters, structure,
                SUGGEST_DEFAULT_LIMIT, SUGGEST_MAX_LIMIT));
        return whenAvailable(() -> run(query));
    }

    /** Turns "OpenSearch cannot be reached" and "the index is missing" into a 503; other failures stay bugs (500). */
    private static <T> T whenAvailable(Supplier<T> search) {
        try {
            return search.get();
        } catch (SearchException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof IOException) {
                    throw new SearchUnavailableException("the search engine cannot be reached right now; try again shortly");
                }
                if (String.valueOf(cause.getMessage()).contains("index_not_found_exception")) {
                    throw new SearchUnavailableException("the search index is missing; an administrator can rebuild it "
                            + "with POST /api/v1/search/reindex");
                }
            }
            throw e;
        }
    }

    private ProductSearchResult run(ProductQuery query) {
        var search = searchSession.search(Product.class)
                .extension(ElasticsearchExtension.get())
                .select(f -> f.composite().from(hitProjections(f, query)).asList())
                .where(f -> where(f, query, null))
                .sort(f -> sort(f, query))
                .requestTransformer(context -> {
                    addUnmappedTypes(context.body(), query);
                    if (query.after() != null) {
                        context.body().add("search_after", query.after());
                    }
                });
        // Facets on something not filtered are counted with the hits; the others need a query of their own.
        Map<Facet, AggregationKey<? extends Map<?, Long>>> inMainQuery = new LinkedHashMap<>();
        for (Facet facet : query.facets()) {
            if (!isFiltered(query, facet)) {
                if (facet.booleanValued()) {
                    AggregationKey<Map<Boolean, Long>> key = AggregationKey.of(facet.name());
                    search = search.aggregation(key, f -> terms(f, facet, Boolean.class));
                    inMainQuery.put(facet, key);
                } else {
                    AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.name());
                    search = search.aggregation(key, f -> terms(f, facet, String.class));
                    inMainQuery.put(facet, key);
                }
            }
        }
        SearchResult<List<?>> result = search.fetch(query.limit() + 1);

        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (Facet facet : query.facets()) {
            AggregationKey<? extends Map<?, Long>> key = inMainQuery.get(facet);
            facets.put(facet.name(), key != null ? facetValues(result.aggregation(key)) : countSeparately(query, facet));
        }

        List<ProductHit> items = new ArrayList<>();
        JsonArray lastSortValues = null;
        for (List<?> hit : result.hits().subList(0, Math.min(query.limit(), result.hits().size()))) {
            items.add(toHit(hit));
            lastSortValues = ((JsonObject) hit.get(hit.size() - 1)).getAsJsonArray("sort");
        }
        String next = result.hits().size() > query.limit() && lastSortValues != null
                ? SearchCursor.encode(query.sortName(), lastSortValues) : null;
        return new ProductSearchResult(items, next, result.total().hitCount(), facets);
    }

    private Suggestion.Suggestions run(SuggestQuery query) {
        String labelField = ProductFields.path(ProductFields.LABEL, query.locale());
        List<Suggestion> items = searchSession.search(Product.class)
                .select(f -> f.composite()
                        .from(f.field(ProductFields.IDENTIFIER, String.class), f.field(labelField, String.class))
                        .as((identifier, label) -> new Suggestion(identifier, label == null ? identifier : label)))
                .where(f -> f.bool()
                        .should(f.simpleQueryString()
                                .field(ProductFields.path(ProductFields.LABEL_AUTOCOMPLETE, query.locale()))
                                .matching(query.text()).defaultOperator(BooleanOperator.AND).boost(LABEL_BOOST))
                        .should(f.simpleQueryString().field(ProductFields.IDENTIFIER_AUTOCOMPLETE)
                                .matching(query.text()).defaultOperator(BooleanOperator.AND))
                        .minimumShouldMatchNumber(1))
                .sort(f -> f.score().then().field(ProductFields.IDENTIFIER))
                .fetchHits(query.limit());
        return new Suggestion.Suggestions(items);
    }

    /** Codes unknown to the cached structure may have been created since: parse again once with a fresh one. */
    private <T> T parse(Function<CatalogStructure, T> parser) {
        try {
            return parser.apply(structures.current());
        } catch (UnknownCodeException e) {
            return parser.apply(structures.reloadedForUnknownCode());
        }
    }

    private PredicateFinalStep where(SearchPredicateFactory f, ProductQuery query, String leftOutFilter) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        bool.must(query.text() == null ? f.matchAll() : fullText(f, query));
        for (Filter filter : query.filters()) {
            if (!filter.key().equals(leftOutFilter)) {
                bool.filter(filter(f, filter));
            }
        }
        return bool;
    }

    private PredicateFinalStep fullText(SearchPredicateFactory f, ProductQuery query) {
        return f.bool()
                .should(f.simpleQueryString()
                        .field(ProductFields.path(ProductFields.FULLTEXT, query.locale()))
                        .field(ProductFields.path(ProductFields.LABEL, query.locale())).boost(LABEL_BOOST)
                        .matching(query.text())
                        .defaultOperator(BooleanOperator.AND))
                .should(f.match().field(ProductFields.IDENTIFIER).matching(query.text()).boost(IDENTIFIER_BOOST))
                .minimumShouldMatchNumber(1);
    }

    private static PredicateFinalStep filter(SearchPredicateFactory f, Filter filter) {
        BooleanPredicateClausesStep<?, ?> anyOf = f.bool();
        for (ValueCondition condition : filter.conditions()) {
            if (condition instanceof ValueCondition.Between between) {
                anyOf.should(f.range().field(filter.field()).within(Range.between(between.min(), between.max())));
            } else if (condition instanceof ValueCondition.Equals equals) {
                anyOf.should(f.match().field(filter.field()).matching(equals.value()));
            }
        }
        return anyOf.minimumShouldMatchNumber(1);
    }

    private static SortFinalStep sort(SearchSortFactory f, ProductQuery query) {
        return f.composite(c -> {
            for (SortField field : query.sort()) {
                if (field.isScore()) {
                    c.add(f.score());
                } else {
                    c.add(field.descending() ? f.field(field.field()).desc() : f.field(field.field()).asc());
                }
            }
            // The id makes every sort key unique, which search_after needs to never skip or repeat a hit.
            c.add(f.field(ProductFields.ID).asc());
        });
    }

    /**
     * Fields that no document has yet (a locale nobody wrote a label in) are unmapped; OpenSearch
     * refuses to sort on them unless told what they would be.
     */
    private static void addUnmappedTypes(JsonObject body, ProductQuery query) {
        if (!(body.get("sort") instanceof JsonArray sorts)) {
            return;
        }
        for (JsonElement sort : sorts) {
            if (sort instanceof JsonObject object) {
                object.entrySet().forEach(entry -> {
                    if (!entry.getKey().startsWith("_") && entry.getValue() instanceof JsonObject options) {
                        options.addProperty("unmapped_type", unmappedType(entry.getKey()));
                    }
                });
            }
        }
    }

    private static String unmappedType(String field) {
        String object = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
        return switch (object) {
            case ProductFields.NUMBER, ProductFields.PRICE, ProductFields.METRIC -> "double";
            case ProductFields.COMPLETENESS -> "integer";
            case ProductFields.DATE, ProductFields.CREATED, ProductFields.UPDATED -> "date";
            case ProductFields.ID -> "long";
            default -> "keyword";
        };
    }

    private static boolean isFiltered(ProductQuery query, Facet facet) {
        return query.filters().stream().anyMatch(filter -> filter.key().equals(facet.filterKey()));
    }

    private static <T> AggregationFinalStep<Map<T, Long>> terms(SearchAggregationFactory f, Facet facet, Class<T> type) {
        return f.terms().field(facet.field(), type).maxTermCount(ProductQueryParser.maxFacetValues());
    }

    /** Counts of a facet respect every filter but its own, so the other values stay visible to pick from. */
    private List<FacetValue> countSeparately(ProductQuery query, Facet facet) {
        return facet.booleanValued() ? countWithoutOwnFilter(query, facet, Boolean.class)
                : countWithoutOwnFilter(query, facet, String.class);
    }

    private <T> List<FacetValue> countWithoutOwnFilter(ProductQuery query, Facet facet, Class<T> type) {
        AggregationKey<Map<T, Long>> key = AggregationKey.of(facet.name());
        SearchResult<?> result = searchSession.search(Product.class)
                .where(f -> where(f, query, facet.filterKey()))
                .aggregation(key, f -> terms(f, facet, type))
                .fetch(0);
        return facetValues(result.aggregation(key));
    }

    private static List<FacetValue> facetValues(Map<?, Long> counts) {
        List<FacetValue> values = new ArrayList<>();
        counts.forEach((value, count) -> values.add(new FacetValue(String.valueOf(value), count)));
        return values;
    }

    private static SearchProjection<?>[] hitProjections(
            ElasticsearchSearchProjectionFactory f,
            ProductQuery query) {
        String completeness = query.channel() == null ? null
                : ProductFields.path(ProductFields.COMPLETENESS, ProductFields.completenessLeaf(query.channel(), query.locale()));
        return new SearchProjection<?>[]{
                f.field(ProductFields.IDENTIFIER, String.class).toProjection(),
                f.field(ProductFields.FAMILY, String.class).toProjection(),
                f.field(ProductFields.path(ProductFields.LABEL, query.locale()), String.class).toProjection(),
                f.field(ProductFields.ENABLED, Boolean.class).toProjection(),
                f.field(ProductFields.STATUS, String.class).toProjection(),
                f.field(ProductFields.CATEGORIES, String.class).list().toProjection(),
                f.field(ProductFields.PARENT, String.class).toProjection(),
                f.field(ProductFields.CREATED, Instant.class).toProjection(),
                f.field(ProductFields.UPDATED, Instant.class).toProjection(),
                completeness == null ? f.constant(null).toProjection() : f.field(completeness, Integer.class).toProjection(),
                f.jsonHit().toProjection()
        };
    }

    @SuppressWarnings("unchecked")
    private static ProductHit toHit(List<?> hit) {
        String identifier = (String) hit.get(0);
        String label = (String) hit.get(2);
        return new ProductHit(identifier, (String) hit.get(1), label == null ? identifier : label,
                Boolean.TRUE.equals(hit.get(3)), (String) hit.get(4), (List<String>) hit.get(5), (String) hit.get(6),
                (Instant) hit.get(7), (Instant) hit.get(8), (Integer) hit.get(9));
    }

    /** Parameters of the suggest endpoint. */
    record SuggestQuery(String text, String locale, int limit) {

        static SuggestQuery parse(Map<String, List<String>> parameters, CatalogStructure structure, int defaultLimit, int maxLimit) {
            parameters.keySet().stream().filter(name -> !List.of("q", "locale", "limit").contains(name)).findFirst()
                    .ifPresent(name -> {
                        throw BadRequestException.of(name, "unknown parameter '%s'".formatted(name));
                    });
            String text = first(parameters, "q");
            if (text == null || text.isBlank()) {
                throw BadRequestException.of("q", "q is required: the beginning of a label or identifier");
            }
            QueryText.check("q", text);
            String locale = first(parameters, "locale");
            if (locale == null) {
                locale = CatalogStructure.DEFAULT_LOCALE;
            } else if (!structure.hasLocale(locale)) {
                throw new UnknownCodeException("locale", "unknown locale '%s'".formatted(locale));
            }
            String limitValue = first(parameters, "limit");
            int limit = defaultLimit;
            if (limitValue != null) {
                try {
                    limit = Integer.parseInt(limitValue.trim());
                } catch (NumberFormatException e) {
                    limit = -1;
                }
                if (limit < 1 || limit > maxLimit) {
                    throw BadRequestException.of("limit", "limit must be between 1 and " + maxLimit);
                }
            }
            return new SuggestQuery(text.trim(), locale, limit);
        }

        private static String first(Map<String, List<String>> parameters, String name) {
            List<String> values = parameters.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }
}
