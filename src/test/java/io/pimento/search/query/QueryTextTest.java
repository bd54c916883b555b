package io.pimento.search.query;

import io.pimento.common.BadRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "boots",
            "leather boots -brown",
            "\"leather boot\"~3 waterproof",
            "boo* jack~1 coat~ sh*",
            "red | blue",
            "50\\% off",
            "a~b c~ d"})
    void shouldAcceptOrdinaryQueries(String q) {
        assertThat(QueryText.check("q", q)).isEqualTo(q);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "5 fuzzy terms|a~1 b~2 c~ d~2 e~1|5 fuzzy (~) or prefix (*) terms; at most 4",
            "5 prefixes|ab* cd* ef* gh* ij*|5 fuzzy (~) or prefix (*) terms; at most 4",
            "prefix of one letter|a*|at least 2 characters before the *",
            "a lone star|boots *|at least 2 characters before the *",
            "33 terms|w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w|33 terms; at most 32"})
    void shouldRefuseCostlyQueries(String name, String q, String message) {
        assertThatThrownBy(() -> QueryText.check("q", q))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((BadRequestException) e).errors().get(0).field()).isEqualTo("q"));
    }

    @org.junit.jupiter.api.Test
    void shouldRefuseOverlongQueries() {
        assertThatThrownBy(() -> QueryText.check("q", "x".repeat(1001))).hasMessageContaining("at most 1000");
    }
}
