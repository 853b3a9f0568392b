package org.treatytracker.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/** Pages, like the API's lists, cost a constant number of SQL statements, whatever they show. */
@QuarkusTest
class SiteQueryCountTest {

    @Inject
    SessionFactory sessionFactory;

    private long statementsFor(String path) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        // Made afresh, not taken from the response cache, whose hits run no Hibernate statement at all.
        given().accept("text/html").header("Cache-Control", "no-cache").get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    @Test
    void theProvisionPageDoesNotGrowWithItsPositions() {
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
            given().contentType(ContentType.JSON).body(body).post("/api/v1/positions").then().statusCode(201);
        }
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
        long fewStatements = statementsFor("/provisions/" + TestData.provisionIdOf(few));
        long manyStatements = statementsFor("/provisions/" + TestData.provisionIdOf(many));
        System.out.printf("SiteQueryCountTest: provision page %d statements with 1 position, %d with 24%n", fewStatements, manyStatements);
        assertEquals(fewStatements, manyStatements, "the provision page's statements grow with its positions");
        // 14: the positions on the provision and its paragraphs look up their version ids first (two statements), which
        // keeps PostgreSQL from planning the filter as a ninth joined relation (docs/postgresql.md).
        assertTrue(manyStatements <= 14, "the provision page runs " + manyStatements + " statements");
        long stakeholder = statementsFor("/stakeholders/" + state);
        System.out.printf("SiteQueryCountTest: stakeholder page %d statements%n", stakeholder);
        assertTrue(stakeholder <= 6, "the stakeholder page runs " + stakeholder + " statements for 9 positions");
    }

    @Test
    void theComparisonAndTheNegotiationPagesDoNotGrowWithTheDraft() {
        MadeUpAgreement agreement = MadeUpAgreement.create();
        // The seed's one reading compared with itself (22 provisions) against two readings of the made-up agreement.
        long seed = statementsFor("/negotiations/ahc-cybercrime/compare?from=1&to=1");
        long madeUp = statementsFor("/negotiations/" + agreement.slug() + "/compare");
        assertEquals(seed, madeUp, "the comparison page's statements grow with the draft");
        // The latest changes cost 4 (the change sets' numbers, the change sets, the kinds they touched, one union of those
        // kinds' audit rows), and one per kind to see which of the things they name are still there (at most 9).
        long negotiation = statementsFor("/negotiations/" + agreement.slug());
        assertTrue(negotiation <= 5 + 4 + 9, "the negotiation page runs " + negotiation + " statements");
        long report = statementsFor("/reports/" + agreement.source());
        long seedReport = statementsFor("/reports/" + SitePagesTest.SEED_REPORT);
        assertEquals(report, seedReport, "the report page's statements grow with its paragraphs and positions");
        System.out.printf("SiteQueryCountTest: comparison %d, negotiation %d, report %d statements%n", seed, negotiation, report);
        long reading = statementsFor("/readings/" + agreement.first());
        System.out.printf("SiteQueryCountTest: reading %d statements%n", reading);
        assertEquals(reading, statementsFor("/readings/1"), "the reading page's statements grow with the draft");
    }

    @Test
    void theEvidenceIndexTheCleanTextAndTheDigestDoNotGrowWithTheData() {
        MadeUpAgreement agreement = MadeUpAgreement.create();
        String slug = agreement.slug();
        long reports = statementsFor("/negotiations/" + slug + "/reports");
        long seedReports = statementsFor("/negotiations/ahc-cybercrime/reports");
        assertEquals(seedReports, reports, "the reports page's statements grow with the reports");
        long speakers = statementsFor("/negotiations/" + slug + "/stakeholders");
        assertEquals(statementsFor("/negotiations/ahc-cybercrime/stakeholders"), speakers, "the stakeholders page grows with the speakers");
        long text = statementsFor("/readings/" + agreement.first() + "/text");
        assertEquals(statementsFor("/readings/1/text"), text, "the clean text's statements grow with the draft");
        long changes = statementsFor("/changes?negotiation=" + slug);
        assertTrue(changes <= 4 + 5 + 9, "the changes of a negotiation run " + changes + " statements");
        long search = statementsFor("/search?q=France");
        assertTrue(search <= 8, "search with names runs " + search + " statements");
        System.out.printf("SiteQueryCountTest: reports %d, stakeholders %d, clean text %d, changes %d, search %d statements%n",
                reports, speakers, text, changes, search);
    }
}
