package org.treatytracker.account;

import java.util.List;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/** Reads are public; writes need an editor; user management needs an admin. */
@QuarkusTest
class SecurityTest {

    private static final String EDITOR_PASSWORD = "an editor's long password";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    private static String newEditor() {
        String name = "editor-" + System.nanoTime();
        given().contentType(ContentType.JSON).body(Map.of("username", name, "password", EDITOR_PASSWORD))
                .post("/api/v1/users").then().statusCode(201).body("roles", equalTo(List.of("editor")));
        return name;
    }

    @Test
    void refusesAnonymousWritesWith401ButServesReads() {
        given().auth().none().contentType(ContentType.JSON).body(Map.of("slug", "anonymous", "title", "x"))
                .post("/api/v1/negotiations").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic")).body("status", equalTo(401));
        given().auth().none().get("/api/v1/negotiations/ahc-cybercrime").then().statusCode(200);
        given().auth().none().get("/api/v1/negotiations/anonymous").then().statusCode(404);
    }

    @Test
    void refusesWrongCredentialsWith401() {
        given().auth().preemptive().basic(TestData.ADMIN, "not the password").contentType(ContentType.JSON)
                .body(Map.of("slug", "wrong-password", "title", "x")).post("/api/v1/negotiations")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void refusesAUsernameNoAccountCanHaveWith401() {
        // PostgreSQL cannot compare a NUL in text: looking this name up failed with a 500 before.
        given().auth().preemptive().basic("ad\u0000min", TestData.ADMIN_PASSWORD).get("/api/v1/negotiations")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", containsString("Basic"));
        given().auth().preemptive().basic("ad\u0000min", TestData.ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("slug", "nul-name", "title", "x")).post("/api/v1/negotiations").then().statusCode(401);
        given().auth().none().get("/api/v1/negotiations/nul-name").then().statusCode(404);
    }

    @Test
    void letsEditorsWriteButNotManageUsers() {
        String editor = newEditor();
        String slug = "by-editor-" + System.nanoTime();
        given().auth().preemptive().basic(editor, EDITOR_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("slug", slug, "title", "Written by an editor")).post("/api/v1/negotiations").then().statusCode(201);
        given().auth().preemptive().basic(editor, EDITOR_PASSWORD).get("/api/v1/users").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().preemptive().basic(editor, EDITOR_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("username", "sneaky", "password", "a long enough password", "admin", true))
                .post("/api/v1/users").then().statusCode(403);
    }

    @Test
    void letsAdminsManageUsers() {
        String editor = newEditor();
        given().get("/api/v1/users").then().statusCode(200).body("items.username", hasItem(editor))
                .body("items[0].password", nullValue()).body("page", equalTo(0)).body("total", greaterThanOrEqualTo(2));
        given().get("/api/v1/users?size=1&sort=-username").then().statusCode(200).body("items", hasSize(1)).body("size", equalTo(1));
        given().get("/api/v1/users?sort=password").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("password", "a brand new long password"))
                .put("/api/v1/users/{name}/password", editor).then().statusCode(204);
        given().auth().preemptive().basic(editor, "a brand new long password").contentType(ContentType.JSON)
                .body(Map.of("slug", "after-reset-" + System.nanoTime(), "title", "x")).post("/api/v1/negotiations").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("username", editor, "password", "another long password"))
                .post("/api/v1/users").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("username", "short", "password", "short"))
                .post("/api/v1/users").then().statusCode(400).body("errors[0].field", equalTo("password"));
        given().delete("/api/v1/users/{name}", editor).then().statusCode(204);
        given().auth().preemptive().basic(editor, "a brand new long password").contentType(ContentType.JSON)
                .body(Map.of("slug", "deleted-user", "title", "x")).post("/api/v1/negotiations").then().statusCode(401);
        given().delete("/api/v1/users/{name}", TestData.ADMIN).then().statusCode(409);
    }

    @Test
    void refusesWeakPasswordsWith422SayingWhy() {
        given().contentType(ContentType.JSON).body(Map.of("username", "weak-" + System.nanoTime(), "password", "000000000000"))
                .post("/api/v1/users").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("password")).body("detail", containsString("too easy to guess"));
        String editor = newEditor();
        given().contentType(ContentType.JSON).body(Map.of("password", editor + "2024"))
                .put("/api/v1/users/{name}/password", editor).then().statusCode(422).body("errors[0].field", equalTo("password"));
        given().auth().preemptive().basic(editor, EDITOR_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("slug", "still-old-password-" + System.nanoTime(), "title", "x")).post("/api/v1/negotiations")
                .then().statusCode(201);
    }

    @Test
    void keepsPrivateResponsesOutOfCaches() {
        given().get("/api/v1/users").then().statusCode(200).header("Cache-Control", "no-store");
        given().get("/api/v1/admin/backup").then().statusCode(200).header("Cache-Control", "no-store");
        given().get("/api/v1/admin/statistics").then().statusCode(200).header("Cache-Control", "no-store");
        given().auth().none().get("/api/v1/users").then().statusCode(401).header("Cache-Control", "no-store");
        given().auth().none().get("/api/v1/admin/backup").then().statusCode(401).header("Cache-Control", "no-store");
        // Any answer to a request with credentials may be shaped by who asked (the changes feed names editors to editors).
        given().get("/api/v1/negotiations").then().statusCode(200).header("Cache-Control", "no-store");
        given().auth().none().get("/api/v1/negotiations").then().statusCode(200).header("Cache-Control", "public, no-cache");
    }

    @Test
    void changesNeedIfMatch() {
        String slug = TestData.newNegotiation();
        given().contentType(ContentType.JSON).body(Map.of("slug", slug, "title", "No If-Match"))
                .put("/api/v1/negotiations/{slug}", slug).then().statusCode(428).contentType("application/problem+json")
                .body("detail", containsString("If-Match"));
        given().delete("/api/v1/negotiations/{slug}", slug).then().statusCode(428);
        given().get("/api/v1/negotiations/{slug}", slug).then().statusCode(200).body("title", equalTo("Made-up convention " + slug));
    }

    @Test
    void refusesLargeBodiesWithAProblem() {
        given().contentType(ContentType.JSON).body("{\"slug\":\"a-b\",\"title\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}")
                .post("/api/v1/negotiations").then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void sendsSecurityHeadersAndNoCorsByDefault() {
        given().get("/api/v1/negotiations").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("default-src 'none'"));
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/negotiations").then().header("Access-Control-Allow-Origin", nullValue());
    }
}
