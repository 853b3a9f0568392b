package org.treatytracker.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** List and summary endpoints cost a constant number of SQL statements, whatever the page size. */
@QuarkusTest
class QueryCountTest {

    @Inject
    SessionFactory sessionFactory;

    private long statementsFor(String path, Object... params) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().get(path, params).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    private void assertConstant(String path) {
        long small = statementsFor(path + (path.contains("?") ? "&" : "?") + "size=1");
        long large = statementsFor(path + (path.contains("?") ? "&" : "?") + "size=200");
        assertEquals(small, large, path + ": statements grow with the page size");
        assertTrue(large <= 4, path + " runs " + large + " statements");
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
    void summaryAndParagraphViewRunAFewStatements() {
        long reading = given().get("/api/v1/negotiations/ahc-cybercrime/readings").then().extract().jsonPath().getLong("items[0].id");
        long chapter = given().get("/api/v1/readings/{id}/provisions?kind=CHAPTER", reading).then().extract().jsonPath()
                .getLong("items[0].provisionId");
        long summary = statementsFor("/api/v1/provisions/{id}/summary", chapter);
        assertTrue(summary <= 4, "summary runs " + summary + " statements");
        long paragraph = given().get("/api/v1/positions?size=1").then().extract().jsonPath().getLong("items[0].citation.paragraphId");
        long view = statementsFor("/api/v1/paragraphs/{id}/positions", paragraph);
        assertTrue(view <= 3, "paragraph view runs " + view + " statements");
    }
}
