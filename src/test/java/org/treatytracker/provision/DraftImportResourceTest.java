package org.treatytracker.provision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/** Imports made-up drafts (test resources, modelled on real forms) and compares them. */
@QuarkusTest
class DraftImportResourceTest {

    String slug;
    long first;
    long second;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    @BeforeEach
    void readings() {
        slug = TestData.newNegotiation();
        first = TestData.newReading(slug, 1);
        second = TestData.newReading(slug, 2);
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = DraftImportResourceTest.class.getResourceAsStream("/drafts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private JsonPath importDraft(long reading, String fixture, int status) throws IOException {
        return given().contentType("text/markdown; charset=UTF-8").body(fixture(fixture))
                .post("/api/v1/readings/{id}/import", reading).then().statusCode(status).extract().jsonPath();
    }

    @Test
    void importsADraftAndReportsWhatItFound() throws IOException {
        JsonPath report = importDraft(first, "made-up-reading-1.md", 201);
        // preamble, two recitals, two chapters, four articles and the draft's annex (annex_1, read since decisions)
        assertEquals(10, report.getInt("provisions"));
        assertEquals(4, report.getInt("articles"));
        assertEquals(10, report.getInt("created"));
        assertEquals(4, report.getInt("bracketSets"));
        assertEquals(6, report.getInt("alternatives"));
        given().get("/api/v1/readings/{id}/provisions?kind=ARTICLE", first).then()
                .body("items.eId", contains("art_1", "art_2", "art_3", "art_4"))
                .body("items[2].parent.eId", equalTo("chp_2"))
                .body("items[2].brackets.bracketSets", equalTo(1))
                .body("items[2].brackets.alternatives", equalTo(2));
    }

    @Test
    void dropsTheNulsAndControlCharactersNoReaderSees() throws IOException {
        // A NUL (a PDF's unmapped glyph) and a form feed (a page break): PostgreSQL cannot store the first, so it once failed the import.
        String text = fixture("made-up-reading-1.md").replace("promote cooperation", "promote co\u0000operation")
                .replace("## Chapter II", "\f## Chapter II");
        JsonPath report = given().contentType("text/markdown; charset=UTF-8").body(text).post("/api/v1/readings/{id}/import", first)
                .then().statusCode(201).extract().jsonPath();
        assertEquals(10, report.getInt("provisions"));
        given().get("/api/v1/readings/{id}/provisions?kind=ARTICLE", first).then().statusCode(200)
                .body("items.find { it.eId == 'art_1' }.text", containsString("to promote cooperation among States Parties"));
    }

    private static void assertEquals(int expected, int actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
    }

    @Test
    void comparesTwoReadingsWithOneRenumberingAndOneResolvedSet() throws IOException {
        importDraft(first, "made-up-reading-1.md", 201);
        JsonPath report = importDraft(second, "made-up-reading-2.md", 201);
        assertEquals(1, report.getInt("renumbered"));
        assertEquals(1, report.getInt("created"));
        org.junit.jupiter.api.Assertions.assertEquals("art_4",
                report.getString("entries.find { it.eId == 'art_5' }.previousEId"));

        JsonPath comparison = given().get("/api/v1/negotiations/{slug}/compare?from={a}&to={b}", slug, first, second)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, comparison.getInt("totals.added"));
        assertEquals(0, comparison.getInt("totals.removed"));
        assertEquals(1, comparison.getInt("totals.renumbered"));
        assertEquals(1, comparison.getInt("totals.changed"));
        assertEquals(1, comparison.getInt("totals.setsResolved"));
        assertEquals(0, comparison.getInt("totals.setsDropped"));
        assertEquals(0, comparison.getInt("totals.setsOpened"));
        assertEquals(4, comparison.getInt("totals.bracketSetsBefore"));
        assertEquals(3, comparison.getInt("totals.bracketSetsAfter"));

        String renumbered = "provisions.find { it.status == 'RENUMBERED' }";
        org.junit.jupiter.api.Assertions.assertEquals("art_4", comparison.getString(renumbered + ".from.eId"));
        org.junit.jupiter.api.Assertions.assertEquals("art_5", comparison.getString(renumbered + ".to.eId"));
        org.junit.jupiter.api.Assertions.assertEquals("Preservation of data", comparison.getString(renumbered + ".to.title"));
        String changed = "provisions.find { it.status == 'CHANGED' }";
        org.junit.jupiter.api.Assertions.assertEquals("art_3", comparison.getString(changed + ".to.eId"));
        org.junit.jupiter.api.Assertions.assertEquals(0, comparison.getInt(changed + ".brackets.resolved[0].resolvedTo"));
        org.junit.jupiter.api.Assertions.assertEquals("computer data", comparison.getString(changed + ".brackets.resolved[0].resolvedText"));
        org.junit.jupiter.api.Assertions.assertEquals("DELETE", comparison.getString(changed + ".diff[1].op"));
        org.junit.jupiter.api.Assertions.assertEquals("ADDED", comparison.getString("provisions.find { it.to.eId == 'art_4' }.status"));
        org.junit.jupiter.api.Assertions.assertEquals(8, comparison.getList("provisions.findAll { it.status == 'UNCHANGED' }").size());
        org.junit.jupiter.api.Assertions.assertEquals("chp_2", comparison.getString("chapters[2].eId"));
        assertEquals(1, comparison.getInt("chapters[2].totals.setsResolved"));
    }

