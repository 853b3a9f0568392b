package org.treatytracker.stakeholder;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

@QuarkusTest
class StakeholderResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    @Test
    void listsTheReportsCategories() {
        given().get("/api/v1/stakeholder-kinds").then().statusCode(200)
                .body("kind", hasItem("ECOSOC_NGO"))
                .body("find { it.kind == 'MEMBER_STATE' }.label", equalTo("Member States"));
    }

    @Test
    void registersAStateWithItsIsoCode() {
        long id = TestData.newStakeholder("Sudan", "MEMBER_STATE", "SDN", false);
        given().get("/api/v1/stakeholders/{id}", id).then().statusCode(200)
                .body("isoCode", equalTo("SDN")).body("kind", equalTo("MEMBER_STATE"));
    }

    @Test
    void refusesAStateWithoutAValidIsoCode() {
        given().contentType(ContentType.JSON).body(Map.of("name", "Atlantis", "kind", "MEMBER_STATE", "isoCode", "ATL"))
                .post("/api/v1/stakeholders").then().statusCode(422).body("errors[0].field", equalTo("isoCode"));
        given().contentType(ContentType.JSON).body(Map.of("name", "Some NGO", "kind", "ECOSOC_NGO", "isoCode", "FRA"))
                .post("/api/v1/stakeholders").then().statusCode(422);
    }

    @Test
    void keepsAGroupWithItsMembersAndProtectsMembers() {
        long sudan = TestData.newStakeholder("Sudan", "MEMBER_STATE", "SDN", false);
        long brazil = TestData.newStakeholder("Brazil", "MEMBER_STATE", "BRA", false);
        long group = given().contentType(ContentType.JSON)
                .body(Map.of("name", "G-77 and China " + System.nanoTime(), "kind", "GROUP_OF_STATES", "group", true,
                        "memberIds", List.of(sudan, brazil)))
                .post("/api/v1/stakeholders").then().statusCode(201).extract().jsonPath().getLong("id");
        given().get("/api/v1/stakeholders/{id}", group).then().statusCode(200)
                .body("group", equalTo(true)).body("members.size()", equalTo(2));
        given().header("If-Match", TestData.etagOf("/api/v1/stakeholders/{id}", sudan)).delete("/api/v1/stakeholders/{id}", sudan).then().statusCode(409)
                .body("detail", containsString("groups it is a member of"));
        given().contentType(ContentType.JSON).body(Map.of("name", "Lonely " + System.nanoTime(), "kind", "OTHER_NGO", "memberIds", List.of(sudan)))
                .post("/api/v1/stakeholders").then().statusCode(422).body("errors[0].field", equalTo("memberIds"));
    }

    @Test
    void filtersByKindAndUpdatesAndDeletes() {
        long ngo = TestData.newStakeholder("Digital rights NGO", "OTHER_NGO", null, false);
        given().get("/api/v1/stakeholders?kind=OTHER_NGO&size=200").then().statusCode(200)
                .body("items.kind", everyItem(equalTo("OTHER_NGO")));
        String etag = TestData.etagOf("/api/v1/stakeholders/{id}", ngo);
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("name", "Renamed NGO " + ngo, "kind", "ECOSOC_NGO"))
                .put("/api/v1/stakeholders/{id}", ngo).then().statusCode(200).body("kind", equalTo("ECOSOC_NGO"));
        given().header("If-Match", TestData.etagOf("/api/v1/stakeholders/{id}", ngo)).delete("/api/v1/stakeholders/{id}", ngo).then().statusCode(204);
        given().get("/api/v1/stakeholders/{id}", ngo).then().statusCode(404);
    }
}
