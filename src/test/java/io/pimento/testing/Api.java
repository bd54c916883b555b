package io.pimento.testing;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** REST Assured requests as one of the demo users (admin, editor, reviewer, viewer; password = name). */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String user) {
        return given()
                .auth().preemptive().basic(user, user)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public static RequestSpecification asAdmin() {
        return as("admin");
    }

    public static RequestSpecification asEditor() {
        return as("editor");
    }

    public static RequestSpecification asViewer() {
        return as("viewer");
    }
}
