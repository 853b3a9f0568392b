package org.treatytracker.position;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

@QuarkusTest
class PositionResourceTest {

    String slug;
    long reading;
    long article;
    long provision;
    long paragraph;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    @BeforeEach
    void draftAndReport() {
        slug = TestData.newNegotiation();
        reading = TestData.newReading(slug, 1);
        article = TestData.newProvision(slug, reading, "ARTICLE", "9", "Illegal access", null);
        provision = TestData.provisionIdOf(article);
        paragraph = TestData.newParagraph(slug, reading);
    }

    private Map<String, Object> position(String stance, String quantifier, String quote) {
        Map<String, Object> body = new HashMap<>();
        body.put("provisionVersionId", article);
        body.put("stance", stance);
        body.put("quantifier", quantifier);
        body.put("paragraphId", paragraph);
        body.put("quote", quote);
        return body;
    }

    private long create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/positions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void recordsAPositionCitingItsParagraph() {
        long id = create(position("CONCERN", "SEVERAL", "several speakers cautioned against the broad scope of article 9"));
        given().get("/api/v1/positions/{id}", id).then().statusCode(200)
                .body("target.eId", equalTo("art_9")).body("target.level", equalTo("PROVISION"))
                .body("speaker.words", equalTo("several speakers"))
                .body("citation.paragraphId", equalTo((int) paragraph)).body("citation.agendaItem", equalTo("2(b)"));
    }

    @Test
    void acceptsAQuoteWithPlainQuotesAndOtherWhiteSpace() {
        create(position("CONCERN", "SEVERAL", "entitled \"Criminalization\", several speakers cautioned against the broad scope"));
    }

