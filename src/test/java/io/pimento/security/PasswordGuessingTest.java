package io.pimento.security;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Wrong passwords are counted per username: after ten, the name is refused before any password check. */
@QuarkusTest
class PasswordGuessingTest {

    @Test
    void shouldRefuseAUsernameAfterTenWrongPasswordsUntilTheBucketRefills() {
        String victim = TestUsers.create(Role.VIEWER);
        String bystander = TestUsers.create(Role.VIEWER);
        for (int i = 0; i < 10; i++) {
            TestUsers.as(victim, "guess-" + i).get("/api/v1/me").then().statusCode(401);
        }

        TestUsers.as(victim, "guess-10").get("/api/v1/me").then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .body("detail", containsString("too many wrong passwords for this user"));
        // even the right password waits: the refusal comes before the check, so guessing stops costing bcrypt
        TestUsers.as(victim).get("/api/v1/me").then().statusCode(429);
        TestUsers.as(bystander).get("/api/v1/me").then().statusCode(200).body("username", equalTo(bystander));
    }

    @Test
    void shouldThrottleUnknownNamesLikeKnownOnes() {
        String nobody = "nobody-" + System.nanoTime();
        for (int i = 0; i < 10; i++) {
            TestUsers.as(nobody, "guess-" + i).get("/api/v1/me").then().statusCode(401);
        }
        TestUsers.as(nobody, "guess-10").get("/api/v1/me").then().statusCode(429);
    }
}
