package org.treatytracker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/** Values as long as their documented limit are stored; longer ones, from requests or importers, are a 4xx naming the field. */
@QuarkusTest
class FieldLimitsTest {

    @BeforeAll
    static void authenticate() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    @Test
    void anArticleOfTheLargestAllowedTextIsStored() {
        String slug = TestData.newNegotiation();
        long reading = TestData.newReading(slug, 1);
        Map<String, Object> version = Map.of("readingId", reading, "number", "1", "title", "t".repeat(FieldLimits.PROVISION_TITLE),
                "text", "a".repeat(FieldLimits.PROVISION_TEXT));
        given().contentType(ContentType.JSON).body(Map.of("kind", "ARTICLE", "version", version))
                .post("/api/v1/negotiations/{slug}/provisions", slug).then().statusCode(201);
    }

    @Test
    void aDraftArticleLongerThanItsColumnIsRefusedNamingTheField() {
        String slug = TestData.newNegotiation();
        long reading = TestData.newReading(slug, 1);
        String draft = "# Made-up draft\n\n## Article 1\n\n" + "word ".repeat(FieldLimits.PROVISION_TEXT / 5 + 10) + "\n";
        given().contentType("text/markdown; charset=UTF-8").body(draft).post("/api/v1/readings/{id}/import", reading).then()
                .statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("text"))
                .body("detail", containsString("at most " + FieldLimits.PROVISION_TEXT));
    }

    @Test
    void aReportParagraphLongerThanItsColumnIsRefusedNamingTheField() {
        String slug = TestData.newNegotiation();
        TestData.newReading(slug, 1);
        String report = "Made-up report\n\n1. A short paragraph.\n\n2. " + "word ".repeat(FieldLimits.PARAGRAPH_TEXT / 5 + 10) + "\n";
        given().contentType("text/plain; charset=UTF-8").body(report).post("/api/v1/negotiations/{slug}/reports", slug).then()
                .statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("text"))
                .body("detail", containsString("at most " + FieldLimits.PARAGRAPH_TEXT));
    }

    @Test
    void aSourceWithAParagraphOfTheLargestAllowedTextIsStored() {
        String slug = TestData.newNegotiation();
        long reading = TestData.newReading(slug, 1);
        String paragraph = "b".repeat(FieldLimits.PARAGRAPH_TEXT);
        given().contentType(ContentType.JSON).body(Map.of("kind", "SUMMARY", "title", "Long", "readingId", reading, "text", paragraph,
                "paragraphs", List.of(Map.of("number", 1, "text", paragraph, "agendaItemTitle", "c".repeat(FieldLimits.AGENDA_ITEM_TITLE)))))
                .post("/api/v1/negotiations/{slug}/sources", slug).then().statusCode(201);
    }
}
