package io.pimento.search.indexing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BatchSizerTest {

    /** o = OpenSearch timed out or pushed back, s = a batch succeeded; from 500 rows, floor 10. */
    @ParameterizedTest(name = "{0} -> {1} rows")
    @CsvSource({
            "'',          500",
            "o,           250",
            "ooo,         62",
            "oooooooooo,  10",   // never below the floor
            "ooos,        124",
            "ooossss,     500",  // back up to the configured size, not beyond
            "ss,          500",
    })
    void shouldShrinkUnderPressureAndGrowBackWithSuccess(String outcomes, int expected) {
        BatchSizer sizer = new BatchSizer(10, 500);
        for (char outcome : outcomes.toCharArray()) {
            if (outcome == 'o') {
                sizer.overloaded();
            } else {
                sizer.succeeded();
            }
        }
        assertThat(sizer.current()).isEqualTo(expected);
    }
}
