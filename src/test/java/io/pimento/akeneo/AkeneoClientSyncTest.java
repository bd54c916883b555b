package io.pimento.akeneo;

import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.pimento.catalog.product.TestCatalog.EN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A connector's sync replayed as Akeneo's PHP client runs it (AuthenticationApi, ResourceClient,
 * ResourceCursor): a token by password, a full read following {@code _links.next.href} with
 * {@code search_after}, upserts, a token refresh, then a delta sync by {@code updated}.
 */
@QuarkusTest
class AkeneoClientSyncTest {

    private static final DateTimeFormatter FILTER_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Inject
    CatalogFixtures fixtures;

    TestCatalog c;

    @BeforeEach
    void catalog() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        c = fixtures.standardCatalog();
    }

    /** Every item of a list, page after page, as ResourceCursor walks it: the next link until there is none. */
    private static List<JsonPath> all(String token, String firstUrl, Map<String, Object> query) {
        List<JsonPath> items = new ArrayList<>();
        JsonPath page = AkeneoClient.bearer(token).queryParams(query).get(firstUrl).then().statusCode(200).extract().jsonPath();
        while (true) {
            int count = page.getList("_embedded.items").size();
            for (int i = 0; i < count; i++) {
                items.add(new JsonPath(page.prettify()).setRootPath("_embedded.items[" + i + "]"));
            }
            String next = page.getString("_links.next.href");
            if (next == null) {
                return items;
            }
            page = AkeneoClient.bearer(token).urlEncodingEnabled(false).get(next).then().statusCode(200).extract().jsonPath();
        }
    }

    @Test
    void shouldServeAFullSyncThenADeltaSync() throws InterruptedException {
        AkeneoClient client = AkeneoClient.connection();
        JsonPath token = client.token("editor", "editor");
        String access = token.getString("access_token");
        String familySearch = "{\"family\":[{\"operator\":\"IN\",\"value\":[\"%s\"]}]}".formatted(c.family());

        // upserts, in bulk as a connector pushing its catalog does
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            if (i > 0) {
                lines.append('\n');
            }
            lines.append("{\"identifier\":\"%s\",\"family\":\"%s\",\"values\":{\"%s\":[{\"locale\":\"%s\",\"scope\":null,\"data\":\"Item %d\"}]}}"
                    .formatted(c.sku("sync" + i), c.family(), c.name(), EN, i));
        }
        String answer = AkeneoClient.bearer(access).contentType("application/vnd.akeneo.collection+json")
                .body(lines.toString()).patch("/api/rest/v1/products").then().statusCode(200).extract().asString();
        assertThat(answer.split("\n")).hasSize(7).allMatch(line -> line.contains("\"status_code\":201"));

        // full sync
        List<JsonPath> full = all(access, "/api/rest/v1/products",
                Map.of("pagination_type", "search_after", "limit", 3, "search", familySearch));
        assertThat(full).extracting(item -> item.getString("identifier")).hasSize(7).doesNotHaveDuplicates();
        assertThat(full).allMatch(item -> item.getString("_links.self.href").startsWith("http://"));

        Thread.sleep(1100);
        String syncedAt = FILTER_DATE.format(Instant.now());
        Thread.sleep(1100);
        AkeneoClient.bearer(access).body(Map.of("values", Map.of(c.name(), List.of(Map.of("locale", EN, "data", "Renamed")))))
                .patch("/api/rest/v1/products/" + c.sku("sync4")).then().statusCode(204);

        // an hour later the client refreshes its token
        String refreshed = client.tokenRequest()
                .body(Map.of("grant_type", "refresh_token", "refresh_token", token.getString("refresh_token")))
                .post("/api/oauth/v1/token").then().statusCode(200).extract().path("access_token");

        // delta sync: only what changed since the last sync
        String delta = "{\"family\":[{\"operator\":\"IN\",\"value\":[\"%s\"]}],\"updated\":[{\"operator\":\">\",\"value\":\"%s\"}]}"
                .formatted(c.family(), syncedAt);
        List<JsonPath> changed = all(refreshed, "/api/rest/v1/products",
                Map.of("pagination_type", "search_after", "limit", 3, "search", delta));
        assertThat(changed).extracting(item -> item.getString("identifier")).containsExactly(c.sku("sync4"));
        assertThat(changed.get(0).getString("values." + c.name() + "[0].data")).isEqualTo("Renamed");
    }
}
