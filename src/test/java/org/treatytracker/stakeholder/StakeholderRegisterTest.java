package org.treatytracker.stakeholder;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/** The register shipped in register/stakeholders.json is loaded at start, once, and found by any of its names. */
@QuarkusTest
class StakeholderRegisterTest {

    @Inject
    RegisterLoader loader;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    @Test
    void holdsEveryMemberAndObserverState() throws Exception {
        JsonNode register = new ObjectMapper().readTree(getClass().getClassLoader().getResource(RegisterLoader.REGISTER));
        int members = 0;
        int observers = 0;
        for (JsonNode state : register.path("states")) {
            String kind = state.path("kind").asText();
            members += kind.equals("MEMBER_STATE") ? 1 : 0;
            observers += kind.equals("OBSERVER_STATE") ? 1 : 0;
            given().queryParam("name", state.path("name").asText()).get("/api/v1/stakeholders/lookup").then().statusCode(200)
                    .body("kind", equalTo(kind)).body("isoCode", equalTo(state.path("isoCode").asText()));
        }
        assertEquals(193, members);
        assertEquals(2, observers);
        // Other tests of this run add States of their own: at least the register's are there.
        given().get("/api/v1/stakeholders?kind=MEMBER_STATE&size=1").then().statusCode(200).body("total", greaterThanOrEqualTo(193));
    }

    @Test
    void findsStakeholdersByTheNamesReportsUse() {
        Map<String, String> iso = Map.ofEntries(Map.entry("the US", "USA"), Map.entry("USA", "USA"), Map.entry("UNITED STATES", "USA"),
                Map.entry("UK", "GBR"), Map.entry("RUSSIA", "RUS"), Map.entry("Russian Federation", "RUS"),
                Map.entry("IRAN", "IRN"), Map.entry("Islamic Republic of Iran", "IRN"), Map.entry("REPUBLIC OF KOREA", "KOR"),
                Map.entry("South Korea", "KOR"), Map.entry("TÜRKIYE", "TUR"), Map.entry("TURKEY", "TUR"), Map.entry("BOLIVIA", "BOL"),
                Map.entry("Plurinational State of Bolivia", "BOL"), Map.entry("DRC", "COD"), Map.entry("COTE D'IVOIRE", "CIV"),
                Map.entry("the DOMINICAN REPUBLIC", "DOM"), Map.entry("Holy See", "VAT"), Map.entry("State of Palestine", "PSE"));
        iso.forEach((name, code) -> given().queryParam("name", name).get("/api/v1/stakeholders/lookup").then().statusCode(200)
                .body("isoCode", equalTo(code)));
        given().queryParam("name", "G-77/CHINA").get("/api/v1/stakeholders/lookup").then().statusCode(200)
                .body("name", equalTo("Group of 77 and China")).body("group", equalTo(true));
        given().queryParam("name", "the EU").get("/api/v1/stakeholders/lookup").then().statusCode(200)
                .body("members.size()", equalTo(27)).body("members.isoCode", hasItem("DEU"));
        given().queryParam("name", "GRULAC").get("/api/v1/stakeholders/lookup").then().body("members.size()", equalTo(33));
        given().queryParam("name", "Atlantis").get("/api/v1/stakeholders/lookup").then().statusCode(404)
                .body("detail", containsString("Atlantis"));
    }

    @Test
    void loadsOnlyWhatIsMissingAndKeepsAnEditorsRenaming() {
        long id = given().queryParam("name", "Tuvalu").get("/api/v1/stakeholders/lookup").then().statusCode(200)
                .extract().jsonPath().getLong("id");
        given().contentType(org.treatytracker.api.MergePatch.MEDIA_TYPE + "; charset=UTF-8")
                .header("If-Match", TestData.etagOf("/api/v1/stakeholders/{id}", id))
                .body("{\"name\":\"Tuvalu (renamed by an editor)\",\"aliases\":[\"Tuvalu\"]}").patch("/api/v1/stakeholders/{id}", id)
                .then().statusCode(200);
        assertEquals(0, loader.loadMissing());
        given().queryParam("name", "TUVALU").get("/api/v1/stakeholders/lookup").then().body("id", equalTo((int) id));
    }

    @Test
    void aliasesAreEditableAndNameOneStakeholderOnly() {
        long id = TestData.newStakeholder("Freedonia", "MEMBER_STATE", "FRA", false);
        given().contentType(org.treatytracker.api.MergePatch.MEDIA_TYPE + "; charset=UTF-8").header("If-Match", TestData.etagOf("/api/v1/stakeholders/{id}", id))
                .body("{\"aliases\":[\"Grand Fenwick " + id + "\"]}").patch("/api/v1/stakeholders/{id}", id).then().statusCode(200)
                .body("aliases", equalTo(List.of("Grand Fenwick " + id)));
        given().queryParam("name", "GRAND FENWICK " + id).get("/api/v1/stakeholders/lookup").then().statusCode(200).body("id", equalTo((int) id));
        given().contentType(ContentType.JSON).body(Map.of("name", "Elsewhere " + id, "kind", "OTHER_NGO", "aliases", List.of("the USA")))
                .post("/api/v1/stakeholders").then().statusCode(409).body("detail", containsString("USA"));
    }
}
