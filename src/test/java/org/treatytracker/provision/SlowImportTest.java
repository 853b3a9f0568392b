package org.treatytracker.provision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;
import org.treatytracker.draftfile.HostileFiles;

/**
 * An import that takes longer than its time budget (here 300 ms) is cancelled cleanly: a 422 naming the budget,
 * its transaction rolled back by its own thread, nothing stored, and the database as usable as before.
 */
@QuarkusTest
@TestProfile(SlowImportTest.ShortTimeBudget.class)
class SlowImportTest {

    /** A time budget that the 20,000-article draft cannot meet. */
    public static class ShortTimeBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("treaty.imports.max-time", "300ms");
        }
    }

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    @Test
    void aDraftPastItsTimeBudgetIsRefusedWith422AndLeavesTheDatabaseUsable() {
        String slug = TestData.newNegotiation();
        long reading = TestData.newReading(slug, 1);
        String draft = HostileFiles.manyArticles(20_000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> given().contentType("text/markdown; charset=UTF-8").body(draft)
                .post("/api/v1/readings/{id}/import", reading).then().statusCode(422).contentType("application/problem+json")
                .body("budget", equalTo("treaty.imports.max-time")).body("limit", equalTo("300 ms"))
                .body("detail", containsString("nothing was imported")));
        given().get("/api/v1/readings/{id}/provisions", reading).then().statusCode(200).body("total", equalTo(0));
        assertStillServes(slug, reading);
    }

    @Test
    void aReportPastItsTimeBudgetIsRefusedWith422AndStoresNothing() {
        String slug = TestData.newNegotiation();
        long reading = TestData.newReading(slug, 1);
        given().contentType("text/markdown; charset=UTF-8").body("Article 1. Scope\n\nThe Parties shall cooperate.\n")
                .post("/api/v1/readings/{id}/import", reading).then().statusCode(201);
        StringBuilder report = new StringBuilder("Made-up report of the made-up committee\n\n");
        for (int i = 1; report.length() < 300_000; i++) {
            report.append(i).append(". Several speakers supported article 1 and one delegation opposed it.\n\n");
        }
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> given().contentType("text/plain; charset=UTF-8").body(report.toString())
                .post("/api/v1/negotiations/{slug}/reports", slug).then().statusCode(422)
                .body("budget", equalTo("treaty.imports.max-time")));
        given().get("/api/v1/negotiations/{slug}/sources", slug).then().statusCode(200).body("total", equalTo(0));
        assertStillServes(slug, reading);
    }

    private static void assertStillServes(String slug, long reading) {
        given().get("/api/v1/negotiations/{slug}", slug).then().statusCode(200);
        given().accept("text/html").get("/").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("name", "After a slow import " + UUID.randomUUID(), "kind", "OTHER_NGO"))
                .post("/api/v1/stakeholders").then().statusCode(201);
        given().contentType("text/markdown; charset=UTF-8").body("Article 1. Scope\n\nThe Parties shall cooperate.\n")
                .post("/api/v1/readings/{id}/import", TestData.newReading(slug, 2)).then().statusCode(201);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
