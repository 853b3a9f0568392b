package org.treatytracker.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/** Imports a made-up meeting summary (test resources) and reviews what it suggests. */
@QuarkusTest
class ReportIngestResourceTest {

    String slug;
    long reading;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    static String summary() throws IOException {
        try (InputStream in = ReportIngestResourceTest.class.getResourceAsStream("/reports/made-up-summary.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @BeforeEach
    void draft() {
        slug = TestData.newNegotiation();
        TestData.newReading(slug, 1);
        reading = given().contentType(ContentType.JSON)
                .body(Map.of("sequenceNumber", 2, "label", "Revised draft", "documentSymbol", "A/AC.999/2"))
                .post("/api/v1/negotiations/{slug}/readings", slug).then().statusCode(201).extract().jsonPath().getLong("id");
        long preamble = TestData.newProvision(slug, reading, "PREAMBLE", null, "Preamble", null);
        given().contentType(ContentType.JSON).body(Map.of("kind", "PREAMBULAR_PARAGRAPH", "version",
                        Map.of("readingId", reading, "number", "2", "parentVersionId", preamble, "text", "Recognizing the rights of victims,")))
                .post("/api/v1/negotiations/{slug}/provisions", slug).then().statusCode(201);
        long jurisdiction = TestData.newProvision(slug, reading, "CHAPTER", null, "Jurisdiction", null);
        for (String article : List.of("4", "5", "6", "7")) {
            TestData.newProvision(slug, reading, "ARTICLE", article, null, jurisdiction);
        }
        long finals = TestData.newProvision(slug, reading, "CHAPTER", null, "Final provisions", null);
        for (String article : List.of("9", "10")) {
            TestData.newProvision(slug, reading, "ARTICLE", article, null, finals);
        }
    }

    private JsonPath importSummary(int status) throws IOException {
        return given().contentType("text/markdown; charset=UTF-8").body(summary()).post("/api/v1/negotiations/{slug}/reports", slug)
                .then().statusCode(status).extract().jsonPath();
    }

    @Test
    void readsParagraphsAgendaItemsAndTheReadingDiscussed() throws IOException {
        JsonPath imported = importSummary(201);
        assertEquals(reading, imported.getLong("readingId"));
        assertEquals(3, imported.getInt("paragraphs"));
        assertEquals("Summary of the Second Informal Meeting on the made-up convention", imported.getString("source.title"));
        assertEquals("2024-03-02", imported.getString("source.publishedOn"));
        long source = imported.getLong("source.id");
        given().get("/api/v1/sources/{id}/paragraphs", source).then()
                .body("items.agendaItem", org.hamcrest.Matchers.contains(null, "1(a)", "1(b)"))
                .body("items[1].agendaItemTitle", equalTo("Jurisdiction"))
                .body("items[1].text", containsString("questioned whether articles 6 and 7 were needed"))
                .body("items[2].text", containsString("2. The second alternative"));
    }

    @Test
    void dropsTheNulsAndControlCharactersNoReaderSees() throws IOException {
        // A NUL (a PDF's unmapped glyph) and an escape: PostgreSQL cannot store the first, so each once failed the import.
        String text = summary().replace("questioned whether", "ques\u0000tioned\u001B whether");
        JsonPath imported = given().contentType("text/markdown; charset=UTF-8").body(text)
                .post("/api/v1/negotiations/{slug}/reports", slug).then().statusCode(201).extract().jsonPath();
        assertEquals(3, imported.getInt("paragraphs"));
        given().get("/api/v1/sources/{id}/paragraphs", imported.getLong("source.id")).then()
                .body("items[1].text", containsString("questioned whether articles 6 and 7 were needed"));
        // The text as stored is the summary itself: sending the summary now changes nothing.
        importSummary(200);
    }

    @Test
    void findsTheMentionsOfEveryProvision() throws IOException {
        long source = importSummary(201).getLong("source.id");
        JsonPath mentions = given().get("/api/v1/sources/{id}/mentions", source).then().statusCode(200).extract().jsonPath();
        List<String> found = mentions.getList("findAll { true }.collect { it.paragraphNumber + ':' + it.eId }");
        assertEquals(List.of("2:chp_jurisdiction", "2:art_4", "2:art_5", "2:art_6", "2:art_7", "3:chp_final_provisions", "3:art_9",
                "3:art_10", "3:chp_jurisdiction", "3:preamble__para_2", "3:preamble__para_2"), found);
        org.junit.jupiter.api.Assertions.assertEquals("QUOTATION", mentions.getString("find { it.text.contains('[t]he') }.kind"));
    }

    @Test
    void suggestsThePositionsItsSentencesRecord() throws IOException {
        long source = importSummary(201).getLong("source.id");
        JsonPath suggestions = given().get("/api/v1/sources/{id}/suggestions?status=PENDING", source).then().statusCode(200)
                .extract().jsonPath();
        List<String> found = suggestions.getList("items.collect { it.target.eId + ' ' + it.quantifier + ' ' + it.stance }");
        assertEquals(List.of("art_4 A_NUMBER_OF SUPPORT", "art_5 ONE CONCERN", "art_6 SOME QUESTION", "art_7 SOME QUESTION",
                "art_9 SEVERAL DELETE", "art_10 null MOVE", "preamble__para_2 null AMEND"), found);
    }

    @Test
    void acceptingASuggestionCreatesAPositionCitingItsParagraph() throws IOException {
        long source = importSummary(201).getLong("source.id");
        JsonPath pending = given().get("/api/v1/sources/{id}/suggestions", source).then().extract().jsonPath();
        long first = pending.getLong("items[0].id");
        long second = pending.getLong("items[1].id");
        long third = pending.getLong("items[2].id");
        long positionId = given().contentType(ContentType.JSON).body("{}").post("/api/v1/suggestions/{id}/accept", first)
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).extract().jsonPath().getLong("positionId");
        given().get("/api/v1/positions/{id}", positionId).then().statusCode(200)
                .body("target.eId", equalTo("art_4")).body("speaker.quantifier", equalTo("A_NUMBER_OF"))
                .body("citation.paragraphNumber", equalTo(2)).body("quote", containsString("supported article 4"));
        long brazil = TestData.newStakeholder("Brazil", "MEMBER_STATE", "BRA", false);
        given().contentType(ContentType.JSON).body(Map.of("stakeholderId", brazil, "stance", "OPPOSE", "summary", "Corrected by an editor"))
                .post("/api/v1/suggestions/{id}/accept", second).then().statusCode(200);
        given().get("/api/v1/positions?source={s}&stance=OPPOSE", source).then()
                .body("items[0].speaker.stakeholder.id", equalTo((int) brazil)).body("items[0].speaker.quantifier", nullValue());
        given().post("/api/v1/suggestions/{id}/reject", third).then().statusCode(200).body("status", equalTo("REJECTED"));
        given().post("/api/v1/suggestions/{id}/reject", third).then().statusCode(409);
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/suggestions/{id}/accept", first).then().statusCode(409);
        given().get("/api/v1/positions?source={s}", source).then().body("total", equalTo(2));
        given().contentType(ContentType.JSON).body(Map.of("quote", "words that are not there"))
                .post("/api/v1/suggestions/{id}/accept", pending.getLong("items[3].id")).then().statusCode(422);
        given().get("/api/v1/sources/{id}/suggestions?status=PENDING", source).then().body("total", equalTo(4));
    }

    @Test
    void listsTheEvidenceOfAProvision() throws IOException {
        importSummary(201);
        long article9 = given().get("/api/v1/readings/{id}/provisions?kind=ARTICLE", reading).then().extract().jsonPath()
                .getLong("items.find { it.eId == 'art_9' }.provisionId");
        given().get("/api/v1/provisions/{id}/evidence", article9).then().statusCode(200)
                .body("paragraphs[0].paragraph.number", equalTo(3))
                .body("paragraphs[0].mentions[0].text", equalTo("article 9"));
    }

    @Test
    void recognisesTheSameReportAndRefusesBadInput() throws IOException {
        long source = importSummary(201).getLong("source.id");
        JsonPath again = importSummary(200);
        assertEquals(source, again.getLong("source.id"));
        org.junit.jupiter.api.Assertions.assertTrue(again.getBoolean("unchanged"));
        given().get("/api/v1/negotiations/{slug}/sources", slug).then().body("total", equalTo(1));

        given().contentType("text/plain; charset=UTF-8").body("").post("/api/v1/negotiations/{slug}/reports", slug).then().statusCode(400);
        given().contentType("text/plain; charset=UTF-8").body("# A heading\n\n## And another, with no paragraph under it\n")
                .post("/api/v1/negotiations/{slug}/reports", slug).then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("no paragraphs found"));
        given().contentType("text/plain; charset=UTF-8").body("1. " + "x".repeat(1_000_001))
                .post("/api/v1/negotiations/{slug}/reports", slug).then().statusCode(413).contentType("application/problem+json");
        given().get("/api/v1/negotiations/{slug}/sources", slug).then().body("total", equalTo(1));
    }

    @Test
    void theSeedReportsMentionsAreEvidence() {
        long seedReading = given().get("/api/v1/negotiations/ahc-cybercrime/readings").then().extract().jsonPath().getLong("items[0].id");
        long article17 = given().get("/api/v1/readings/{id}/provisions?kind=ARTICLE&size=50", seedReading).then().extract().jsonPath()
                .getLong("items.find { it.eId == 'art_17' }.provisionId");
        given().get("/api/v1/provisions/{id}/evidence", article17).then().statusCode(200)
                .body("paragraphs.paragraph.number", hasItem(7))
                .body("paragraphs[0].mentions.text", containsInAnyOrder("article 17"));
    }
}
