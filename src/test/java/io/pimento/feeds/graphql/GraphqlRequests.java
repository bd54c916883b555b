package io.pimento.feeds.graphql;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.Map;

/** GraphQL over HTTP: a POST of {@code {"query": ..., "variables": ...}} to /graphql, as any client sends it. */
final class GraphqlRequests {

    private GraphqlRequests() {
    }

    static ValidatableResponse post(RequestSpecification caller, String query) {
        return post(caller, query, Map.of());
    }

    static ValidatableResponse post(RequestSpecification caller, String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return caller.contentType(ContentType.JSON).accept(ContentType.JSON).body(body).post("/graphql").then();
    }
}
