package org.treatytracker.provision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/** A reading's provisions and a comparison of two readings answer CSV for Accept: text/csv. */
@QuarkusTest
class ProvisionCsvTest {

    private static final String FIRST = "Each State Party [shall] [should] adopt [legislative] measures.";
    private static final String SECOND = "Each State Party shall adopt [legislative] measures.";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static List<CSVRecord> csv(String path, Object... params) throws IOException {
        byte[] body = given().accept("text/csv").get(path, params).then().statusCode(200)
                .header("Content-Type", containsString("text/csv")).extract().asByteArray();
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(body, StandardCharsets.UTF_8))).getRecords();
    }

    private static long article(String slug, long reading, String text) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("kind", "ARTICLE", "wId", "art_1", "version", Map.of("readingId", reading, "number", "1",
                        "title", "Measures, \"national\"", "text", text)))
                .post("/api/v1/negotiations/{slug}/provisions", slug).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aReadingsProvisionsWithTheirBracketCountsAndAComparison() throws IOException {
        TestData.asAdmin();
        String slug = TestData.newNegotiation();
        long first = TestData.newReading(slug, 1);
        long second = TestData.newReading(slug, 2);
        long v1 = article(slug, first, FIRST);
        long provision = TestData.provisionIdOf(v1);
        given().contentType(ContentType.JSON).body(Map.of("readingId", second, "number", "1", "title", "Measures", "text", SECOND))
                .post("/api/v1/provisions/{id}/versions", provision).then().statusCode(201);
        TestData.newProvision(slug, first, "ARTICLE", "2", "Scope", null);
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;

        List<CSVRecord> provisions = csv("/api/v1/readings/{id}/provisions", first);
        assertEquals(2, provisions.size());
        CSVRecord art1 = provisions.get(0);
        assertEquals(ProvisionCsv.COLUMNS, art1.getParser().getHeaderNames());
        assertEquals("art_1", art1.get("e_id"));
        assertEquals("Measures, \"national\"", art1.get("title"));
        assertEquals("2", art1.get("bracket_sets"), "[shall] [should] is one set, [legislative] another");
        assertEquals("3", art1.get("alternatives"));
        assertEquals(FIRST, art1.get("text"));
        // the JSON list counts the same
        given().get("/api/v1/readings/{id}/provisions", first).then().statusCode(200)
                .header("Link", containsString("rel=\"alternate\"; type=\"text/csv\""));
        assertEquals(2, given().get("/api/v1/readings/{id}/provisions", first).jsonPath().getInt("items[0].brackets.bracketSets"));
        assertEquals(1, csv("/api/v1/readings/{id}/provisions?size=1", first).size(), "a page when size is given");
        assertEquals(0, csv("/api/v1/readings/{id}/provisions?kind=CHAPTER", first).size(), "the kind filter holds");

        List<CSVRecord> comparison = csv("/api/v1/negotiations/{slug}/compare?from={a}&to={b}", slug, first, second);
        CSVRecord changed = comparison.stream().filter(r -> r.get("w_id").equals("art_1")).findFirst().orElseThrow();
        assertEquals("CHANGED", changed.get("status"));
        assertEquals("2", changed.get("bracket_sets_before"));
        assertEquals("1", changed.get("bracket_sets_after"));
        assertEquals("1", changed.get("sets_resolved"));
        CSVRecord removed = comparison.stream().filter(r -> r.get("status").equals("REMOVED")).findFirst().orElseThrow();
        assertEquals("", removed.get("to_e_id"));
        assertEquals(org.treatytracker.compare.ComparisonCsv.COLUMNS, comparison.get(0).getParser().getHeaderNames());
    }

    @Test
    void anUnknownReadingIsA404Problem() {
        given().accept("text/csv").get("/api/v1/readings/999999/provisions").then().statusCode(404)
                .contentType("application/problem+json");
        given().accept("text/csv").get("/api/v1/negotiations/no-such/compare?from=1&to=2").then().statusCode(404);
    }
}
