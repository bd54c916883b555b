package io.pimento.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordStrengthTest {

    private static final int MIN_SCORE = 2;

    @ParameterizedTest(name = "{0} for {1}: {2}")
    @CsvSource({
            "aaaaaaaa,             jane,        too few different characters",
            "abababababab,         jane,        too few different characters",
            "1212121212,           jane,        too few different characters",
            "Jane.Doe-1990,        jane.doe,    must not be or contain the username",
            "jane.doe,             Jane.Doe,    must not be or contain the username",
            "password1,            jane,        too easy to guess (this is a very common password)",
            "qwertyuiop,           jane,        too easy to guess (this is a top-100 common password)",
            "iloveyou2,            jane,        too easy to guess",
            "sunflower,            jane,        too easy to guess",
            "letmein123,           jane,        too easy to guess",
    })
    void shouldRefuseWeakPasswords(String password, String username, String why) {
        assertThat(PasswordStrength.weakness(password, username, MIN_SCORE)).hasValueSatisfying(
                message -> assertThat(message).startsWith(why));
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct-horse-battery", "a-long-password", "long-enough-password", "Tr0ub4dor&3", "Pimento2026!"})
    void shouldAcceptStrongPasswords(String password) {
        assertThat(PasswordStrength.weakness(password, "jane", MIN_SCORE)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"jo, jo-walks-the-dog-at-dawn", "ab, cable-car-to-the-summit"})
    void shouldNotRefuseAPasswordForContainingAVeryShortUsername(String username, String password) {
        assertThat(PasswordStrength.weakness(password, username, MIN_SCORE)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sunflower", "password1"})
    void shouldSkipTheEstimateAtScoreZero(String password) {
        assertThat(PasswordStrength.weakness(password, "jane", 0)).isEmpty();
    }
}
