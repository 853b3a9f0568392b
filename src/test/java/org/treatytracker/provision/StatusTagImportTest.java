package org.treatytracker.provision;

import java.util.HashMap;
import java.util.Map;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/** Status tags and notes through the API: on versions, in a reading's totals, and as a change in a comparison. */
@QuarkusTest
class StatusTagImportTest {

    private static final String FIRST = """
            Article 1. Purpose

            1. The purpose of this Convention is to [promote][strengthen] cooperation.

            Article 2. Scope

            1. This Convention applies to the offences established under it. [Placeholder for a saving clause]
            """;
    private static final String SECOND = """
            Article 1. Purpose

            1. The purpose of this Convention is to promote cooperation. [agreed ad ref]

            Article 2. Scope

            1. This Convention applies to the offences established under it. (AAR) [Placeholder for a saving clause]
            """;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    @Test
    void statusesShowOnVersionsInTotalsAndAsChangesInAComparison() {
        String slug = TestData.newNegotiation();
        long first = TestData.newReading(slug, 1);
        long second = TestData.newReading(slug, 2);
        given().contentType("text/plain; charset=UTF-8").body(FIRST).post("/api/v1/readings/{id}/import", first).then().statusCode(201)
                .body("bracketSets", equalTo(1));
        given().contentType("text/plain; charset=UTF-8").body(SECOND).post("/api/v1/readings/{id}/import", second).then().statusCode(201)
                .body("bracketSets", equalTo(0));
        given().get("/api/v1/readings/{id}/provisions?kind=ARTICLE", second).then().statusCode(200)
                .body("items.status", contains("AGREED_AD_REFERENDUM", "AGREED_AD_REFERENDUM"))
                .body("items[1].notes", contains("Placeholder for a saving clause"));
        given().get("/api/v1/readings/{id}/bracket-totals", first).then().statusCode(200)
                .body("articles", equalTo(2)).body("articleStatuses.OPEN", equalTo(2));
        given().get("/api/v1/readings/{id}/bracket-totals", second).then().statusCode(200)
                .body("articleStatuses.AGREED_AD_REFERENDUM", equalTo(2));
        // The site says it too: the agreed share per reading, and each article's status.
        String negotiationPage = given().accept("text/html").get("/negotiations/{slug}", slug).then().statusCode(200).extract().asString();
        assertTrue(negotiationPage.contains("<td>2 of 2 articles</td>"), negotiationPage);
        assertTrue(negotiationPage.contains("no status tag"), negotiationPage);
        String readingPage = given().accept("text/html").get("/readings/{id}", second).then().statusCode(200).extract().asString();
        assertTrue(readingPage.contains("<td>agreed ad referendum · "), readingPage);
        given().get("/api/v1/negotiations/{slug}/compare?from={a}&to={b}", slug, first, second).then().statusCode(200)
                .body("provisions.find { it.wId == 'art_1' }.from.status", equalTo("OPEN"))
                .body("provisions.find { it.wId == 'art_1' }.to.status", equalTo("AGREED_AD_REFERENDUM"))
                .body("provisions.find { it.wId == 'art_1' }.brackets.resolved.size()", equalTo(1));
    }

    @Test
    void aNegotiationAddsItsOwnTagsThroughTheApi() {
        String slug = TestData.newNegotiation();
        long reading = TestData.newReading(slug, 1);
        given().contentType("text/plain; charset=UTF-8").body("""
                Article 1. Purpose

                1. The purpose of this Convention is to promote cooperation. [agreed in informals] [Facilitator's note: to be checked]
                """).post("/api/v1/readings/{id}/import", reading).then().statusCode(201);
        // Unknown to the common forms, the two tags are one bracket set of two alternatives, and the article is open.
        given().get("/api/v1/readings/{id}/provisions", reading).then().statusCode(200)
                .body("items[0].status", equalTo("OPEN")).body("items[0].brackets.bracketSets", equalTo(1));

        String etag = TestData.etagOf("/api/v1/negotiations/{slug}", slug);
        Map<String, Object> negotiation = new HashMap<>(Map.of("slug", slug, "title", "Made-up " + slug,
                "statusTerms", List.of(Map.of("words", "agreed in informals", "kind", "STATUS", "status", "AGREED_IN_INFORMALS"),
                        Map.of("words", "Facilitator's note", "kind", "NOTE"))));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(negotiation).put("/api/v1/negotiations/{slug}", slug)
                .then().statusCode(200).body("statusTerms.words", contains("agreed in informals", "Facilitator's note"));
        // Read with the negotiation's own forms: a status and a note, no bracket set; the text keeps the tags as written.
        given().get("/api/v1/readings/{id}/provisions", reading).then().statusCode(200)
                .body("items[0].status", equalTo("AGREED_IN_INFORMALS")).body("items[0].brackets.bracketSets", equalTo(0))
                .body("items[0].notes", contains("Facilitator's note: to be checked"))
                .body("items[0].text", org.hamcrest.Matchers.containsString("[agreed in informals]"));

        // A status is written in capitals; a note gives none.
        negotiation.put("statusTerms", List.of(Map.of("words", "done", "kind", "STATUS", "status", "done")));
        given().contentType(ContentType.JSON).header("If-Match", TestData.etagOf("/api/v1/negotiations/{slug}", slug)).body(negotiation)
                .put("/api/v1/negotiations/{slug}", slug).then().statusCode(422).body("errors[0].field", equalTo("statusTerms[0].status"));
        negotiation.put("statusTerms", List.of(Map.of("words", "memo", "kind", "NOTE", "status", "OPEN")));
        given().contentType(ContentType.JSON).header("If-Match", TestData.etagOf("/api/v1/negotiations/{slug}", slug)).body(negotiation)
                .put("/api/v1/negotiations/{slug}", slug).then().statusCode(422).body("errors[0].field", equalTo("statusTerms[0].status"));
    }
}
