package io.pimento.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Random;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Wrong passwords are counted per username (after ten, the name is refused before any password
 * check) and per client address (after a hundred, whatever names it tries).
 */
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

    @Test
    void shouldRefuseAnAddressThatGuessesAcrossManyNames() {
        // the test profile trusts X-Forwarded-For from 127.0.0.1, as a deployment behind a proxy does
        String address = "10.%d.%d.%d".formatted(RANDOM.nextInt(256), RANDOM.nextInt(256), 1 + RANDOM.nextInt(254));
        String bystander = TestUsers.create(Role.VIEWER);
        for (int i = 0; i < 100; i++) {
            TestUsers.as("sprayed-" + System.nanoTime(), "guess").header("X-Forwarded-For", address)
                    .get("/api/v1/me").then().statusCode(401);
        }
        // the bucket refills at 100 per 10 minutes, a permit every 6 s of the time the loop took
        int more = 0;
        Response answer;
        do {
            answer = TestUsers.as("sprayed-" + System.nanoTime(), "guess").header("X-Forwarded-For", address).get("/api/v1/me");
        } while (answer.statusCode() == 401 && ++more < 30);

        answer.then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .body("detail", containsString("too many wrong passwords for your address"));
        // other clients are not concerned
        TestUsers.as(bystander).header("X-Forwarded-For", "10.255.255.254").get("/api/v1/me").then().statusCode(200);
    }

    private static final Random RANDOM = new SecureRandom();
}
