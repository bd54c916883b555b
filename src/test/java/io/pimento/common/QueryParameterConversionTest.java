package io.pimento.common;

import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;

/** A query parameter that does not convert to its type is a 400 naming it, on every endpoint, not JAX-RS' 404. */
@QuarkusTest
class QueryParameterConversionTest {

    @ParameterizedTest(name = "{0}?{1}={2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "/api/v1/categories|limit|abc|'abc' is not a whole number",
            "/api/v1/products|limit|1.5|'1.5' is not a whole number",
            "/api/v1/attributes|limit|99999999999|'99999999999' is not a whole number",
            "/api/v1/imports|limit|ten|'ten' is not a whole number",
            "/api/v1/exports/products.csv|completeness|high|'high' is not a whole number"})
    void shouldAnswer400NamingTheParameter(String path, String parameter, String value, String message) {
        Api.asAdmin().accept("*/*").queryParam(parameter, value).get(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(parameter))
                .body("errors[0].message", equalTo(message));
    }

    @Test
    void shouldStillAnswer404ForAPathThatDoesNotConvert() {
        Api.asAdmin().get("/api/v1/imports/abc").then().statusCode(404);
        Api.asAdmin().get("/api/v1/no-such-thing").then().statusCode(404);
    }
}
