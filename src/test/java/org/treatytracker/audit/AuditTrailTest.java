package org.treatytracker.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;
import org.w3c.dom.Document;

/** Every change is recorded with who and when, and can be followed as a feed. */
@QuarkusTest
class AuditTrailTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    @Test
    void recordsWhoChangedAProvisionAndWhen() {
        String slug = TestData.newNegotiation();
        long reading = TestData.newReading(slug, 1);
        long version = TestData.newProvision(slug, reading, "ARTICLE", "1", "Purpose", null);
        given().contentType(ContentType.JSON).header("If-Match", TestData.etagOf("/api/v1/provision-versions/{id}", version))
                .body(Map.of("readingId", reading, "number", "1", "title", "Statement of purpose"))
                .put("/api/v1/provision-versions/{id}", version).then().statusCode(200);
        long provision = TestData.provisionIdOf(version);
        given().get("/api/v1/provisions/{id}/revisions", provision).then().statusCode(200)
                .body("type", contains("Provision", "ProvisionVersion", "ProvisionVersion"))
                .body("action", contains("ADD", "ADD", "MOD"))
                .body("user", contains("admin", "admin", "admin"))
                .body("[2].state.title", equalTo("Statement of purpose"))
                .body("[1].state.title", equalTo("Purpose"))
                .body("[2].state.readingId", equalTo((int) reading));
    }

    @Test
    void keepsTheHistoryOfADeletedPosition() {
        String slug = TestData.newNegotiation();
        long reading = TestData.newReading(slug, 1);
        long paragraph = TestData.newParagraph(slug, reading);
        long position = given().contentType(ContentType.JSON)
                .body(Map.of("readingId", reading, "stance", "CONCERN", "quantifier", "SEVERAL", "paragraphId", paragraph))
                .post("/api/v1/positions").then().statusCode(201).extract().jsonPath().getLong("id");
        given().header("If-Match", TestData.etagOf("/api/v1/positions/{id}", position)).delete("/api/v1/positions/{id}", position)
                .then().statusCode(204);
        given().get("/api/v1/positions/{id}/revisions", position).then().statusCode(200)
                .body("action", contains("ADD", "DEL")).body("[0].state.stance", equalTo("CONCERN"));
        given().get("/api/v1/positions/{id}/revisions", 987654321).then().statusCode(404);
    }

    @Test
    void servesTheChangesFeedNewestFirstAndAsAtom() throws Exception {
        Instant before = Instant.now().minusMillis(1);
        String slug = TestData.newNegotiation();
        long stakeholder = TestData.newStakeholder("Feed test NGO", "OTHER_NGO", null, false);
        given().get("/api/v1/changes?since={since}", before.toString()).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].entities[0].type", equalTo("Stakeholder"))
                .body("items[0].entities[0].id", equalTo((int) stakeholder))
                .body("items[0].entities[0].href", equalTo("/api/v1/stakeholders/" + stakeholder))
                .body("items[1].entities[0].type", equalTo("Negotiation"))
                .body("items.user", hasItem("admin"));
        given().get("/api/v1/changes?since=yesterday").then().statusCode(400).body("errors[0].field", equalTo("since"));

        String atom = given().get("/api/v1/changes.atom?since={since}", before.toString()).then().statusCode(200)
                .contentType(containsString("application/atom+xml")).extract().asString();
        Document feed = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(atom.getBytes(StandardCharsets.UTF_8)));
        org.junit.jupiter.api.Assertions.assertEquals(2, feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());
        org.junit.jupiter.api.Assertions.assertTrue(atom.contains("ADD Negotiation"), atom);
        org.junit.jupiter.api.Assertions.assertNotNull(slug);
    }
}
