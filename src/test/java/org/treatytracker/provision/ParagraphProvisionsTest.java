package org.treatytracker.provision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/**
 * Numbered paragraphs and lettered subparagraphs as provisions (issue 11, item 3), on a made-up two-reading
 * draft: their Akoma Ntoso names, their lineage across a renumbering, bracket totals counted once, a report
 * mention and a position on {@code art_4__para_3__subpara_b}, comparisons at that grain, and edits.
 */
@QuarkusTest
class ParagraphProvisionsTest {

    /** Made up for this test. */
    private static final String FIRST = """
            Article 4. Finance

            1. Parties shall cooperate on finance.

            2. Developed country Parties shall provide [new and additional] financial resources for:
            (a) mitigation;
            (b) adaptation, [including loss and damage][excluding loss and damage].

            Article 5. Review

            The Conference shall review this Agreement every [five] [ten] years.
            """;

    /** The second reading inserts a paragraph before the old paragraph 2, which becomes paragraph 3. */
    private static final String SECOND = """
            Article 4. Finance

            1. Parties shall cooperate on finance.

            2. Other Parties are encouraged to provide support voluntarily.

            3. Developed country Parties shall provide [new and additional] financial resources for:
            (a) mitigation;
            (b) adaptation, [including loss and damage][excluding loss and damage].

            Article 5. Review

            The Conference shall review this Agreement every five years.
            """;

    /** Made up for this test, in the style of a Chair's report. */
    private static final String REPORT = """
            # Made-up report of the second reading

            1. On article 4, paragraph 3 (b), one delegation supported the words “including loss and damage”.
            """;

    @BeforeAll
    static void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    private static JsonPath importDraft(long reading, String text) {
        return given().contentType("text/plain; charset=UTF-8").body(text).post("/api/v1/readings/{id}/import", reading)
                .then().statusCode(201).extract().jsonPath();
    }

    private static Map<String, Object> version(long reading, String eId) {
        return given().get("/api/v1/readings/{id}/provisions?size=100", reading).then().statusCode(200).extract().jsonPath()
                .getMap("items.find { it.eId == '" + eId + "' }");
    }

