package org.treatytracker.position;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/** Position lists answer RFC 4180 CSV for Accept: text/csv, with the JSON list's filters, sort, paging and caching. */
@QuarkusTest
class PositionCsvTest {

    private static final String TRICKY_SUMMARY = "Said \"no\", then, on a new line:\nmaybe — près de 2 °C";

    String slug;
    long reading;
    long article;
    long paragraph;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void threePositions() {
        TestData.asAdmin();
        slug = TestData.newNegotiation();
        reading = TestData.newReading(slug, 1);
        article = TestData.newProvision(slug, reading, "ARTICLE", "9", "Illegal access", null);
        paragraph = TestData.newParagraph(slug, reading);
        create("CONCERN", "SEVERAL", TRICKY_SUMMARY, "cautioned against the broad   scope of article 9");
        create("SUPPORT", "ONE", null, null);
        create("CONCERN", "MANY", null, null);
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
    }

    private void create(String stance, String quantifier, String summary, String quote) {
        Map<String, Object> body = new HashMap<>();
        body.put("provisionVersionId", article);
        body.put("stance", stance);
        body.put("quantifier", quantifier);
        body.put("summary", summary);
        body.put("paragraphId", paragraph);
        body.put("quote", quote);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/positions").then().statusCode(201);
    }

    private static List<CSVRecord> parse(byte[] body) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(body, StandardCharsets.UTF_8))).getRecords();
    }

    @Test
    void answersCsvWithTheDocumentedColumnsAndRfc4180Quoting() throws IOException {
        var answer = given().accept("text/csv").get("/api/v1/positions?reading={r}&sort=id", reading).then().statusCode(200)
                .header("Content-Type", startsWith("text/csv; charset=UTF-8")).extract();
        byte[] body = answer.asByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        assertEquals(String.join(",", PositionCsv.COLUMNS) + "\r\n", text.substring(0, text.indexOf("\r\n") + 2), "header row, CRLF");
        List<CSVRecord> rows = parse(body);
        assertEquals(3, rows.size());
        CSVRecord first = rows.get(0);
        assertEquals(TRICKY_SUMMARY, first.get("summary"), "quotes, commas, line breaks and UTF-8 survive");
        assertEquals("CONCERN", first.get("stance"));
        assertEquals("SEVERAL", first.get("quantifier"));
        assertEquals("several speakers", first.get("speaker_words"));
        assertEquals("art_9", first.get("e_id"));
        assertEquals("PROVISION", first.get("level"));
        assertEquals("1", first.get("paragraph_number"));
        assertEquals("cautioned against the broad   scope of article 9", first.get("quote"));
        assertEquals("", rows.get(1).get("quote"), "an absent value is an empty field");
    }

    @Test
    void theColumnsDocumentedInTheOpenApiDocumentAreTheColumnsWritten() {
        assertEquals(String.join(", ", PositionCsv.COLUMNS), PositionResource.CSV_COLUMNS.substring(
                PositionResource.CSV_COLUMNS.indexOf("order: ") + 7));
    }

    @Test
    void keepsEveryFilterOfTheJsonList() throws IOException {
        long provision = TestData.provisionIdOf(article);
        List<CSVRecord> concerns = parse(given().accept("text/csv").get("/api/v1/positions?reading={r}&stance=CONCERN&sort=-quantifier",
                reading).then().statusCode(200).extract().asByteArray());
        assertEquals(List.of("MANY", "SEVERAL"), concerns.stream().map(r -> r.get("quantifier")).toList());
        List<CSVRecord> ofProvision = parse(given().accept("text/csv").get("/api/v1/provisions/{id}/positions?quantifier=ONE", provision)
                .then().statusCode(200).extract().asByteArray());
        assertEquals(1, ofProvision.size());
        assertEquals("SUPPORT", ofProvision.get(0).get("stance"));
    }

    @Test
    void thePageAskedForComesWithItsLinks() throws IOException {
        var answer = given().accept("text/csv").get("/api/v1/positions?reading={r}&size=1&page=1&sort=id", reading).then().statusCode(200).extract();
        assertEquals(1, parse(answer.asByteArray()).size());
        List<String> links = answer.headers().getList("Link").stream().map(Header::getValue).toList();
        org.hamcrest.MatcherAssert.assertThat(links, hasItem("</api/v1/positions?reading=" + reading + "&size=1&sort=id&page=2>; rel=\"next\""));
    }

    @Test
    void theJsonListLinksToItsCsvAndPlainClientsStillGetJson() {
        given().get("/api/v1/positions?reading={r}", reading).then().statusCode(200).contentType(ContentType.JSON)
                .header("Link", containsString("</api/v1/positions?reading=" + reading + ">; rel=\"alternate\"; type=\"text/csv\""));
        given().accept("application/json, text/csv;q=0.5").get("/api/v1/positions?reading={r}", reading).then().statusCode(200)
                .contentType(ContentType.JSON);
    }

    @Test
    void csvHasItsOwnETagAndAnswers304WithoutABody() {
        String path = "/api/v1/positions?reading=" + reading;
        String csvTag = given().accept("text/csv").get(path).then().statusCode(200).extract().header("ETag");
        String jsonTag = given().accept("application/json").get(path).then().statusCode(200).extract().header("ETag");
        assertNotEquals(jsonTag, csvTag, "the cache key includes Accept");
        given().accept("text/csv").header("If-None-Match", csvTag).get(path).then().statusCode(304).body(emptyString());
        TestData.asAdmin();
        create("DELETE", "SOME", null, null);
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
        given().accept("text/csv").header("If-None-Match", csvTag).get(path).then().statusCode(200);
    }

    @Test
    void aBadSortOrUnknownParameterIsAProblemNotAHalfWrittenCsv() {
        given().accept("text/csv").get("/api/v1/positions?sort=colour").then().statusCode(400)
                .contentType("application/problem+json");
        given().accept("text/csv").get("/api/v1/positions?format=csv").then().statusCode(400);
        given().accept("text/csv").get("/api/v1/provisions/999999/positions").then().statusCode(404);
    }
}
