package org.treatytracker.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/** A made-up bulletin that names its speakers imports into suggestions that say who, and accepting one says it in the position. */
@QuarkusTest
class NamedSpeakerIngestTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    @Test
    void suggestionsSayWhoSpokeForWhomAndInWhatRole() throws Exception {
        String slug = TestData.newNegotiation();
        long reading = TestData.newReading(slug, 1);
        long chapter = TestData.newProvision(slug, reading, "CHAPTER", null, "Jurisdiction", null);
        for (String article : List.of("4", "5")) {
            TestData.newProvision(slug, reading, "ARTICLE", article, null, chapter);
        }
        String text;
        try (InputStream in = getClass().getResourceAsStream("/reports/made-up-bulletin.md")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonPath imported = given().contentType("text/markdown; charset=UTF-8").body(text).post("/api/v1/negotiations/{slug}/reports", slug)
                .then().statusCode(201).extract().jsonPath();
        assertEquals("MADE-UP HIGHLIGHTS, Wednesday, 4 March 2026", imported.getString("source.title"));
        long source = imported.getLong("source.id");
        JsonPath suggestions = given().get("/api/v1/sources/{id}/suggestions?size=100", source).then().statusCode(200).extract().jsonPath();
        List<String> found = new ArrayList<>();
        for (Map<String, Object> s : suggestions.<Map<String, Object>>getList("items")) {
            Map<?, ?> who = (Map<?, ?>) s.get("stakeholder");
            Map<?, ?> group = (Map<?, ?>) s.get("onBehalfOf");
            Map<?, ?> target = (Map<?, ?>) s.get("target");
            found.add((who != null ? who.get("isoCode") != null ? who.get("isoCode") : who.get("name")
                    : s.get("suggestedStakeholder") != null ? "new:" + s.get("suggestedStakeholder") : s.get("quantifier"))
                    + (group == null ? "" : " for " + group.get("name")) + " " + s.get("role") + " " + s.get("stance") + " "
                    + (target == null ? "whole text" : target.get("eId")));
        }
        assertEquals(List.of(
                "SDN for African Group SPEAKER DELETE art_5",
                "European Union SPEAKER OPPOSE art_5",
                "NOR SUPPORTER OPPOSE art_5",
                "JPN SUPPORTER OPPOSE art_5",
                "BRA OPPONENT OPPOSE art_5",
                // The topic carries on from speaker to speaker: "She preferred …" is still about article 5.
                "European Union SPEAKER PREFER art_5",
                "new:GRAND FENWICK SPEAKER SUPPORT art_4",
                "SEVERAL null CONCERN art_5"), found);

        // Accepting makes the position with that stakeholder and group.
        long sudan = suggestions.getLong("items[0].id");
        long position = given().contentType(ContentType.JSON).body("{}").post("/api/v1/suggestions/{id}/accept", sudan).then().statusCode(200)
                .extract().jsonPath().getLong("positionId");
        given().get("/api/v1/positions/{id}", position).then().statusCode(200)
                .body("speaker.stakeholder.isoCode", equalTo("SDN")).body("speaker.onBehalfOf.name", equalTo("African Group"));

        // An unknown speaker is registered by a person, never guessed.
        long unknown = suggestions.getLong("items[6].id");
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/suggestions/{id}/accept", unknown).then().statusCode(422)
                .body("detail", containsString("GRAND FENWICK"));
        long fenwick = given().contentType(ContentType.JSON).body(Map.of("name", "Grand Fenwick " + slug, "kind", "OTHER_NGO"))
                .post("/api/v1/stakeholders").then().statusCode(201).extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON).body(Map.of("stakeholderId", fenwick)).post("/api/v1/suggestions/{id}/accept", unknown)
                .then().statusCode(200);
    }
}
