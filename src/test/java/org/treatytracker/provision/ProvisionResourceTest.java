package org.treatytracker.provision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

@QuarkusTest
class ProvisionResourceTest {

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

    @Test
    void createsAnArticleInAChapterWithAkomaNtosoIds() {
        long chapter = TestData.newProvision(slug, reading, "CHAPTER", "2", "Criminalization", null);
        long article = TestData.newProvision(slug, reading, "ARTICLE", "9", "Illegal access", chapter);
        given().get("/api/v1/provision-versions/{id}", article).then().statusCode(200)
                .body("eId", equalTo("art_9")).body("wId", equalTo("art_9"))
                .body("parent.eId", equalTo("chp_2")).body("kind", equalTo("ARTICLE"));
        long paragraph = TestData.newProvision(slug, reading, "PARAGRAPH", "2", null, article);
        given().get("/api/v1/provision-versions/{id}", paragraph).then().body("eId", equalTo("art_9__para_2"));
    }

    @Test
    void listsTheDraftOfAReadingInOrderAndByKind() {
        long chapter = TestData.newProvision(slug, reading, "CHAPTER", "1", "General provisions", null);
        TestData.newProvision(slug, reading, "ARTICLE", "1", "Purpose", chapter);
        TestData.newProvision(slug, reading, "ARTICLE", "2", "Use of terms", chapter);
        given().get("/api/v1/readings/{id}/provisions", reading).then().statusCode(200)
                .body("total", equalTo(3)).body("items.eId", contains("chp_1", "art_1", "art_2"));
        given().get("/api/v1/readings/{id}/provisions?kind=ARTICLE&sort=-number", reading).then().statusCode(200)
                .body("items.eId", contains("art_2", "art_1"));
    }

    @Test
    void keepsTheProvisionAcrossReadingsWhenRenumbered() {
        long first = TestData.newProvision(slug, reading, "ARTICLE", "4", "Offences", null);
        long provision = TestData.provisionIdOf(first);
        long second = TestData.newReading(slug, 2);
        given().contentType(ContentType.JSON).body(Map.of("readingId", second, "number", "5", "title", "Offences"))
                .post("/api/v1/provisions/{id}/versions", provision).then().statusCode(201).body("eId", equalTo("art_5"));
        given().get("/api/v1/provisions/{id}", provision).then().statusCode(200)
                .body("wId", equalTo("art_4")).body("versions.eId", contains("art_4", "art_5"));
        given().contentType(ContentType.JSON).body(Map.of("readingId", second, "number", "6"))
                .post("/api/v1/provisions/{id}/versions", provision).then().statusCode(409);
    }

    @Test
    void updatesAVersionAndRefusesAnEIdThatIsTaken() {
        long one = TestData.newProvision(slug, reading, "ARTICLE", "1", "Purpose", null);
        TestData.newProvision(slug, reading, "ARTICLE", "2", "Scope", null);
        String etag = TestData.etagOf("/api/v1/provision-versions/{id}", one);
        Map<String, Object> body = new HashMap<>(Map.of("readingId", reading, "number", "1", "title", "Statement of purpose",
                "text", "The purposes of this Convention are …"));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .put("/api/v1/provision-versions/{id}", one).then().statusCode(200)
                .body("title", equalTo("Statement of purpose")).body("version", equalTo(1));
        body.put("number", "2");
        given().contentType(ContentType.JSON).body(body).header("If-Match", TestData.etagOf("/api/v1/provision-versions/{id}", one)).put("/api/v1/provision-versions/{id}", one)
                .then().statusCode(409).body("detail", containsString("art_2"));
    }

    @Test
    void refusesUnknownReadingAndForeignParent() {
        given().contentType(ContentType.JSON).body(Map.of("kind", "ARTICLE", "version", Map.of("readingId", 987654, "number", "1")))
                .post("/api/v1/negotiations/{slug}/provisions", slug).then().statusCode(422)
                .body("errors[0].field", equalTo("readingId"));
        String other = TestData.newNegotiation();
        long otherReading = TestData.newReading(other, 1);
        long foreign = TestData.newProvision(other, otherReading, "CHAPTER", "1", "Elsewhere", null);
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "ARTICLE", "version", Map.of("readingId", reading, "number", "1", "parentVersionId", foreign)))
                .post("/api/v1/negotiations/{slug}/provisions", slug).then().statusCode(422)
                .body("errors[0].field", equalTo("parentVersionId"));
    }

    @Test
    void refusesAnArticleWithoutNumber() {
        given().contentType(ContentType.JSON).body(Map.of("kind", "ARTICLE", "version", Map.of("readingId", reading)))
                .post("/api/v1/negotiations/{slug}/provisions", slug).then().statusCode(422)
                .body("errors[0].field", equalTo("number"));
    }

    @Test
    void deletesAProvisionButNotOneWithPositions() {
        long version = TestData.newProvision(slug, reading, "ARTICLE", "3", "Free", null);
        long provision = TestData.provisionIdOf(version);
        given().header("If-Match", TestData.etagOf("/api/v1/provisions/{id}", provision)).delete("/api/v1/provisions/{id}", provision).then().statusCode(204);
        given().get("/api/v1/provision-versions/{id}", version).then().statusCode(404);

        long cited = TestData.newProvision(slug, reading, "ARTICLE", "9", "Cited", null);
        long paragraph = TestData.newParagraph(slug, reading);
        given().contentType(ContentType.JSON)
                .body(Map.of("provisionVersionId", cited, "stance", "CONCERN", "quantifier", "SEVERAL", "paragraphId", paragraph))
                .post("/api/v1/positions").then().statusCode(201);
        given().header("If-Match", TestData.etagOf("/api/v1/provision-versions/{id}", cited)).delete("/api/v1/provision-versions/{id}", cited).then().statusCode(409)
                .body("detail", containsString("1 positions"));
        given().header("If-Match", TestData.etagOf("/api/v1/provisions/{id}", TestData.provisionIdOf(cited))).delete("/api/v1/provisions/{id}", TestData.provisionIdOf(cited)).then().statusCode(409);
    }
}
