package org.treatytracker.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/**
 * Password guessing is slowed down and then refused with 429, per username and per client address. Small limits
 * here; each test comes from its own addresses (X-Forwarded-For, trusted in this profile) so tests do not share
 * counters.
 */
@QuarkusTest
@TestProfile(LoginThrottlingTest.SmallLimits.class)
class LoginThrottlingTest {

    private static final String PASSWORD = "a throttled editor's long password";
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    /** Usernames: waits from the 2nd failure, refused at the 4th; addresses: waits from the 4th, refused at the 8th. */
    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("treaty.login.username.delay-after", "2", "treaty.login.username.lock-after", "4",
                    "treaty.login.address.delay-after", "4", "treaty.login.address.lock-after", "8",
                    "treaty.login.first-delay", "0.3S", "treaty.login.max-delay", "0.6S",
                    "quarkus.http.proxy.proxy-address-forwarding", "true", "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String newAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "192.0.2." + n;
    }

    private static RequestSpecification from(String address, String username, String password) {
        return given().header("X-Forwarded-For", address).auth().preemptive().basic(username, password);
    }

    private static String newEditor() {
        String name = "throttled-" + UUID.randomUUID().toString().substring(0, 8);
        from(newAddress(), TestData.ADMIN, TestData.ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("username", name, "password", PASSWORD)).post("/api/v1/users").then().statusCode(201);
        return name;
    }

    @Test
    void slowsDownThenRefusesAUsernameGuessedFromManyAddresses() {
        String editor = newEditor();
        from(newAddress(), editor, "wrong guess 1").get("/api/v1/users").then().statusCode(401);
        from(newAddress(), editor, "wrong guess 2").get("/api/v1/users").then().statusCode(401);
        long started = System.nanoTime();
        from(newAddress(), editor, "wrong guess 3").get("/api/v1/users").then().statusCode(401);
        from(newAddress(), editor, "wrong guess 4").get("/api/v1/users").then().statusCode(401);
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(waitedMillis >= 850, "the 3rd and 4th guesses wait 0.3 s and 0.6 s; waited " + waitedMillis + " ms");
        // Locked: even the right password is refused, so that a guesser learns nothing from the answer.
        from(newAddress(), editor, PASSWORD).get("/api/v1/users").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .header("Cache-Control", "no-store").body("status", equalTo(429)).body("title", equalTo("Too many requests"));
    }

    @Test
    void aSuccessfulLoginClearsTheUsernamesFailures() {
        String editor = newEditor();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 3; i++) {
                from(newAddress(), editor, "wrong guess " + i).get("/api/v1/users").then().statusCode(401);
            }
            // Verified credentials without the admin role: 403, and the username starts afresh.
            from(newAddress(), editor, PASSWORD).get("/api/v1/users").then().statusCode(403);
        }
    }

    @Test
    void refusesAnAddressThatTriesManyUsernames() {
        String address = newAddress();
        for (int i = 0; i < 8; i++) {
            from(address, "invented-" + UUID.randomUUID(), "guess").get("/api/v1/users").then().statusCode(401);
        }
        from(address, "invented-" + UUID.randomUUID(), "guess").get("/api/v1/users").then().statusCode(429)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
        from(address, TestData.ADMIN, TestData.ADMIN_PASSWORD).get("/api/v1/users").then().statusCode(429);
        from(newAddress(), TestData.ADMIN, TestData.ADMIN_PASSWORD).get("/api/v1/users").then().statusCode(200);
    }

    @Test
    void publicReadsWithUncheckedCredentialsCountForNothing() {
        String editor = newEditor();
        for (int i = 0; i < 10; i++) {
            from(newAddress(), editor, "never checked").get("/api/v1/negotiations").then().statusCode(200);
        }
        from(newAddress(), editor, PASSWORD).get("/api/v1/users").then().statusCode(403);
    }

    private static io.restassured.response.Response signInByForm(String address, String username, String password) {
        return given().header("X-Forwarded-For", address).redirects().follow(false).contentType(ContentType.URLENC)
                .formParams("j_username", username, "j_password", password).post("/j_security_check");
    }

    @Test
    void theSignInFormIsSlowedThenLockedAndSoAreTheUsernamesBasicCredentials() {
        String editor = newEditor();
        signInByForm(newAddress(), editor, "wrong guess 1").then().statusCode(302).header("Location", endsWith("/edit/sign-in/failed"));
        signInByForm(newAddress(), editor, "wrong guess 2").then().statusCode(302).header("Location", endsWith("/edit/sign-in/failed"));
        long started = System.nanoTime();
        signInByForm(newAddress(), editor, "wrong guess 3").then().statusCode(302).header("Location", endsWith("/edit/sign-in/failed"));
        signInByForm(newAddress(), editor, "wrong guess 4").then().statusCode(302).header("Location", endsWith("/edit/sign-in/failed"));
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(waitedMillis >= 850, "the 3rd and 4th form guesses wait 0.3 s and 0.6 s; waited " + waitedMillis + " ms");
        // Locked: the right password by form is refused, with no session cookie, and so are the Basic credentials.
        io.restassured.response.Response refused = signInByForm(newAddress(), editor, PASSWORD);
        refused.then().statusCode(429).header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .contentType("application/problem+json").body("status", equalTo(429));
        assertNull(refused.getCookie("quarkus-credential"), "a refused sign-in sets no session cookie");
        from(newAddress(), editor, PASSWORD).get("/api/v1/users").then().statusCode(429);
    }

    @Test
    void theSignInFormWorksBeforeTheLimitAndClearsTheUsernamesFailures() {
        String editor = newEditor();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 3; i++) {
                signInByForm(newAddress(), editor, "wrong guess " + i).then().statusCode(302)
                        .header("Location", endsWith("/edit/sign-in/failed"));
            }
            io.restassured.response.Response signedIn = signInByForm(newAddress(), editor, PASSWORD);
            signedIn.then().statusCode(302).header("Location", not(containsString("failed")));
            assertNotNull(signedIn.getCookie("quarkus-credential"), "signed in: the session cookie is set");
        }
    }

    @Test
    void anAddressGuessingByFormIsLockedForBasicToo() {
        String address = newAddress();
        for (int i = 0; i < 8; i++) {
            signInByForm(address, "invented-" + UUID.randomUUID(), "guess").then().statusCode(302);
        }
        signInByForm(address, "invented-" + UUID.randomUUID(), "guess").then().statusCode(429);
        from(address, TestData.ADMIN, TestData.ADMIN_PASSWORD).get("/api/v1/users").then().statusCode(429);
    }
}
