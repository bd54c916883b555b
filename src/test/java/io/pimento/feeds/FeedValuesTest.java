package io.pimento.feeds;

import io.pimento.catalog.product.ProductValue;
import io.pimento.catalog.product.ProductValues;
import io.pimento.catalog.product.TestSchemas;
import io.pimento.catalog.product.schema.CatalogSchema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class FeedValuesTest {

    private static final CatalogSchema SCHEMA = TestSchemas.standard();
    private static final String MEDIA = "https://shop.example.com/media/";
    private static final FeedTarget ECOMMERCE_FR = new FeedTarget(TestSchemas.ECOMMERCE, "fr_FR", List.of("en_US", "fr_FR"),
            List.of("EUR", "USD"), MEDIA);
    private static final FeedTarget MOBILE_EN = new FeedTarget(TestSchemas.MOBILE, "en_US", List.of("en_US"), List.of("EUR"), MEDIA);

    private static ProductValues values(String attribute, ProductValue... values) {
        return new ProductValues(Map.of(attribute, List.of(values)));
    }

    private static ProductValue value(String locale, String scope, Object data) {
        return new ProductValue(locale, scope, data);
    }

    private static Map<String, Object> price(String amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }

    static Stream<Arguments> resolvedValues() {
        return Stream.of(
                arguments("not localizable, not scopable", ECOMMERCE_FR, values("count", value(null, null, 12)), 12),
                arguments("the feed's locale", ECOMMERCE_FR,
                        values("name", value("en_US", null, "Boot"), value("fr_FR", null, "Botte")), "Botte"),
                arguments("the feed's locale and channel", ECOMMERCE_FR,
                        values("description", value("fr_FR", "mobile", "Mobile"), value("fr_FR", "ecommerce", "Web")), "Web"),
                arguments("the channel's scope", MOBILE_EN,
                        values("description", value("en_US", "ecommerce", "Web"), value("en_US", "mobile", "Mobile")), "Mobile"),
                arguments("metric as it is", MOBILE_EN,
                        values("weight", value(null, null, Map.of("amount", "1.5", "unit", "KILOGRAM"))),
                        Map.of("amount", "1.5", "unit", "KILOGRAM")),
                arguments("prices in the channel's currencies", MOBILE_EN,
                        values("price", value(null, null, List.of(price("10", "EUR"), price("12", "USD")))),
                        List.of(price("10", "EUR"))),
                arguments("prices in every currency of the channel", ECOMMERCE_FR,
                        values("price", value(null, null, List.of(price("10", "EUR"), price("12", "USD"), price("9", "XTS")))),
                        List.of(price("10", "EUR"), price("12", "USD"))),
                arguments("a media key under the media URL", MOBILE_EN,
                        values("image", value(null, null, "ab/cd/abcd_boot.png")), MEDIA + "ab/cd/abcd_boot.png"),
                arguments("a media key with spaces, encoded", MOBILE_EN,
                        values("manual", value(null, null, "/docs/big boot.pdf")), MEDIA + "docs/big%20boot.pdf"),
                arguments("an absolute media URL as it is", MOBILE_EN,
                        values("image", value(null, null, "https://cdn.example.com/boot.png")), "https://cdn.example.com/boot.png"),
                arguments("options as they are", MOBILE_EN,
                        values("tags", value(null, null, List.of("summer", "winter"))), List.of("summer", "winter")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resolvedValues")
    void shouldPublishOneValuePerAttribute(String description, FeedTarget target, ProductValues values, Object published) {
        Map<String, Object> resolved = FeedValues.resolve(values, SCHEMA, target);

        assertThat(resolved).hasSize(1);
        assertThat(resolved.values().iterator().next()).isEqualTo(published);
    }

    static Stream<Arguments> unpublishedValues() {
        return Stream.of(
                arguments("another locale only", ECOMMERCE_FR, values("name", value("en_US", null, "Boot"))),
                arguments("another channel only", MOBILE_EN, values("description", value("en_US", "ecommerce", "Web"))),
                arguments("prices in other currencies only", MOBILE_EN, values("price", value(null, null, List.of(price("12", "USD"))))),
                arguments("a locale the attribute is not available in", MOBILE_EN,
                        values("french_only", value("en_US", null, "English"))),
                arguments("an attribute that no longer exists", MOBILE_EN, values("gone", value(null, null, "x"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unpublishedValues")
    void shouldLeaveOutAttributesWithoutValueForTheFeed(String description, FeedTarget target, ProductValues values) {
        assertThat(FeedValues.resolve(values, SCHEMA, target)).isEmpty();
    }

    static Stream<Arguments> labels() {
        return Stream.of(
                arguments("the feed's locale", ECOMMERCE_FR,
                        values("name", value("en_US", null, "Boot"), value("fr_FR", null, "Botte")), "Botte"),
                arguments("the channel's other locales in order", ECOMMERCE_FR,
                        values("name", value("en_US", null, "Boot")), "Boot"),
                arguments("the channel's value before the all-channels one", MOBILE_EN,
                        values("name", value("en_US", null, "Boot"), value("en_US", "mobile", "Mobile boot")), "Mobile boot"),
                arguments("a blank label is none", MOBILE_EN, values("name", value("en_US", null, " ")), "BOOT-1"),
                arguments("a locale outside the channel is not used", MOBILE_EN,
                        values("name", value("de_DE", null, "Stiefel")), "BOOT-1"),
                arguments("no label value: the identifier", MOBILE_EN, new ProductValues(), "BOOT-1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labels")
    void shouldLabelWithTheFamilysLabelAttribute(String description, FeedTarget target, ProductValues values, String label) {
        assertThat(FeedValues.label(values, "name", "BOOT-1", target)).isEqualTo(label);
    }
}
