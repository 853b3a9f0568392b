package org.treatytracker.provision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/**
 * A whole article still in brackets, from the real heading of 2015-10-23-draft-agreement.md, line 385
 * ({@code ## [Article 3bis] *(REDD-plus)*}): the import, the version and the reading's totals record it.
 */
@QuarkusTest
class BracketedHeadingImportTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    @Test
    void aBracketedArticleHeadingIsRecordedOnTheVersionAndInTheTotals() {
        String draft = """
                ## Article 3 *(mitigation)*

                1. Parties aim to reach [a peaking of global greenhouse gas emissions].

                ## [Article 3bis] *(REDD-plus)*

                1. Parties should take action to implement and support the framework for REDD-plus.
                """;
        long reading = TestData.newReading(TestData.newNegotiation(), 1);
        given().contentType("text/markdown; charset=UTF-8").body(draft).post("/api/v1/readings/{id}/import", reading)
                .then().statusCode(201).body("bracketedHeadings", equalTo(1))
                .body("entries[1].eId", equalTo("art_3bis")).body("entries[1].bracketedHeading", equalTo(true))
                .body("entries[0].bracketedHeading", equalTo(false));
        given().get("/api/v1/readings/{id}/provisions?kind=ARTICLE", reading).then().statusCode(200)
                .body("items[1].brackets.bracketedHeadings", equalTo(1)).body("items[0].brackets.bracketedHeadings", equalTo(0));
        given().get("/api/v1/readings/{id}/bracket-totals", reading).then().statusCode(200)
                .body("total.bracketedHeadings", equalTo(1)).body("total.bracketSets", equalTo(1));
    }
}
