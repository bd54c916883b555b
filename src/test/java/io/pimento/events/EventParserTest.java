package io.pimento.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pimento.common.FieldError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class EventParserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final EventParser PARSER = new EventParser(new EventParser.Limits(NOW, Duration.ofMinutes(5),
            NOW.minus(Duration.ofDays(400)), false));
    private static final String BASE = "\"visitor\": \"v-1\", \"session\": \"s-1\", \"timestamp\": \"2026-11-22T10:00:00.000Z\"";

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("[1]", "events[0]", "an event is a JSON object"),
                Arguments.of("{" + BASE + "}", "events[0].type", "type is required"),
                Arguments.of("{\"type\": \"stare\", " + BASE + "}", "events[0].type", "unknown event type 'stare'; types are view, category_view"),
                Arguments.of("{\"type\": \"view\", \"session\": \"s\", \"timestamp\": \"2026-11-22T10:00:00Z\", \"product\": \"A\"}",
                        "events[0].visitor", "visitor is required"),
                Arguments.of("{\"type\": \"view\", \"visitor\": \"v\", \"timestamp\": \"2026-11-22T10:00:00Z\", \"product\": \"A\"}",
                        "events[0].session", "session is required"),
                Arguments.of("{\"type\": \"view\", \"visitor\": \"v\", \"session\": \"s\", \"product\": \"A\"}",
                        "events[0].timestamp", "timestamp is required"),
                Arguments.of("{\"type\": \"view\", \"visitor\": \"v\", \"session\": \"s\", \"timestamp\": \"yesterday\", \"product\": \"A\"}",
                        "events[0].timestamp", "'yesterday' is not an ISO 8601 timestamp"),
                Arguments.of("{\"type\": \"view\", \"visitor\": \"v\", \"session\": \"s\", \"timestamp\": \"2026-11-22T12:06:00Z\", \"product\": \"A\"}",
                        "events[0].timestamp", "is in the future"),
                Arguments.of("{\"type\": \"view\", \"visitor\": \"v\", \"session\": \"s\", \"timestamp\": \"2020-01-01T00:00:00Z\", \"product\": \"A\"}",
                        "events[0].timestamp", "is older than the events kept"),
                Arguments.of("{\"type\": \"view\", " + BASE + "}", "events[0].product", "product is required"),
                Arguments.of("{\"type\": \"view\", " + BASE + ", \"product\": 12}", "events[0].product", "product is a non-empty string"),
                Arguments.of("{\"type\": \"view\", " + BASE + ", \"product\": \"A\", \"query\": \"boots\"}", "events[0].query",
                        "a view event has no query"),
                Arguments.of("{\"type\": \"view\", " + BASE + ", \"product\": \"A\", \"colour\": \"red\"}", "events[0].colour",
                        "unknown field 'colour'"),
                Arguments.of("{\"type\": \"category_view\", " + BASE + "}", "events[0].category", "category is required"),
                Arguments.of("{\"type\": \"search\", " + BASE + ", \"query\": \"\"}", "events[0].query", "query is a non-empty string"),
                Arguments.of("{\"type\": \"add_to_cart\", " + BASE + ", \"product\": \"A\", \"quantity\": 0}", "events[0].quantity",
                        "quantity is a whole number from 1 to 10000"),
                Arguments.of("{\"type\": \"purchase\", " + BASE + "}", "events[0].items", "a purchase lists its items"),
                Arguments.of("{\"type\": \"purchase\", " + BASE + ", \"items\": [{\"quantity\": 1}]}", "events[0].items[0].product",
                        "product is required"),
                Arguments.of("{\"type\": \"purchase\", " + BASE + ", \"items\": [{\"product\": \"A\", \"price\": -1}], \"currency\": \"EUR\"}",
                        "events[0].items[0].price", "price is a number of at least 0"),
                Arguments.of("{\"type\": \"purchase\", " + BASE + ", \"items\": [{\"product\": \"A\", \"price\": 10}]}",
                        "events[0].currency", "a purchase with a value or prices says their currency"),
                Arguments.of("{\"type\": \"purchase\", " + BASE + ", \"items\": [{\"product\": \"A\"}], \"currency\": \"euro\"}",
                        "events[0].currency", "a currency is an ISO 4217 code"),
                Arguments.of("{\"type\": \"impression\", " + BASE + ", \"products\": [\"A\"]}", "events[0].responseId", "responseId is required"),
                Arguments.of("{\"type\": \"impression\", " + BASE + ", \"responseId\": \"r\"}", "events[0].products",
                        "an impression names the products shown"),
                Arguments.of("{\"type\": \"impression\", " + BASE + ", \"responseId\": \"r\", \"content\": [\"\"]}", "events[0].content[0]",
                        "a code is a non-empty string"),
                Arguments.of("{\"type\": \"view\", " + BASE + ", \"product\": \"A\", \"content\": [\"banner\"]}", "events[0].content",
                        "a view event has no content"),
                Arguments.of("{\"type\": \"preference\", \"visitor\": \"v\", \"timestamp\": \"2026-11-22T10:00:00Z\"}", "events[0].like",
                        "a preference either likes or hides one thing"),
                Arguments.of("{\"type\": \"preference\", \"visitor\": \"v\", \"timestamp\": \"2026-11-22T10:00:00Z\", \"hide\": {\"colour\": \"red\"}}",
                        "events[0].hide.colour", "a preference is about a brand, a category or a product"),
                Arguments.of("{\"type\": \"view\", " + BASE + ", \"product\": \"A\", \"consent\": {\"personalization\": \"yes\"}}",
                        "events[0].consent.personalization", "personalization consent is true or false"),
                Arguments.of("{\"type\": \"view\", " + BASE + ", \"product\": \"A\", \"context\": {\"tags\": [1]}}",
                        "events[0].context.tags", "a context field is text"));
    }

    @ParameterizedTest
    @MethodSource
    void refused(String json, String field, String message) throws Exception {
        EventParser.Parsed parsed = PARSER.parse(JSON.readTree(json), "events[0]");

        assertThat(parsed.event()).isNull();
        assertThat(parsed.errors()).anySatisfy(error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.message()).contains(message);
        });
    }

    @Test
    void readsAViewWithConsentAndContext() throws Exception {
        VisitorEvent event = parse("{\"type\": \"view\", " + BASE + ", \"product\": \"BOOTS-01\", \"consent\": {\"personalization\": true},"
                + " \"context\": {\"device\": \"mobile\", \"utm_source\": \"instagram\"}}");

        assertThat(event.type()).isEqualTo(EventType.VIEW);
        assertThat(event.visitor()).isEqualTo("v-1");
        assertThat(event.session()).isEqualTo("s-1");
        assertThat(event.timestamp()).isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
        assertThat(event.personalization()).isTrue();
        assertThat(event.product()).isEqualTo("BOOTS-01");
        assertThat(event.context().get("device").textValue()).isEqualTo("mobile");
        assertThat(event.references()).containsExactly(new VisitorEvent.Reference("product", false, "BOOTS-01"));
    }

    @Test
    void withoutAWordOnConsentAnEventDoesNotPersonalize() throws Exception {
        assertThat(parse("{\"type\": \"search\", " + BASE + ", \"query\": \"boots\"}").personalization()).isFalse();
        assertThat(parse("{\"type\": \"search\", " + BASE + ", \"query\": \"boots\", \"consent\": {}}").personalization()).isFalse();
    }

    @Test
    void acceptsATimestampWithinTheClockSkewAndAnyOffset() throws Exception {
        assertThat(parse("{\"type\": \"view\", \"visitor\": \"v\", \"session\": \"s\", \"timestamp\": \"2026-11-22T12:04:00Z\", \"product\": \"A\"}")
                .timestamp()).isEqualTo(Instant.parse("2026-11-22T12:04:00Z"));
        assertThat(parse("{\"type\": \"view\", \"visitor\": \"v\", \"session\": \"s\", \"timestamp\": \"2026-11-22T11:00:00+01:00\", \"product\": \"A\"}")
                .timestamp()).isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
    }

    @Test
    void readsAPurchaseWithItsLinesAndAQuantityOfOneByDefault() throws Exception {
        VisitorEvent event = parse("{\"type\": \"purchase\", " + BASE + ", \"items\": [{\"product\": \"A\", \"quantity\": 2, \"price\": 120.50},"
                + " {\"product\": \"B\"}], \"value\": 241.00, \"currency\": \"EUR\"}");

        assertThat(event.items()).containsExactly(new VisitorEvent.PurchaseLine("A", 2, new BigDecimal("120.5")),
                new VisitorEvent.PurchaseLine("B", 1, null));
        assertThat(event.value()).isEqualByComparingTo("241");
        assertThat(event.references()).extracting(VisitorEvent.Reference::path).containsExactly("items[0].product", "items[1].product");
    }

    @Test
    void readsAnImpressionOfContentItemsAloneWithoutCheckingThemAsProducts() throws Exception {
        VisitorEvent event = parse("{\"type\": \"impression\", " + BASE + ", \"responseId\": \"home.p.1\", \"content\": [\"winter_banner\"]}");

        assertThat(event.content()).containsExactly("winter_banner");
        assertThat(event.products()).isEmpty();
        assertThat(event.references()).isEmpty();
    }

    @Test
    void readsAPreferenceWithoutASession() throws Exception {
        VisitorEvent event = parse("{\"type\": \"preference\", \"visitor\": \"v\", \"timestamp\": \"2026-11-22T10:00:00Z\","
                + " \"hide\": {\"brand\": \"northpeak\"}}");

        assertThat(event.preference()).isEqualTo(new VisitorEvent.Preference(false, VisitorEvent.Preference.Kind.BRAND, "northpeak"));
        assertThat(event.references()).isEmpty();
    }

    @Test
    void neverEchoesALongValue() throws Exception {
        String huge = "x".repeat(10_000);
        EventParser.Parsed parsed = PARSER.parse(JSON.readTree("{\"type\": \"" + huge + "\", " + BASE + "}"), "");

        assertThat(parsed.errors()).extracting(FieldError::message).allSatisfy(message -> assertThat(message).hasSizeLessThan(300));
    }

    private static VisitorEvent parse(String json) throws Exception {
        JsonNode node = JSON.readTree(json);
        EventParser.Parsed parsed = PARSER.parse(node, "");
        assertThat(parsed.errors()).isEmpty();
        return parsed.event();
    }
}
