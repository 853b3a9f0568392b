package org.treatytracker.provision;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;
import org.treatytracker.text.ParsedDrafts;

/**
 * Each provision text is parsed once: as it is written (import or edit); then no read of the provision's page, its
 * history, the comparison of its readings or its JSON parses it again, even made afresh (no response cache).
 */
@QuarkusTest
class ParseOnceTest {

    private static final String OCTOBER = "## Article 1\n\n1. Parties [shall][should] act.\n\n2. Each Party [may] report.\n\n"
            + "## Article 2\n\n[Option 1: finance][Option 2: no text]\n";
    private static final String DECEMBER = "## Article 1\n\n1. Parties shall act.\n\n2. Each Party [may][shall] report [regularly].\n\n"
            + "## Article 2\n\nfinance [agreed ad ref]\n";

    @BeforeAll
    static void authenticate() {
        TestData.asAdmin();
    }

    @Test
    void readsParseNoTextAgain() {
        String slug = TestData.newNegotiation();
        long from = TestData.newReading(slug, 1);
        long to = TestData.newReading(slug, 2);
        given().contentType("text/markdown; charset=UTF-8").body(OCTOBER).post("/api/v1/readings/{id}/import", from).then().statusCode(201);
        long parsesBefore = ParsedDrafts.shared().parses();
        given().contentType("text/markdown; charset=UTF-8").body(DECEMBER).post("/api/v1/readings/{id}/import", to).then().statusCode(201);
        assertTrue(ParsedDrafts.shared().parses() > parsesBefore, "the import parses the new texts as it writes them");
        long article = given().get("/api/v1/readings/{id}/provisions", to).then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.eId == 'art_1' }.provisionId");

        long written = ParsedDrafts.shared().parses();
        for (int i = 0; i < 2; i++) {
            given().header("Cache-Control", "no-cache").get("/provisions/{id}?reading={r}", article, to).then().statusCode(200);
            given().header("Cache-Control", "no-cache").get("/api/v1/provisions/{id}", article).then().statusCode(200);
            given().header("Cache-Control", "no-cache").get("/api/v1/provisions/{id}/history", article).then().statusCode(200);
            given().header("Cache-Control", "no-cache").get("/negotiations/{s}/compare?from={a}&to={b}", slug, from, to).then().statusCode(200);
            given().header("Cache-Control", "no-cache").get("/api/v1/negotiations/{s}/compare?from={a}&to={b}", slug, from, to)
                    .then().statusCode(200);
        }
        assertEquals(written, ParsedDrafts.shared().parses(), "a read parsed a text that was parsed when it was written");
    }
}
