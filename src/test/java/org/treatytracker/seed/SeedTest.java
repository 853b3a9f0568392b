package org.treatytracker.seed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatytracker.source.SourceDocument;
import org.treatytracker.text.QuoteMatcher;

/** The seed dataset, checked against what the Chair's report itself says. */
@QuarkusTest
class SeedTest {

    private static final Path REPORT = Path.of("seeds/chair-report-fifth-intersessional-consultation.md");

    @Inject
    SeedLoader loader;

    long reading;
    long source;

    @BeforeEach
    void seed() {
        reading = given().get("/api/v1/negotiations/ahc-cybercrime/readings").then().statusCode(200)
                .body("items[0].documentSymbol", equalTo("A/AC.291/22"))
                .extract().jsonPath().getLong("items[0].id");
        source = given().get("/api/v1/negotiations/ahc-cybercrime/sources").then().statusCode(200)
                .body("total", equalTo(1)).extract().jsonPath().getLong("items[0].id");
    }

    @Test
    void holdsTheReportsFifteenParagraphsWithAgendaItems() {
        JsonPath paragraphs = given().get("/api/v1/sources/{id}/paragraphs?size=50", source).then().statusCode(200)
                .body("total", equalTo(15)).extract().jsonPath();
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), paragraphs.getList("items.number"));
        assertEquals(List.of("2(a)", "2(b)", "2(c)", "2(d)", "2(e)", "2(f)", "2(g)", "2(h)"),
                List.of(5, 7, 8, 9, 10, 11, 12, 13).stream().map(n -> paragraphs.getString("items[" + (n - 1) + "].agendaItem")).toList());
        assertEquals("Criminalization", paragraphs.getString("items[6].agendaItemTitle"));
        assertTrue(paragraphs.getString("items[6].text").startsWith("Under agenda item 2(b), entitled “Criminalization”"));
    }

    @Test
    void keepsTheReportTextAndItsHash() throws IOException {
        String text = Files.readString(REPORT);
        given().get("/api/v1/sources/{id}", source).then().statusCode(200)
                .body("sha256", equalTo(SourceDocument.sha256(text)))
                .body("publishedOn", equalTo("2023-07-13"))
                .body("readingId", equalTo((int) reading));
    }

    @Test
    void holdsEveryProvisionTheReportNames() {
        given().get("/api/v1/readings/{id}/provisions?kind=ARTICLE&size=50", reading).then().statusCode(200)
                .body("items.number", contains("5", "13", "15", "17", "23", "24", "29", "30", "35", "36", "47"));
        given().get("/api/v1/readings/{id}/provisions?kind=PREAMBULAR_PARAGRAPH", reading).then()
                .body("items.eId", contains("preamble__para_1", "preamble__para_3"));
        given().get("/api/v1/readings/{id}/provisions?kind=CHAPTER", reading).then()
                .body("items.title", contains("General provisions", "Criminalization", "Procedural measures and law enforcement",
                        "International cooperation", "Preventive measures", "Technical assistance",
                        "Mechanism of implementation", "Final provisions"));
        given().get("/api/v1/readings/{id}/provisions?size=50", reading).then().body("total", equalTo(22))
                .body("items.find { it.eId == 'art_17' }.title", equalTo("Offences relating to other international treaties"))
                .body("items.find { it.eId == 'art_17' }.parent.eId", equalTo("chp_criminalization"));
    }

    @Test
    void holdsOnePositionPerDistinctPositionOfParagraphs5To12And14() {
        JsonPath positions = given().get("/api/v1/positions?source={id}&size=200", source).then().statusCode(200)
                .body("total", equalTo(52)).extract().jsonPath();
        Map<Integer, Integer> perParagraph = new TreeMap<>();
        for (Object number : positions.getList("items.citation.paragraphNumber")) {
            perParagraph.merge((Integer) number, 1, Integer::sum);
        }
        assertEquals(Map.of(5, 9, 6, 3, 7, 9, 8, 10, 9, 9, 10, 6, 11, 2, 12, 3, 14, 1), perParagraph);
    }

    @Test
    void everySeededQuoteIsVerbatimInItsParagraph() {
        JsonPath positions = given().get("/api/v1/positions?source={id}&size=200", source).then().extract().jsonPath();
        JsonPath paragraphs = given().get("/api/v1/sources/{id}/paragraphs?size=50", source).then().extract().jsonPath();
        for (int i = 0; i < 52; i++) {
            int number = positions.getInt("items[" + i + "].citation.paragraphNumber");
            String quote = positions.getString("items[" + i + "].quote");
            String text = paragraphs.getString("items[" + (number - 1) + "].text");
            assertTrue(QuoteMatcher.appearsIn(quote, text), () -> "quote not in paragraph " + number + ": " + quote);
        }
    }

    @Test
    void recordsArticle17AsTheReportDoes() {
        long article17 = given().get("/api/v1/readings/{id}/provisions?kind=ARTICLE&size=50", reading).then()
                .extract().jsonPath().getLong("items.find { it.eId == 'art_17' }.provisionId");
        given().get("/api/v1/provisions/{id}/summary", article17).then().statusCode(200)
                .body("positions", equalTo(4))
                .body("byStance.keySet()", containsInAnyOrder("CONCERN", "MAKE_OPTIONAL", "DELETE", "MOVE"))
                .body("unnamedGroups[0].quantifier", equalTo("SEVERAL"))
                .body("impersonal", equalTo(3))
                .body("citedParagraphs[0].paragraphNumber", equalTo(7));
    }

    @Test
    void holdsTheAttendanceOfParagraph3() {
        given().get("/api/v1/sources/{id}/attendance", source).then().statusCode(200)
                .body("count", contains(2, 7, 18, 31, 77))
                .body("paragraphNumber", contains(3, 3, 3, 3, 3))
                .body("[4].stakeholderKinds", contains("MEMBER_STATE", "OBSERVER_STATE"));
    }

    @Test
    void loadsNothingTwice() {
        assertFalse(loader.loadIfEmpty());
        given().get("/api/v1/negotiations/ahc-cybercrime/sources").then().body("total", equalTo(1));
    }
}