    @Test
    void followsAProvisionThroughItsHistory() throws IOException {
        importDraft(first, "made-up-reading-1.md", 201);
        importDraft(second, "made-up-reading-2.md", 201);
        long provision = given().get("/api/v1/readings/{id}/provisions?kind=ARTICLE", second).then().extract().jsonPath()
                .getLong("items.find { it.eId == 'art_5' }.provisionId");
        given().get("/api/v1/provisions/{id}/history", provision).then().statusCode(200)
                .body("version.eId", contains("art_4", "art_5"))
                .body("[0].fromPrevious", nullValue())
                .body("[1].fromPrevious.status", equalTo("RENUMBERED"));
    }

    @Test
    void reimportingTheSameTextChangesNothing() throws IOException {
        importDraft(first, "made-up-reading-1.md", 201);
        JsonPath again = importDraft(first, "made-up-reading-1.md", 200);
        org.junit.jupiter.api.Assertions.assertTrue(again.getBoolean("unchanged"));
        given().get("/api/v1/readings/{id}/provisions?parts=false", first).then().body("total", equalTo(10));
        int withParagraphs = given().get("/api/v1/readings/{id}/provisions", first).then().extract().path("total");
        org.junit.jupiter.api.Assertions.assertTrue(withParagraphs > 10, "the articles' numbered paragraphs are provisions too");
        given().contentType("text/markdown; charset=UTF-8").body(fixture("made-up-reading-2.md"))
                .post("/api/v1/readings/{id}/import", first).then().statusCode(409);
        given().get("/api/v1/readings/{id}/provisions?parts=false", first).then().body("total", equalTo(10));
        given().get("/api/v1/readings/{id}/provisions", first).then().body("total", equalTo(withParagraphs));
    }

