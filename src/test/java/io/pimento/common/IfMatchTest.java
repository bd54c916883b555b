package io.pimento.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** One reading of If-Match and one set of answers for every resource that takes it. */
class IfMatchTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "3"        | 3
            W/"3"      | 3
            3          | 3
            ' "12" '   | 12
            """)
    void readsTheVersionOfAnEtag(String header, int version) {
        assertThat(IfMatch.version(header)).isEqualTo(version);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "", "  "})
    void acceptsAnyVersionWithoutAHeaderOrWithAStar(String header) {
        assertThat(IfMatch.version(header)).isNull();
        assertThat(IfMatch.version(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "\"abc\"", "W/", "\"3\", \"4\"", "99999999999"})
    void refusesAHeaderThatNamesNoVersionOfOursAsABadRequest(String header) {
        assertThatThrownBy(() -> IfMatch.version(header)).isInstanceOfSatisfying(BadRequestException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).contains("not a version this API gave out");
        });
    }

    @Test
    void aStaleOrImpossibleHeaderIsAFailedPreconditionAndAStaleBodyVersionAConflict() {
        assertThatNoException().isThrownBy(() -> IfMatch.check("family", "shoes", 3, 3, 3));
        assertThatNoException().isThrownBy(() -> IfMatch.check("family", "shoes", 3, null, null));
        assertThatNoException().isThrownBy(() -> IfMatch.check("family", "shoes", null, null, 7));
        assertThatThrownBy(() -> IfMatch.check("family", "shoes", 3, 2, null)).isInstanceOf(PreconditionFailedException.class)
                .hasMessage("family 'shoes' is at version 3, not 2 (If-Match); reload it and apply your change again");
        assertThatThrownBy(() -> IfMatch.check("family", "shoes", null, 0, null)).isInstanceOf(PreconditionFailedException.class)
                .hasMessage("family 'shoes' does not exist, so it has no version 0");
        assertThatThrownBy(() -> IfMatch.check("family", "shoes", 3, null, 2)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.status()).isEqualTo(409));
    }
}
