package org.treatytracker.source;

import java.util.HashMap;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasLength;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

@QuarkusTest
class SourceResourceTest {

    String slug;
    long reading;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    @BeforeEach
    void negotiation() {
        slug = TestData.newNegotiation();
        reading = TestData.newReading(slug, 1);
    }

    private Map<String, Object> report(String text, List<Map<String, Object>> paragraphs) {
        return Map.of("kind", "SUMMARY", "title", "Made-up summary", "symbol", "T/1", "publishedOn", "2023-07-13",
                "readingId", reading, "text", text, "paragraphs", paragraphs);
    }

    @Test
    void refusesAUrlThatIsNotAbsoluteHttp() {
        for (String url : List.of("javascript:alert(7)", "JavaScript:alert(7)", "data:text/html,<b>x</b>", "file:///etc/passwd",
                "/relative/path", "http://", "https:// spaced.example.org", "vbscript:msgbox(1)")) {
            Map<String, Object> body = new HashMap<>(report("Text with url " + url, List.of()));
            body.put("url", url);
            given().contentType(ContentType.JSON).body(body).post("/api/v1/negotiations/{slug}/sources", slug).then()
                    .statusCode(422).body("errors[0].field", equalTo("url"));
        }
        Map<String, Object> body = new HashMap<>(report("Text with a good url", List.of()));
        body.put("url", "https://www.unodc.org/a/b?c=d");
        long id = given().contentType(ContentType.JSON).body(body).post("/api/v1/negotiations/{slug}/sources", slug).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        given().get("/reports/{id}", id).then().statusCode(200).body(containsString("href=\"https://www.unodc.org/a/b?c=d\""));
        String etag = TestData.etagOf("/api/v1/sources/{id}", id);
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("kind", "SUMMARY", "title", "Made-up summary", "url", "javascript:alert(7)"))
                .put("/api/v1/sources/{id}", id).then().statusCode(422).body("errors[0].field", equalTo("url"));
    }

    @Test
    void storesASourceWithItsParagraphsAndHash() {
        long id = given().contentType(ContentType.JSON)
                .body(report("1. First.\n2. Second.", List.of(Map.of("number", 1, "text", "First."),
                        Map.of("number", 2, "agendaItem", "3", "agendaItemTitle", "Any other business", "text", "Second."))))
                .post("/api/v1/negotiations/{slug}/sources", slug).then().statusCode(201)
                .body("sha256", hasLength(64)).extract().jsonPath().getLong("id");
        given().get("/api/v1/sources/{id}/paragraphs", id).then().statusCode(200)
                .body("total", equalTo(2)).body("items[1].agendaItem", equalTo("3"));
        given().get("/api/v1/negotiations/{slug}/sources", slug).then().statusCode(200)
                .body("items[0].id", equalTo((int) id)).body("items[0].text", nullValue());
    }

    @Test
    void refusesTheSameTextTwice() {
        given().contentType(ContentType.JSON).body(report("Same text.", List.of()))
                .post("/api/v1/negotiations/{slug}/sources", slug).then().statusCode(201);
        given().contentType(ContentType.JSON).body(report("Same text.", List.of()))
                .post("/api/v1/negotiations/{slug}/sources", slug).then().statusCode(409);
    }

    @Test
    void storesNothingWhenAParagraphIsGivenTwice() {
        given().contentType(ContentType.JSON)
                .body(report("Twice.", List.of(Map.of("number", 1, "text", "a"), Map.of("number", 1, "text", "b"))))
                .post("/api/v1/negotiations/{slug}/sources", slug).then().statusCode(422)
                .body("errors[0].field", equalTo("paragraphs[1].number"));
        given().get("/api/v1/negotiations/{slug}/sources", slug).then().body("total", equalTo(0));
    }

    @Test
    void guardsCitedParagraphs() {
        long paragraph = TestData.newParagraph(slug, reading);
        given().contentType(ContentType.JSON)
                .body(Map.of("readingId", reading, "stance", "CONCERN", "quantifier", "SEVERAL", "paragraphId", paragraph,
                        "quote", "cautioned against the broad scope"))
                .post("/api/v1/positions").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("number", 1, "text", "A rewritten paragraph."))
                .header("If-Match", TestData.etagOf("/api/v1/paragraphs/{id}", paragraph)).put("/api/v1/paragraphs/{id}", paragraph).then().statusCode(409)
                .body("detail", containsString("cautioned against the broad scope"));
        given().contentType(ContentType.JSON)
                .body(Map.of("number", 1, "agendaItem", "2(c)", "text", TestData.MADE_UP_PARAGRAPH + " Added sentence."))
                .header("If-Match", TestData.etagOf("/api/v1/paragraphs/{id}", paragraph)).put("/api/v1/paragraphs/{id}", paragraph).then().statusCode(200).body("agendaItem", equalTo("2(c)"));
        given().header("If-Match", TestData.etagOf("/api/v1/paragraphs/{id}", paragraph)).delete("/api/v1/paragraphs/{id}", paragraph).then().statusCode(409);
        long source = given().get("/api/v1/paragraphs/{id}", paragraph).then().extract().jsonPath().getLong("sourceDocumentId");
        given().header("If-Match", TestData.etagOf("/api/v1/sources/{id}", source)).delete("/api/v1/sources/{id}", source).then().statusCode(409);
    }

    @Test
    void addsAndDeletesAParagraphAndTheSource() {
        long source = given().contentType(ContentType.JSON).body(report("Bare text.", List.of()))
                .post("/api/v1/negotiations/{slug}/sources", slug).then().statusCode(201).extract().jsonPath().getLong("id");
        long paragraph = given().contentType(ContentType.JSON).body(Map.of("number", 4, "text", "Added."))
                .post("/api/v1/sources/{id}/paragraphs", source).then().statusCode(201).extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON).body(Map.of("number", 4, "text", "Again."))
                .post("/api/v1/sources/{id}/paragraphs", source).then().statusCode(409);
        given().header("If-Match", TestData.etagOf("/api/v1/paragraphs/{id}", paragraph)).delete("/api/v1/paragraphs/{id}", paragraph).then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("number", 5, "text", "Another."))
                .post("/api/v1/sources/{id}/paragraphs", source).then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "SUBMISSION", "title", "Renamed", "readingId", reading))
                .header("If-Match", TestData.etagOf("/api/v1/sources/{id}", source)).put("/api/v1/sources/{id}", source).then().statusCode(200).body("title", equalTo("Renamed"));
        given().header("If-Match", TestData.etagOf("/api/v1/sources/{id}", source)).delete("/api/v1/sources/{id}", source).then().statusCode(204);
        given().get("/api/v1/sources/{id}", source).then().statusCode(404);
    }
}
