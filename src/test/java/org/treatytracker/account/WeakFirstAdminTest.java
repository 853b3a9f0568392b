package org.treatytracker.account;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A weak TREATY_ADMIN_PASSWORD creates no admin: the server starts anyway, read-only. */
@QuarkusTest
@TestProfile(WeakFirstAdminTest.WeakAdminPassword.class)
class WeakFirstAdminTest {

    private static final String WEAK = "000000000000";

    /** Its own empty database, so that the first start finds no user. */
    public static class WeakAdminPassword implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The test profile cleans the database at every start, so this one starts with no user at all, on H2
            // and on PostgreSQL alike (a JDBC URL here would tie the test to one database).
            return Map.of("treaty.admin.password", WEAK, "treaty.seed.enabled", "false");
        }
    }

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void startsReadOnlyWithoutCreatingTheAdmin() {
        given().get("/api/v1/negotiations").then().statusCode(200);
        given().auth().preemptive().basic("admin", WEAK).contentType(ContentType.JSON)
                .body(Map.of("slug", "weak-admin", "title", "x")).post("/api/v1/negotiations").then().statusCode(401);
    }
}
