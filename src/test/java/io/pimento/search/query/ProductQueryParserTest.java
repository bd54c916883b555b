package io.pimento.search.query;

import io.pimento.catalog.attribute.AttributeType;
import io.pimento.common.BadRequestException;
import io.pimento.search.mapping.CatalogStructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductQueryParserTest {

    private static final CatalogStructure STRUCTURE = new CatalogStructure(
            Map.of("color", attribute("color", AttributeType.SIMPLESELECT, false, false),
                    "price", attribute("price", AttributeType.PRICE_COLLECTION, false, true),
                    "name", attribute("name", AttributeType.TEXT, true, false),
                    "release", attribute("release", AttributeType.DATE, false, false),
                    "weight", attribute("weight", AttributeType.METRIC, false, false),
                    "picture", attribute("picture", AttributeType.IMAGE, false, false)),
            Set.of("boots"), Map.of(), Map.of("master", "/master/"),
            Map.of("web", List.of("fr_FR", "en_US")), Set.of("fr_FR", "en_US", "de_DE"),
            0L, Instant.EPOCH, Instant.EPOCH);

    private static CatalogStructure.IndexedAttribute attribute(String code, AttributeType type, boolean localizable, boolean scopable) {
        return new CatalogStructure.IndexedAttribute(code, type, localizable, scopable, null);
    }

    private static ProductQuery parse(String... pairs) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return ProductQueryParser.parse(parameters, STRUCTURE);
    }

    @Test
    void shouldDefaultToTheChannelsFirstLocale() {
        assertThat(parse("channel", "web").locale()).isEqualTo("fr_FR");
        assertThat(parse().locale()).isEqualTo("en_US");
    }

    @Test
    void shouldSortByRelevanceOnlyWhenThereIsText() {
        assertThat(parse("q", "boot").sortName()).isEqualTo("relevance");
        assertThat(parse().sortName()).isEqualTo("-updated");
    }

    @Test
    void shouldTurnRepeatedAttributeParametersIntoAlternatives() {
        Filter filter = parse("attr.color", "red", "attr.color", "blue").filters().get(0);

        assertThat(filter.field()).isEqualTo("select.color");
        assertThat(filter.conditions()).containsExactly(new ValueCondition.Equals("red"), new ValueCondition.Equals("blue"));
    }

    @Test
    void shouldTargetThePriceOfTheChannelAndCurrency() {
        Filter filter = parse("channel", "web", "attr.price.EUR", "10..").filters().get(0);

        assertThat(filter.field()).isEqualTo("price.price-web-EUR");
        assertThat(filter.conditions()).containsExactly(new ValueCondition.Between(10.0, null));
    }

    @Test
    void shouldReadOpenDateRanges() {
        Filter filter = parse("attr.release", "..2024-12-31").filters().get(0);

        assertThat(filter.conditions()).containsExactly(new ValueCondition.Between(null, LocalDate.of(2024, 12, 31)));
    }

    @Test
    void shouldIncludeSubtreesInCategoryFilters() {
        assertThat(parse("category", "master").filters().get(0).field()).isEqualTo("category_paths");
    }

    @Test
    void shouldBreakSortTiesOnTheLabelWithTheIdentifier() {
        assertThat(parse("sort", "-label", "locale", "de_DE").sort())
                .containsExactly(new SortField("label_sort.de_DE", true), new SortField("identifier", true));
    }

    @Test
    void shouldSortByFamilyThenIdentifier() {
        assertThat(parse("sort", "family").sort())
                .containsExactly(new SortField("family", false), new SortField("identifier", false));
    }

    @ParameterizedTest(name = "{0}={1} -> 400 on {2}")
    @CsvSource(delimiter = ';', value = {
            "attr.colour; red; attr.colour",
            "attr.price.EUR; 10..20; attr.price.EUR",
            "attr.weight; 2..1; attr.weight",
            "attr.weight; 1..2..3; attr.weight",
            "attr.weight; heavy; attr.weight",
            "attr.color.EUR; red; attr.color.EUR",
            "attr.picture; x; attr.picture",
            "attr.; x; attr.",
            "sort; -relevance; sort",
            "sort; attr.color; sort",
            "sort; completeness; sort",
            "limit; 0; limit",
            "limit; many; limit",
            "facets; name; facets",
            "facets; nothing; facets",
            "after; %%%; after",
            "q2; boot; q2",
    })
    void shouldRefuseWithTheParameterName(String parameter, String value, String field) {
        assertThatThrownBy(() -> parse(parameter, value))
                .isInstanceOf(BadRequestException.class)
                .satisfies(e -> assertThat(((BadRequestException) e).errors()).extracting("field").containsExactly(field));
    }

    @Test
    void shouldRefuseACursorOfAnotherSort() {
        String cursor = SearchCursor.encode("identifier", new com.google.gson.JsonArray());

        assertThatThrownBy(() -> parse("sort", "updated", "after", cursor))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("identifier");
    }
}
