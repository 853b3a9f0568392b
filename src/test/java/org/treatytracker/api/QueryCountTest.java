package org.treatytracker.api;

import java.util.HashMap;
import java.util.Map;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/** List and summary endpoints cost a constant number of SQL statements, whatever the page size. */
@QuarkusTest
class QueryCountTest {

    @Inject
    SessionFactory sessionFactory;

    private long statementsFor(String path, Object... params) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        // Made afresh, not taken from the response cache, whose hits run no Hibernate statement at all.
        given().header("Cache-Control", "no-cache").get(path, params).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    /**
     * The statements of the fewer of two anonymous reads (a signed-in one also looks its user up): the statistics
     * are the whole server's, and a background job (the webhook dispatcher's poll) may run one during a read.
     */
    private long fewestStatementsFor(String path) {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            sessionFactory.getStatistics().clear();
            given().auth().none().header("Cache-Control", "no-cache").get(path).then().statusCode(200);
            fewest = Math.min(fewest, sessionFactory.getStatistics().getPrepareStatementCount());
        }
        return fewest;
    }

    private void assertConstant(String path) {
        long small = statementsFor(path + (path.contains("?") ? "&" : "?") + "size=1");
        long large = statementsFor(path + (path.contains("?") ? "&" : "?") + "size=200");
        // A page that is not full needs no count (PageRequest.total): a large page may run one statement fewer.
        assertTrue(large <= small, path + ": statements grow with the page size (" + small + " then " + large + ")");
        assertTrue(small <= 4, path + " runs " + small + " statements");
    }

    @Test
    void listsRunAConstantNumberOfStatements() {
        long source = given().get("/api/v1/negotiations/ahc-cybercrime/sources").then().extract().jsonPath().getLong("items[0].id");
        long reading = given().get("/api/v1/negotiations/ahc-cybercrime/readings").then().extract().jsonPath().getLong("items[0].id");
        assertConstant("/api/v1/positions");
        assertConstant("/api/v1/positions?source=" + source + "&stakeholderKind=MEMBER_STATE");
        assertConstant("/api/v1/readings/" + reading + "/provisions");
        assertConstant("/api/v1/sources/" + source + "/paragraphs");
        assertConstant("/api/v1/negotiations");
        assertConstant("/api/v1/negotiations/ahc-cybercrime/readings");
        assertConstant("/api/v1/negotiations/ahc-cybercrime/sources");
        assertConstant("/api/v1/stakeholders");
    }

    @Test
    void newerListsRunAConstantNumberOfStatements() {
        long source = given().get("/api/v1/negotiations/ahc-cybercrime/sources").then().extract().jsonPath().getLong("items[0].id");
        assertConstant("/api/v1/sources/" + source + "/suggestions");
        // The feed: the page, the kinds it touched, and one union of their audit rows, with the count kept from the
        // first read at this data revision (ChangeCounts); with a negotiation, its lookup, the page's numbers, the
        // page, the kinds and the union. (It was 10–12, then 4 and 6 with the count made on every read.)
        assertEquals(3, fewestStatementsFor("/api/v1/changes?size=200"));
        assertEquals(5, fewestStatementsFor("/api/v1/changes?size=200&negotiation=ahc-cybercrime"));
        assertEquals(statementsFor("/api/v1/changes?size=100"), statementsFor("/api/v1/changes?size=101"));
        assertConstant("/api/v1/provisions/9/positions");
        // A provision's positions at a reading: its versions there, the page, and the count only when the page is full
        // (it was 4: the provision, its versions, the page, the count).
        long reading = given().get("/api/v1/provisions/9/positions?size=1").then().extract().jsonPath().getLong("items[0].readingId");
        assertEquals(2, fewestStatementsFor("/api/v1/provisions/9/positions?size=200&reading=" + reading));
        assertEquals(3, fewestStatementsFor("/api/v1/provisions/9/positions?size=1&reading=" + reading));
    }

    @Test
    void summariesDoNotGrowWithThePositionsTheyCount() {
        TestData.asAdmin();
        String slug = TestData.newNegotiation();
        long reading = TestData.newReading(slug, 1);
        long few = TestData.newProvision(slug, reading, "ARTICLE", "1", "Few", null);
        long many = TestData.newProvision(slug, reading, "ARTICLE", "2", "Many", null);
        long paragraph = TestData.newParagraph(slug, reading);
        long state = TestData.newStakeholder("Counted State", "MEMBER_STATE", "FRA", false);
        for (int i = 0; i < 25; i++) {
            Map<String, Object> body = new HashMap<>(Map.of("provisionVersionId", i == 0 ? few : many,
                    "stance", i % 2 == 0 ? "SUPPORT" : "CONCERN", "paragraphId", paragraph));
            if (i % 3 == 0) {
                body.put("stakeholderId", state);
            } else {
                body.put("quantifier", "SEVERAL");
            }
            given().contentType(io.restassured.http.ContentType.JSON).body(body).post("/api/v1/positions").then().statusCode(201);
        }
        long fewStatements = statementsFor("/api/v1/provisions/{id}/summary", TestData.provisionIdOf(few));
        long manyStatements = statementsFor("/api/v1/provisions/{id}/summary", TestData.provisionIdOf(many));
        assertEquals(fewStatements, manyStatements, "the summary's statements grow with its positions");
        assertTrue(statementsFor("/api/v1/paragraphs/{id}/positions", paragraph) <= 3, "paragraph view with 25 positions");

        // A stakeholder's positions (its own, its groups', its members'), and an alignment over its 9 positions.
        long group = TestData.newStakeholder("Counted Group " + slug, "OTHER_NGO", null, true);
        given().contentType(io.restassured.http.ContentType.JSON).body(Map.of("stakeholderId", state, "onBehalfOfId", group,
                "provisionVersionId", few, "stance", "SUPPORT", "paragraphId", paragraph)).post("/api/v1/positions").then().statusCode(201);
        assertConstant("/api/v1/stakeholders/" + state + "/positions");
        assertConstant("/api/v1/stakeholders/" + group + "/positions");
        assertTrue(statementsFor("/api/v1/stakeholders/{id}/alignment?with={other}", state, group) <= 4, "alignment");
    }

    @Test
    void textViewsRunABoundedNumberOfStatements() {
        long reading = given().get("/api/v1/negotiations/ahc-cybercrime/readings").then().extract().jsonPath().getLong("items[0].id");
        assertTrue(statementsFor("/api/v1/readings/{id}/bracket-totals", reading) <= 4);
        assertTrue(statementsFor("/api/v1/negotiations/ahc-cybercrime/compare?from={r}&to={r}", reading, reading) <= 8);
        assertTrue(statementsFor("/api/v1/provisions/9/evidence") <= 4);
        assertTrue(statementsFor("/api/v1/provisions/9/history") <= 4);
    }

    @Test
    void summaryAndParagraphViewRunAFewStatements() {
        long reading = given().get("/api/v1/negotiations/ahc-cybercrime/readings").then().extract().jsonPath().getLong("items[0].id");
        long chapter = given().get("/api/v1/readings/{id}/provisions?kind=CHAPTER", reading).then().extract().jsonPath()
                .getLong("items[0].provisionId");
        long summary = statementsFor("/api/v1/provisions/{id}/summary", chapter);
        assertTrue(summary <= 2, "summary runs " + summary + " statements (its version, then its positions as rows)");
        long paragraph = given().get("/api/v1/positions?size=1").then().extract().jsonPath().getLong("items[0].citation.paragraphId");
        long view = statementsFor("/api/v1/paragraphs/{id}/positions", paragraph);
        assertTrue(view <= 3, "paragraph view runs " + view + " statements");
    }
}