    @Test
    void refusesATextWithoutArticlesAndCreatesNothing() {
        given().contentType("text/plain; charset=UTF-8").body("A note with no article headings.\n\nIt mentions article 4 in passing.")
                .post("/api/v1/readings/{id}/import", first).then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("no article heading"));
        given().get("/api/v1/readings/{id}/provisions", first).then().body("total", equalTo(0));
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/readings/{id}/import", first).then().statusCode(415);
    }

    @Test
    void keepsStrayBracketsOfAnOfficialTextWithLineAndColumn() {
        String draft = "Article 1. Purpose\n\n1. Parties [shall] act] now.\n";
        given().contentType("text/plain; charset=UTF-8").body(draft).post("/api/v1/readings/{id}/import", first).then().statusCode(201)
                .body("warnings", hasSize(1)).body("warnings[0].line", equalTo(3)).body("warnings[0].column", equalTo(23))
                .body("bracketSets", equalTo(1));
    }

    @Test
    void refusesUnbalancedBracketsInAnEditWithTheOffset() {
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "ARTICLE", "version", Map.of("readingId", first, "number", "1", "text", "Parties [shall act.")))
                .post("/api/v1/negotiations/{slug}/provisions", slug).then().statusCode(422)
                .body("errors[0].field", equalTo("text")).body("detail", containsString("offset 8"));
    }

    @Test
    void rendersSearchesAndTotalsBrackets() throws IOException {
        importDraft(first, "made-up-reading-1.md", 201);
        long article3 = given().get("/api/v1/readings/{id}/provisions?kind=ARTICLE", first).then().extract().jsonPath()
                .getLong("items.find { it.eId == 'art_3' }.id");
        String path = "/api/v1/provision-versions/{id}/brackets";
        given().get(path, article3).then().statusCode(200)
                .body("counts.bracketSets", equalTo(1))
                .body("sets[0].alternatives.text", contains("computer data", "digital information"))
                .body("text", containsString("[computer data] [digital information]"));
        given().get(path + "?render=FIRST_ALTERNATIVES", article3).then().body("text", containsString("access to computer data without"));
        given().get(path + "?render=CHOSEN&choose=0:1", article3).then().body("text", containsString("access to digital information without"));
        given().get(path + "?render=CHOSEN&choose=0:7", article3).then().statusCode(400).body("errors[0].field", equalTo("choose"));

        given().get("/api/v1/readings/{id}/brackets?contains=Digital   Information", first).then().statusCode(200)
                .body("eId", contains("art_3")).body("[0].set.index", equalTo(0));
        given().get("/api/v1/readings/{id}/brackets", first).then().statusCode(400);

        given().get("/api/v1/readings/{id}/bracket-totals", first).then().statusCode(200)
                .body("total.bracketSets", equalTo(4)).body("total.alternatives", equalTo(6))
                .body("chapters.eId", contains("preamble", "chp_1", "chp_2", "annex_1"))
                .body("chapters[2].counts.bracketSets", equalTo(3));
    }

    @Test
    void letsAnEditorCorrectAMatch() throws IOException {
        importDraft(first, "made-up-reading-1.md", 201);
        importDraft(second, "made-up-reading-2.md", 201);
        JsonPath secondDraft = given().get("/api/v1/readings/{id}/provisions?kind=ARTICLE", second).then().extract().jsonPath();
        long newArticle4 = secondDraft.getLong("items.find { it.eId == 'art_4' }.id");
        long oldArticle3 = given().get("/api/v1/readings/{id}/provisions?kind=ARTICLE", first).then().extract().jsonPath()
                .getLong("items.find { it.eId == 'art_3' }.provisionId");
        // art_3 already has a version at the second reading: that correction is refused.
        given().contentType(ContentType.JSON).body(Map.of("provisionId", oldArticle3))
                .post("/api/v1/provision-versions/{id}/relink", newArticle4).then().statusCode(409);
        long chapter = given().get("/api/v1/readings/{id}/provisions?kind=CHAPTER", first).then().extract().jsonPath()
                .getLong("items[0].provisionId");
        given().contentType(ContentType.JSON).body(Map.of("provisionId", chapter))
                .post("/api/v1/provision-versions/{id}/relink", newArticle4).then().statusCode(422);
        long removedLater = TestData.provisionIdOf(TestData.newProvision(slug, first, "ARTICLE", "99", "Dropped later", null));
        given().contentType(ContentType.JSON).body(Map.of("provisionId", removedLater))
                .post("/api/v1/provision-versions/{id}/relink", newArticle4).then().statusCode(200)
                .body("provisionId", equalTo((int) removedLater)).body("eId", equalTo("art_4"));
        given().get("/api/v1/provisions/{id}", removedLater).then().body("versions.eId", contains("art_99", "art_4"));
    }
}
