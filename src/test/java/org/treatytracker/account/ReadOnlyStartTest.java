package org.treatytracker.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/** Without TREATY_ADMIN_PASSWORD the server still starts, serves every read, and refuses every write. */
@QuarkusTest
@TestProfile(ReadOnlyStartTest.NoAdminPassword.class)
class ReadOnlyStartTest {

    /** The test profile with the admin password unset, as on a newcomer's first run. */
    public static class NoAdminPassword implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("treaty.admin.password", "");
        }
    }

    @Test
    void startsAndServesReadsWithNobodyToWrite() {
        given().get("/api/v1/negotiations/ahc-cybercrime").then().statusCode(200).body("slug", equalTo("ahc-cybercrime"));
        given().get("/q/health/ready").then().statusCode(200);
        given().auth().preemptive().basic(TestData.ADMIN, TestData.ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("slug", "read-only", "title", "x")).post("/api/v1/negotiations").then().statusCode(401);
        given().get("/api/v1/negotiations/read-only").then().statusCode(404);
    }
}
