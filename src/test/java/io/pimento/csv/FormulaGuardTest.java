package io.pimento.csv;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FormulaGuardTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=1+2|'=1+2",
            "+33 6 12|'+33 6 12",
            "-2+3+cmd|'-2+3+cmd",
            "@SUM(A1)|'@SUM(A1)",
            "'=x|''=x",
            "plain text|plain text",
            "-12.5|-12.5",
            "-3|-3"})
    void shouldNeutraliseCellsASpreadsheetWouldRun(String cell, String written) {
        assertThat(FormulaGuard.neutralise(cell)).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+x", "-2+3", "@a", "'=x", "''@y", "it's", "'quoted'", "-5", "", "\tx"})
    void shouldRestoreExactlyWhatWasNeutralised(String cell) {
        assertThat(FormulaGuard.restore(FormulaGuard.neutralise(cell))).isEqualTo(cell);
    }
}