    @Test
    void paragraphsAreProvisionsThatPositionsMentionsAndComparisonsReach() {
        String slug = TestData.newNegotiation();
        long first = TestData.newReading(slug, 1);
        long second = TestData.newReading(slug, 2);

        JsonPath one = importDraft(first, FIRST);
        assertEquals(2, one.getInt("provisions"), "the figures count whole provisions");
        assertEquals(2, one.getInt("parts.paragraphs"));
        assertEquals(2, one.getInt("parts.subparagraphs"));
        assertEquals(3, one.getInt("bracketSets"), "each bracket counted once, in its article");
        List<String> eIds = given().get("/api/v1/readings/{id}/provisions?size=100", first).then().statusCode(200).extract()
                .jsonPath().getList("items.eId");
        assertEquals(List.of("art_4", "art_4__para_1", "art_4__para_2", "art_4__para_2__subpara_a", "art_4__para_2__subpara_b",
                "art_5"), eIds);
        Map<String, Object> subparagraph = version(first, "art_4__para_2__subpara_b");
        assertEquals("SUBPARAGRAPH", subparagraph.get("kind"));
        assertEquals(Boolean.TRUE, subparagraph.get("partOfParent"));
        assertEquals("adaptation, [including loss and damage][excluding loss and damage].", subparagraph.get("text"));
        assertEquals("art_4__para_2", ((Map<?, ?>) subparagraph.get("parent")).get("eId"));
        given().get("/api/v1/readings/{id}/bracket-totals", first).then().statusCode(200).body("total.bracketSets", equalTo(3));
        given().get("/api/v1/readings/{id}/provisions?parts=false", first).then().body("items.eId", equalTo(List.of("art_4", "art_5")));

        // Across readings: the old paragraph 2 is the new paragraph 3, its subparagraph (b) goes with it.
        JsonPath two = importDraft(second, SECOND);
        assertEquals(4, two.getInt("parts.matched"), "1, 2→3, (a), (b) matched; the new 2 is new");
        Map<String, Object> renumbered = version(second, "art_4__para_3");
        assertEquals("art_4__para_2", renumbered.get("wId"), "the paragraph keeps its identity through the renumbering");
        assertEquals("art_4__para_2__subpara_b", version(second, "art_4__para_3__subpara_b").get("wId"));
        assertEquals("art_4__para_2__2", version(second, "art_4__para_2").get("wId"), "a wId is never given twice");
        assertTrue(!version(second, "art_4__para_2").get("provisionId").equals(renumbered.get("provisionId")),
                "the inserted paragraph is a new provision");

        // A comparison lists whole provisions unless asked for paragraphs; the totals are the same either way.
        JsonPath whole = given().get("/api/v1/negotiations/{slug}/compare?from={a}&to={b}", slug, first, second).then().statusCode(200)
                .extract().jsonPath();
        JsonPath fine = given().get("/api/v1/negotiations/{slug}/compare?from={a}&to={b}&paragraphs=true", slug, first, second).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(2, whole.getList("provisions").size());
        assertEquals(whole.getMap("totals"), fine.getMap("totals"));
        assertEquals("RENUMBERED", fine.getString("provisions.find { it.wId == 'art_4__para_2' }.status"));
        assertEquals("ADDED", fine.getString("provisions.find { it.to?.eId == 'art_4__para_2' }.status"));
        // Its own letter stayed, but it is now cited as "paragraph 3 (b)": its name changed with its paragraph's.
        assertEquals("RENUMBERED", fine.getString("provisions.find { it.wId == 'art_4__para_2__subpara_b' }.status"));
        assertEquals("art_4__para_3__subpara_b", fine.getString("provisions.find { it.wId == 'art_4__para_2__subpara_b' }.to.eId"));

        // A report naming "article 4, paragraph 3 (b)" points at the subparagraph; its suggestion becomes a position there.
        long source = given().contentType("text/markdown; charset=UTF-8").body(REPORT)
                .post("/api/v1/negotiations/{slug}/reports", slug).then().statusCode(201).extract().jsonPath().getLong("source.id");
        List<String> mentioned = given().get("/api/v1/sources/{id}/mentions", source).then().statusCode(200).extract().jsonPath()
                .getList("eId");
        assertTrue(mentioned.contains("art_4__para_3__subpara_b"), mentioned.toString());
        JsonPath suggestions = given().get("/api/v1/sources/{id}/suggestions", source).then().statusCode(200).extract().jsonPath();
        assertEquals("art_4__para_3__subpara_b", suggestions.getString("items[0].target.eId"));
        assertEquals(0, suggestions.getInt("items[0].alternativeIndex"), "the quoted alternative of the subparagraph's own set");
        long position = given().contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/suggestions/{id}/accept", suggestions.getLong("items[0].id")).then().statusCode(200).extract()
                .jsonPath().getLong("positionId");
        long subVersion = ((Number) version(second, "art_4__para_3__subpara_b").get("id")).longValue();
        given().get("/api/v1/positions/{id}", position).then().statusCode(200)
                .body("target.provisionVersionId", equalTo((int) subVersion)).body("target.eId", equalTo("art_4__para_3__subpara_b"));
        given().get("/api/v1/provision-versions/{id}/brackets", subVersion).then().statusCode(200)
                .body("sets[0].alternatives[0].supporters.size()", equalTo(1));
        long articleProvision = ((Number) version(second, "art_4").get("provisionId")).longValue();
        given().get("/api/v1/provisions/{id}/positions", articleProvision).then().statusCode(200).body("total", equalTo(0));
        given().get("/api/v1/provisions/{id}/positions?paragraphs=true", articleProvision).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) position));

        // Edits: a paragraph's text is its article's; the article's new text carries its paragraphs along.
        Map<String, Object> article = version(second, "art_4");
        long articleVersion = ((Number) article.get("id")).longValue();
        given().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", TestData.etagOf("/api/v1/provision-versions/{id}", subVersion))
                .body(Map.of("text", "adaptation.")).patch("/api/v1/provision-versions/{id}", subVersion).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("edit art_4"));
        // Dropping subparagraph (b), on which a position was taken, is refused: the position would lose its provision.
        String edited = ((String) article.get("text")).replaceAll("\\(b\\) adaptation.*", "");
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", TestData.etagOf("/api/v1/provision-versions/{id}", articleVersion))
                .body(Map.of("text", edited)).patch("/api/v1/provision-versions/{id}", articleVersion).then().statusCode(409)
                .body("detail", containsString("art_4__para_3__subpara_b")).body("detail", containsString("1 positions"));
        assertEquals(subVersion, ((Number) version(second, "art_4__para_3__subpara_b").get("id")).longValue(),
                "a refused edit leaves every paragraph as it was");
        String kept = ((String) article.get("text")).replace("(a) mitigation;", "(a) mitigation, including forests;");
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", TestData.etagOf("/api/v1/provision-versions/{id}", articleVersion))
                .body(Map.of("text", kept)).patch("/api/v1/provision-versions/{id}", articleVersion).then().statusCode(200);
        assertEquals("mitigation, including forests;", version(second, "art_4__para_3__subpara_a").get("text"));
        assertEquals(subVersion, ((Number) version(second, "art_4__para_3__subpara_b").get("id")).longValue());

        // The article's page lists its paragraphs; the subparagraph's page says whose text it is part of.
        String page = given().get("/provisions/{id}?reading={r}", ((Number) article.get("provisionId")).longValue(), second)
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("Paragraphs (3)") && page.contains("art_4__para_3<"), "the article page lists its paragraphs");
        assertTrue(page.contains("Positions at this reading (1)") && page.contains("on <a href=\"/provisions/"), page);
        assertTrue(page.contains("Subparagraph (b) (art_4__para_3__subpara_b)"), "a position on a paragraph says which, on its article's page");
        // The short address answers 303 with the page's path.
        String shown = given().redirects().follow(false).get("/provision-versions/{id}", subVersion).then().statusCode(303)
                .extract().header("Location").replaceFirst("^https?://[^/]+", "");
        String subPage = given().get(shown).then().statusCode(200).extract().asString();
        assertTrue(subPage.contains("This text is part of"), "redirected to the subparagraph's page, which names its article");
        assertFalse(given().get("/readings/{id}", second).then().statusCode(200).extract().asString().contains("art_4__para_1\""),
                "the reading's outline lists whole provisions");
    }
}
