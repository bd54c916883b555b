package io.pimento.targeting.content;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class LocalizedContentTest {

    static Stream<Arguments> fallbacks() {
        Map<String, String> all = Map.of("en_US", "Welcome", "en_GB", "Welcome, mate", "fr_FR", "Bienvenue", "fr_CA", "Bienvenue!");
        return Stream.of(
                arguments("the locale itself", all, "fr_CA", "Bienvenue!"),
                arguments("another country of the language, first by code", Map.of("fr_FR", "Bienvenue", "fr_BE", "Bienvenue!"), "fr_CH", "Bienvenue!"),
                arguments("en_US when the language is missing", all, "de_DE", "Welcome"),
                arguments("en_US without a locale", all, null, "Welcome"),
                arguments("the first by code without en_US", Map.of("nl_NL", "Welkom", "de_DE", "Willkommen"), "it_IT", "Willkommen"),
                arguments("nothing without translations", Map.of(), "en_US", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fallbacks")
    void shouldFallBackToTheClosestTranslation(String name, Map<String, String> translations, String locale, String expected) {
        assertThat(LocalizedContent.pick(translations, locale)).isEqualTo(expected);
    }
}
