package org.treatytracker.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;
import org.treatytracker.persistence.DataRevision;
import org.treatytracker.api.MergePatch;

/** Conditional GETs answer 304; kept answers cost no query but the revision's; a write makes them fresh. */
@QuarkusTest
class ResponseCacheTest {

    private static final String MERGE_PATCH = MergePatch.MEDIA_TYPE + "; charset=UTF-8";

    @Inject
    SessionFactory sessionFactory;

    @Inject
    DataRevision revision;

    @BeforeAll
    static void anonymousReaders() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        // Other test classes sign every request in; the cache is for anonymous readers.
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
    }

    @Test
    void listsAndSummariesHaveAnETagAndAnswer304() {
        for (String path : new String[] {"/api/v1/provisions/9/positions", "/api/v1/provisions/9/summary", "/api/v1/positions/2",
                "/api/v1/changes?size=5", "/api/v1/changes.atom"}) {
            var first = given().get(path).then().statusCode(200).header("ETag", notNullValue())
                    .header("Cache-Control", equalTo("public, no-cache")).extract();
            given().header("If-None-Match", first.header("ETag")).get(path).then().statusCode(304).body(emptyString())
                    .header("ETag", equalTo(first.header("ETag")));
            given().header("If-None-Match", "W/" + first.header("ETag") + ", \"other\"").get(path).then().statusCode(304);
            given().header("If-None-Match", "\"something-else\"").get(path).then().statusCode(200);
        }
    }

    @Test
    void aKeptAnswerRunsNoStatementAndAWriteReplacesIt() {
        String path = "/api/v1/positions?size=3&sort=id";
        given().get(path).then().statusCode(200);
        sessionFactory.getStatistics().clear();
        String before = given().get(path).then().statusCode(200).extract().asString();
        assertEquals(0, sessionFactory.getStatistics().getPrepareStatementCount(), "a kept answer ran SQL");

        long revisionBefore = revision.current();
        String etag = given().get("/api/v1/positions/3").header("ETag");
        String summary = "Cached? " + System.nanoTime();
        given().auth().preemptive().basic(TestData.ADMIN, TestData.ADMIN_PASSWORD).contentType(MERGE_PATCH)
                .header("If-Match", etag).body("{\"summary\":\"" + summary + "\"}").patch("/api/v1/positions/3")
                .then().statusCode(200);
        assertEquals(revisionBefore + 1, revision.current(), "one write, one revision");
        String after = given().get(path).then().statusCode(200).body("items[2].summary", equalTo(summary)).extract().asString();
        assertNotEquals(before, after);
        given().get("/api/v1/positions/3").then().statusCode(200).body("summary", equalTo(summary));
    }

    @Test
    void answersToSignedInReadersAreNeverKeptOrShared() {
        given().auth().preemptive().basic(TestData.ADMIN, TestData.ADMIN_PASSWORD).get("/api/v1/changes?size=1")
                .then().statusCode(200).header("Cache-Control", equalTo("no-store")).header("ETag", notNullValue())
                .body("items[0].user", not(equalTo(null)));
        given().get("/api/v1/changes?size=1").then().statusCode(200).body("items[0].user", equalTo(null));
    }
}
