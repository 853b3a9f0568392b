package org.treatytracker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/** Every kind of bad input gets its 4xx as an RFC 9457 problem, never a 500 or a stack trace. */
@QuarkusTest
class ErrorResponsesTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    private static void expectProblem(io.restassured.response.Response response, int status, String detailPart) {
        response.then().statusCode(status).contentType(PROBLEM)
                .body("status", equalTo(status))
                .body("title", not(equalTo(null)))
                .body("detail", containsString(detailPart))
                .body(not(containsString("Exception")))
                .body(not(containsString("at org.")));
    }

    @Test
    void malformedJsonIs400WithLineAndColumn() {
        expectProblem(given().contentType(ContentType.JSON).body("{\"slug\": ").post("/api/v1/negotiations"), 400, "line 1");
    }

    @Test
    void unknownEnumValueIs400NamingTheField() {
        given().contentType(ContentType.JSON).body("{\"stance\":\"LOVE\",\"paragraphId\":1}").post("/api/v1/positions")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("stance"))
                .body("detail", containsString("SUPPORT"));
    }

    @Test
    void wrongTypesAre400NamingTheField() {
        given().contentType(ContentType.JSON).body("{\"stance\":\"SUPPORT\",\"paragraphId\":\"seven\"}").post("/api/v1/positions")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("paragraphId"));
        given().contentType(ContentType.JSON).body("{\"slug\":\"a-b\",\"title\":12}").post("/api/v1/negotiations")
                .then().statusCode(400).body("errors[0].field", equalTo("title"));
        given().contentType(ContentType.JSON).body("{\"stance\":\"SUPPORT\",\"paragraphId\":1.5}").post("/api/v1/positions")
                .then().statusCode(400).body("errors[0].field", equalTo("paragraphId"));
    }

    @Test
    void unknownPropertyIs400() {
        given().contentType(ContentType.JSON).body("{\"slug\":\"a-b\",\"title\":\"t\",\"owner\":\"me\"}").post("/api/v1/negotiations")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("owner"));
    }

    @Test
    void missingBodyIs400() {
        expectProblem(given().contentType(ContentType.JSON).post("/api/v1/negotiations"), 400, "must not be null");
    }

    @Test
    void wrongContentTypeIs415() {
        expectProblem(given().contentType("text/plain; charset=UTF-8").body("slug=x").post("/api/v1/negotiations"), 415, "application/json");
    }

    @Test
    void aFormSentToTheApiIs415AndAnEmptyOneIsNoForm() {
        // The editor pages' CSRF filter checks every form-typed write; the API must answer as the API, with a problem.
        expectProblem(given().contentType(ContentType.URLENC).formParam("slug", "x").post("/api/v1/negotiations"), 415, "not forms");
        expectProblem(given().contentType("multipart/form-data; boundary=x").body("--x--\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/negotiations"), 415, "not forms");
        // An empty write labelled as a form (REST Assured's default) reaches the resource: here a 404 problem, not a bare 400.
        expectProblem(given().contentType(ContentType.URLENC).post("/api/v1/suggestions/999999/reject"), 404, "999999");
    }

    @Test
    void badQueryParametersAre400() {
        expectProblem(given().get("/api/v1/positions?stance=LOVE"), 400, "parameter");
        expectProblem(given().get("/api/v1/positions?page=abc"), 400, "parameter");
        expectProblem(given().get("/api/v1/positions?size=100000"), 400, "size");
        expectProblem(given().get("/api/v1/positions?sort=secret"), 400, "sortable fields are");
    }

    @Test
    void unknownQueryParameterIs400NamingItAndTheAllowedOnes() {
        expectProblem(given().get("/api/v1/positions?q=article"), 400, "unknown query parameter 'q'");
        given().get("/api/v1/positions?stanse=SUPPORT").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("stanse"))
                .body("detail", containsString("allowed: changedSince, page, paragraph, quantifier, reading, size, sort, source,"
                        + " stakeholder, stakeholderKind, stance"));
        expectProblem(given().get("/api/v1/stakeholder-kinds?format=csv"), 400, "takes no query parameters");
        expectProblem(given().get("/api/v1/negotiations/ahc-cybercrime?format=csv"), 400, "unknown query parameter 'format'");
    }

    @Test
    void changesFeedHasOneOrderAndRefusesSort() {
        expectProblem(given().get("/api/v1/changes?sort=nosuch"), 400, "unknown query parameter 'sort'");
        expectProblem(given().get("/api/v1/changes.atom?sort=-at"), 400, "allowed: negotiation, page, since, size");
        given().get("/api/v1/changes?size=1&page=0").then().statusCode(200);
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405() {
        expectProblem(given().get("/api/v1/nothing-here"), 404, "no resource");
        expectProblem(given().contentType(ContentType.JSON).body("{}").patch("/api/v1/negotiations"), 405, "not allowed");
    }

    @Test
    void oversizedBodyIs413() {
        String huge = "{\"slug\":\"a-b\",\"title\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        given().contentType(ContentType.JSON).body(huge).post("/api/v1/negotiations").then().statusCode(413);
    }

    @Test
    void overlongStringIs400NamingTheField() {
        given().contentType(ContentType.JSON).body("{\"slug\":\"a-b\",\"title\":\"" + "x".repeat(501) + "\"}")
                .post("/api/v1/negotiations").then().statusCode(400).body("errors[0].field", equalTo("title"));
    }
}
