package org.treatytracker.persistence;

import java.util.HashMap;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;
import org.treatytracker.api.Problem;

/**
 * Deletes refused because something still depends on what they remove: 409 problems that count each kind of
 * dependent, and leave everything as it was. Only what blocks is counted, not what the delete takes with it.
 */
@QuarkusTest
class DeleteRefusalsTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    @Test
    void refusesANegotiationNamingEachKindThatDependsOnIt() {
        String slug = TestData.newNegotiation();
        long reading = TestData.newReading(slug, 1);
        TestData.newProvision(slug, reading, "ARTICLE", "1", "Purpose", null);
        delete("/api/v1/negotiations/{id}", slug).then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("negotiation '" + slug + "' cannot be deleted: 1 readings, 1 provisions depend on it"));
        given().get("/api/v1/negotiations/{slug}/readings", slug).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void refusesAReadingWithProvisionVersionsAndSources() {
        String slug = TestData.newNegotiation();
        long reading = TestData.newReading(slug, 1);
        TestData.newProvision(slug, reading, "ARTICLE", "1", "Purpose", null);
        TestData.newProvision(slug, reading, "ARTICLE", "2", "Scope", null);
        TestData.newParagraph(slug, reading);
        delete("/api/v1/readings/{id}", reading).then().statusCode(409)
                .body("detail", equalTo("reading " + reading + " cannot be deleted: 2 provision versions, 1 source documents depend on it"));
    }

    @Test
    void refusesASourceOnlyForThePositionsCitingItsParagraphsAndKeepsThem() {
        String slug = TestData.newNegotiation();
        long reading = TestData.newReading(slug, 1);
        long paragraph = TestData.newParagraph(slug, reading);
        long source = given().get("/api/v1/paragraphs/{id}", paragraph).then().extract().jsonPath().getLong("sourceDocumentId");
        cite(reading, null, paragraph);
        delete("/api/v1/sources/{id}", source).then().statusCode(409)
                .body("detail", equalTo("source document " + source + " cannot be deleted: 1 positions depend on it"));
        delete("/api/v1/paragraphs/{id}", paragraph).then().statusCode(409)
                .body("detail", equalTo("paragraph " + paragraph + " cannot be deleted: 1 positions depend on it"));
        given().get("/api/v1/sources/{id}/paragraphs", source).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void refusesAProvisionAndItsVersionWhilePositionsCiteIt() {
        String slug = TestData.newNegotiation();
        long reading = TestData.newReading(slug, 1);
        long version = TestData.newProvision(slug, reading, "ARTICLE", "4", "Cited", null);
        long provision = TestData.provisionIdOf(version);
        long paragraph = TestData.newParagraph(slug, reading);
        cite(reading, version, paragraph);
        cite(reading, version, paragraph);
        delete("/api/v1/provisions/{id}", provision).then().statusCode(409)
                .body("detail", equalTo("provision " + provision + " cannot be deleted: 2 positions depend on it"));
        delete("/api/v1/provision-versions/{id}", version).then().statusCode(409)
                .body("detail", equalTo("provision version " + version + " cannot be deleted: 2 positions depend on it"));
        given().get("/api/v1/provision-versions/{id}", version).then().statusCode(200);
    }

    @Test
    void refusesAGroupThatIsAMemberButNotForItsOwnMembers() {
        long sudan = TestData.newStakeholder("Sudan", "MEMBER_STATE", "SDN", false);
        long brazil = TestData.newStakeholder("Brazil", "MEMBER_STATE", "BRA", false);
        long group = group(List.of(sudan, brazil));
        group(List.of(group));
        delete("/api/v1/stakeholders/{id}", group).then().statusCode(409)
                .body("detail", equalTo("stakeholder " + group + " cannot be deleted: 1 groups it is a member of depend on it"));
        given().get("/api/v1/stakeholders/{id}", group).then().statusCode(200).body("members.size()", equalTo(2));
    }

    private static long group(List<Long> members) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", "Group " + System.nanoTime(), "kind", "GROUP_OF_STATES", "group", true, "memberIds", members))
                .post("/api/v1/stakeholders").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void cite(long reading, Long version, long paragraph) {
        Map<String, Object> position = new HashMap<>(Map.of("readingId", reading, "stance", "CONCERN",
                "quantifier", "SEVERAL", "paragraphId", paragraph));
        if (version != null) {
            position.put("provisionVersionId", version);
        }
        given().contentType(ContentType.JSON).body(position).post("/api/v1/positions").then().statusCode(201);
    }

    private static io.restassured.response.Response delete(String path, Object id) {
        return given().header("If-Match", TestData.etagOf(path, id)).delete(path, id);
    }
}