    @Test
    void refusesQuoteNotInCitedParagraph() {
        given().contentType(ContentType.JSON).body(position("SUPPORT", "MANY", "many speakers welcomed article 9"))
                .post("/api/v1/positions").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("quote")).body("detail", containsString("not found verbatim"));
    }

    @Test
    void refusesUnknownParagraphAndProvisionWith422() {
        Map<String, Object> body = position("SUPPORT", null, null);
        body.put("paragraphId", 987654321);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/positions")
                .then().statusCode(422).body("errors[0].field", equalTo("paragraphId"));
        body = position("SUPPORT", null, null);
        body.put("provisionVersionId", 987654321);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/positions")
                .then().statusCode(422).body("errors[0].field", equalTo("provisionVersionId"));
    }

    @Test
    void recordsAStakeholderSpeakingForAGroup() {
        long sudan = TestData.newStakeholder("Sudan", "MEMBER_STATE", "SDN", false);
        long group = TestData.newStakeholder("G-77 and China", "GROUP_OF_STATES", null, true);
        Map<String, Object> body = position("SUPPORT", null, "One delegation, speaking for its group, supported it.");
        body.put("stakeholderId", sudan);
        body.put("onBehalfOfId", group);
        long id = create(body);
        given().get("/api/v1/positions/{id}", id).then()
                .body("speaker.stakeholder.isoCode", equalTo("SDN"))
                .body("speaker.onBehalfOf.id", equalTo((int) group))
                .body("speaker.words", containsString(", for G-77 and China"));
        given().get("/api/v1/positions?stakeholder={g}", group).then().body("total", equalTo(1));
        String groupName = given().get("/api/v1/stakeholders/{id}", group).then().extract().jsonPath().getString("name");
        given().contentType(ContentType.JSON).header("If-Match", TestData.etagOf("/api/v1/stakeholders/{id}", group))
                .body(Map.of("name", groupName, "kind", "GROUP_OF_STATES", "group", false))
                .put("/api/v1/stakeholders/{id}", group).then().statusCode(409).body("detail", containsString("stays a group"));
    }

    @Test
    void refusesASpeakerThatIsBothNamedAndQuantified() {
        long sudan = TestData.newStakeholder("Sudan", "MEMBER_STATE", "SDN", false);
        Map<String, Object> body = position("SUPPORT", "SEVERAL", null);
        body.put("stakeholderId", sudan);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/positions")
                .then().statusCode(422).body("errors[0].field", equalTo("quantifier"));
        body = position("SUPPORT", null, null);
        body.put("onBehalfOfId", sudan);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/positions").then().statusCode(422);
    }

    @Test
    void filtersPositionsOfAProvision() {
        long state = TestData.newStakeholder("Brazil", "MEMBER_STATE", "BRA", false);
        create(position("CONCERN", "SEVERAL", null));
        create(position("DELETE", null, null));
        Map<String, Object> named = position("SUPPORT", null, null);
        named.put("stakeholderId", state);
        create(named);
        String path = "/api/v1/provisions/{id}/positions";
        given().get(path, provision).then().statusCode(200).body("total", equalTo(3));
        given().get(path + "?stance=DELETE", provision).then().body("total", equalTo(1));
        given().get(path + "?quantifier=SEVERAL", provision).then().body("items[0].stance", equalTo("CONCERN"));
        given().get(path + "?stakeholderKind=MEMBER_STATE", provision).then().body("items.speaker.stakeholder.id", contains((int) state));
        given().get(path + "?reading={r}", provision, reading).then().body("total", equalTo(3));
        given().get(path + "?paragraph={p}&size=2", provision, paragraph).then().body("items", hasSize(2)).body("total", equalTo(3));
        long source = given().get("/api/v1/paragraphs/{id}", paragraph).then().extract().jsonPath().getLong("sourceDocumentId");
        given().get(path + "?source={s}", provision, source).then().body("total", equalTo(3));
        given().get(path + "?sort=-quantifier,stance", provision).then().body("items[0].speaker.quantifier", equalTo("SEVERAL"));
        given().get(path, 987654321).then().statusCode(404);
        // The page and its count are one statement: the count holds on the last page, and past the end.
        given().get(path + "?size=2&page=1", provision).then().body("items", hasSize(1)).body("total", equalTo(3));
        given().get(path + "?size=2&page=7", provision).then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(3));
        // A provision with no version at a reading has no positions there; one that does not exist is a 404 there too.
        long later = TestData.newReading(slug, 2);
        given().get(path + "?reading={r}", provision, later).then().statusCode(200).body("total", equalTo(0));
        given().get(path + "?reading={r}", 987654321, later).then().statusCode(404);
    }

    @Test
    void sumsUpAProvisionAtAReading() {
        long state = TestData.newStakeholder("Brazil", "MEMBER_STATE", "BRA", false);
        create(position("CONCERN", "SEVERAL", null));
        create(position("CONCERN", "ONE", null));
        create(position("DELETE", null, null));
        Map<String, Object> named = position("SUPPORT", null, null);
        named.put("stakeholderId", state);
        create(named);
        given().get("/api/v1/provisions/{id}/summary?reading={r}", provision, reading).then().statusCode(200)
                .body("positions", equalTo(4))
                .body("byStance.CONCERN", equalTo(2)).body("byStance.DELETE", equalTo(1))
                .body("byStakeholderKind.MEMBER_STATE", equalTo(1))
                .body("namedSpeakers[0].stakeholder.id", equalTo((int) state))
                .body("unnamedGroups.quantifier", contains("SEVERAL", "ONE"))
                .body("unnamedGroups[0].words", equalTo("several speakers"))
                .body("impersonal", equalTo(1))
                .body("citedParagraphs.paragraphId", contains((int) paragraph));
        given().get("/api/v1/provisions/{id}/summary?reading=987654321", provision).then().statusCode(404);
    }

    @Test
    void showsAParagraphWithThePositionsCitingIt() {
        long id = create(position("CONCERN", "SEVERAL", null));
        given().get("/api/v1/paragraphs/{id}/positions", paragraph).then().statusCode(200)
                .body("paragraph.text", equalTo(TestData.MADE_UP_PARAGRAPH))
                .body("positions.id", contains((int) id));
    }

    @Test
    void recordsAPositionOnTheWholeText() {
        Map<String, Object> body = position("QUESTION", "ONE", null);
        body.remove("provisionVersionId");
        body.put("readingId", reading);
        long id = create(body);
        given().get("/api/v1/positions/{id}", id).then().body("target.level", equalTo("READING"));
        body.remove("readingId");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/positions").then().statusCode(422)
                .body("errors[0].field", equalTo("readingId"));
    }

    @Test
    void updatesAndDeletesWithIfMatch() {
        long id = create(position("CONCERN", "SEVERAL", null));
        String etag = TestData.etagOf("/api/v1/positions/{id}", id);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(position("OPPOSE", "MANY", null))
                .put("/api/v1/positions/{id}", id).then().statusCode(200).body("stance", equalTo("OPPOSE"));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(position("SUPPORT", "MANY", null))
                .put("/api/v1/positions/{id}", id).then().statusCode(412);
        given().contentType(ContentType.JSON).body(position("SUPPORT", "MANY", "not in the paragraph"))
                .header("If-Match", TestData.etagOf("/api/v1/positions/{id}", id)).put("/api/v1/positions/{id}", id).then().statusCode(422);
        given().get("/api/v1/positions/{id}", id).then().body("stance", equalTo("OPPOSE")).body("quote", equalTo(null));
        given().header("If-Match", etag).delete("/api/v1/positions/{id}", id).then().statusCode(412);
        given().header("If-Match", TestData.etagOf("/api/v1/positions/{id}", id)).delete("/api/v1/positions/{id}", id).then().statusCode(204);
        given().get("/api/v1/positions/{id}", id).then().statusCode(404);
    }

    @Test
    void refusesAPositionOnAProvisionOfAnotherReading() {
        long second = TestData.newReading(slug, 2);
        Map<String, Object> body = position("CONCERN", "SEVERAL", null);
        body.put("readingId", second);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/positions").then().statusCode(422)
                .body("errors[0].field", equalTo("readingId"));
        String other = TestData.newNegotiation();
        long otherParagraph = TestData.newParagraph(other, TestData.newReading(other, 1));
        body = position("CONCERN", "SEVERAL", null);
        body.put("paragraphId", otherParagraph);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/positions").then().statusCode(422)
                .body("detail", containsString("another negotiation"));
        given().get("/api/v1/provisions/{id}/positions", provision).then().body("total", equalTo(0))
                .body("items", equalTo(List.of()));
    }
}
