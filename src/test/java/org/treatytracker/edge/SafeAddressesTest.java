package org.treatytracker.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Addresses that hold a NUL or another character a JSON body may not: refused with a 400 naming the parameter, on the
 * API and the site. The PostgreSQL suite is where this matters: there, each of these reached the database and failed
 * with a 500 (the CI's fuzz run found {@code /api/v1/changes.atom?negotiation=%00}).
 */
@QuarkusTest
class SafeAddressesTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void refusesANulInAQueryParameterNamingIt() {
        for (String feed : new String[] {"/api/v1/changes", "/api/v1/changes.atom"}) {
            given().urlEncodingEnabled(false).get(feed + "?negotiation=ahc%00cybercrime").then().statusCode(400)
                    .contentType(PROBLEM).body("errors[0].field", equalTo("negotiation"))
                    .body("detail", containsString("a NUL character (U+0000) at position 3"));
        }
    }

    @Test
    void refusesANulInThePath() {
        given().urlEncodingEnabled(false).get("/api/v1/negotiations/%00").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("path")).body("detail", containsString("NUL"));
    }

    @Test
    void refusesABidirectionalOverrideAndAControlCharacterToo() {
        given().urlEncodingEnabled(false).get("/api/v1/negotiations?sort=%E2%80%AEtitle").then().statusCode(400)
                .body("errors[0].field", equalTo("sort")).body("detail", containsString("bidirectional override"));
        given().urlEncodingEnabled(false).get("/api/v1/negotiations/ahc%07cybercrime").then().statusCode(400)
                .body("detail", containsString("a control character (U+0007)"));
    }

    @Test
    void showsTheRefusalAsAPageOnTheSite() {
        given().urlEncodingEnabled(false).accept("text/html").get("/negotiations/ahc%00cybercrime").then().statusCode(400)
                .contentType(startsWith("text/html")).body(containsString("NUL character"));
        given().urlEncodingEnabled(false).accept("text/html").get("/changes?negotiation=%00").then().statusCode(400)
                .contentType(startsWith("text/html"));
    }

    @Test
    void leavesOrdinaryTextAlone() {
        // Right-to-left text, accents and the plain direction marks are text like any other.
        given().queryParam("q", "مكافحة الجريمة \u200F é").get("/api/v1/search").then().statusCode(200);
        given().get("/api/v1/negotiations/ahc-cybercrime").then().statusCode(200);
    }
}
