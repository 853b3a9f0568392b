package org.treatytracker.negotiation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

@QuarkusTest
class NegotiationResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    @Test
    void createsAndReadsANegotiation() {
        String slug = "made-up-" + System.nanoTime();
        given().contentType(ContentType.JSON).body(Map.of("slug", slug, "title", "A made-up convention"))
                .post("/api/v1/negotiations")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/negotiations/" + slug))
                .header("ETag", notNullValue())
                .body("slug", equalTo(slug));
        given().get("/api/v1/negotiations/{slug}", slug)
                .then().statusCode(200).header("ETag", equalTo("\"0\"")).body("title", equalTo("A made-up convention"));
    }

    @Test
    void listsNegotiationsPagedAndSorted() {
        TestData.newNegotiation();
        given().queryParam("size", 1).queryParam("sort", "-slug").get("/api/v1/negotiations")
                .then().statusCode(200)
                .body("size", equalTo(1)).body("items.size()", equalTo(1)).body("total", greaterThanOrEqualTo(2));
        given().get("/api/v1/negotiations").then().statusCode(200).body("items.slug", hasItem("ahc-cybercrime"));
    }

    @Test
    void refusesADuplicateSlug() {
        given().contentType(ContentType.JSON).body(Map.of("slug", "ahc-cybercrime", "title", "again"))
                .post("/api/v1/negotiations").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("ahc-cybercrime"));
    }

    @Test
    void refusesAnInvalidSlugNamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("slug", "Not A Slug", "title", "x"))
                .post("/api/v1/negotiations").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("slug"));
    }

    @Test
    void answers404ForAnUnknownNegotiation() {
        given().get("/api/v1/negotiations/no-such-thing").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("detail", containsString("no-such-thing"));
    }

    @Test
    void updatesWithIfMatchAndRefusesAStaleOne() {
        String slug = TestData.newNegotiation();
        String etag = TestData.etagOf("/api/v1/negotiations/{slug}", slug);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("slug", slug, "title", "Renamed"))
                .put("/api/v1/negotiations/{slug}", slug).then().statusCode(200).body("title", equalTo("Renamed"))
                .header("ETag", equalTo("\"1\""));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("slug", slug, "title", "Lost update"))
                .put("/api/v1/negotiations/{slug}", slug).then().statusCode(412).contentType("application/problem+json");
        given().get("/api/v1/negotiations/{slug}", slug).then().body("title", equalTo("Renamed"));
    }

    @Test
    void refusesToChangeTheSlug() {
        String slug = TestData.newNegotiation();
        given().contentType(ContentType.JSON).body(Map.of("slug", "other-slug", "title", "x"))
                .header("If-Match", TestData.etagOf("/api/v1/negotiations/{slug}", slug)).put("/api/v1/negotiations/{slug}", slug).then().statusCode(422).body("errors[0].field", equalTo("slug"));
    }

    @Test
    void refusesToDeleteANegotiationWithReadingsAndSaysWhy() {
        given().header("If-Match", TestData.etagOf("/api/v1/negotiations/ahc-cybercrime")).delete("/api/v1/negotiations/ahc-cybercrime").then().statusCode(409)
                .body("detail", containsString("1 readings"));
        given().get("/api/v1/negotiations/ahc-cybercrime").then().statusCode(200);
    }

    @Test
    void deletesAnEmptyNegotiation() {
        String slug = TestData.newNegotiation();
        given().header("If-Match", TestData.etagOf("/api/v1/negotiations/{slug}", slug)).delete("/api/v1/negotiations/{slug}", slug).then().statusCode(204);
        given().get("/api/v1/negotiations/{slug}", slug).then().statusCode(404);
    }

    @Test
    void managesReadings() {
        String slug = TestData.newNegotiation();
        long first = TestData.newReading(slug, 1);
        TestData.newReading(slug, 2);
        given().get("/api/v1/negotiations/{slug}/readings?sort=-sequenceNumber", slug).then().statusCode(200)
                .body("total", equalTo(2)).body("items[0].sequenceNumber", equalTo(2));
        given().get("/api/v1/readings/{id}", first).then().statusCode(200)
                .body("negotiation", equalTo(slug)).body("documentSymbol", equalTo("T/" + slug + "/1"));
        given().contentType(ContentType.JSON)
                .body(Map.of("sequenceNumber", 1, "label", "First reading", "date", "2023-01-09", "sessionLabel", "Fourth session"))
                .header("If-Match", TestData.etagOf("/api/v1/readings/{id}", first)).put("/api/v1/readings/{id}", first).then().statusCode(200)
                .body("label", equalTo("First reading")).body("date", equalTo("2023-01-09"));
        given().contentType(ContentType.JSON).body(Map.of("sequenceNumber", 2, "label", "clash"))
                .post("/api/v1/negotiations/{slug}/readings", slug).then().statusCode(409);
        given().header("If-Match", TestData.etagOf("/api/v1/readings/{id}", first)).delete("/api/v1/readings/{id}", first).then().statusCode(204);
        given().get("/api/v1/readings/{id}", first).then().statusCode(404);
    }

    @Test
    void refusesToDeleteAReadingWithProvisions() {
        String slug = TestData.newNegotiation();
        long reading = TestData.newReading(slug, 1);
        TestData.newProvision(slug, reading, "ARTICLE", "1", "Purpose", null);
        given().header("If-Match", TestData.etagOf("/api/v1/readings/{id}", reading)).delete("/api/v1/readings/{id}", reading).then().statusCode(409)
                .body("detail", containsString("1 provision versions"));
    }
}
