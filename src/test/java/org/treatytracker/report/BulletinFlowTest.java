package org.treatytracker.report;

import java.time.Instant;
import java.util.HashMap;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/**
 * The whole flow on a made-up draft and a made-up bulletin that names its speakers: speakers, a group and the
 * State that spoke for it, supporters, an opponent, a pronoun carried on, external references, an unknown
 * speaker, unnamed members of a group, and positions linked to bracket alternatives; then the bracket view per
 * alternative, a stakeholder's and a group's positions, and the alignment of two stakeholders.
 */
@QuarkusTest
class BulletinFlowTest {

    @BeforeAll
    static void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = BulletinFlowTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static long stakeholder(String name) {
        return given().queryParam("name", name).get("/api/v1/stakeholders/lookup").then().statusCode(200).extract().jsonPath().getLong("id");
    }

    private static String describe(Map<String, Object> s) {
        Map<?, ?> who = (Map<?, ?>) s.get("stakeholder");
        Map<?, ?> group = (Map<?, ?>) s.get("onBehalfOf");
        Map<?, ?> among = (Map<?, ?>) s.get("among");
        Map<?, ?> target = (Map<?, ?>) s.get("target");
        String speaker = who != null ? String.valueOf(who.get("isoCode") != null ? who.get("isoCode") : who.get("name"))
                : s.get("suggestedStakeholder") != null ? "new:" + s.get("suggestedStakeholder")
                : s.get("quantifier") + (among == null ? "" : " among " + among.get("name"));
        return speaker + (group == null ? "" : " for " + group.get("name")) + (s.get("role") == null ? "" : " " + s.get("role")) + " "
                + s.get("stance") + " " + (target == null || target.get("eId") == null ? "whole text" : target.get("eId"))
                + (s.get("alternativeIndex") == null ? "" : " @" + s.get("bracketSetIndex") + ":" + s.get("alternativeIndex"));
    }

    @Test
    void aBulletinImportsIntoPositionsOnAlternativesAndStakeholderViews() throws IOException {
        String slug = TestData.newNegotiation();
        long reading = TestData.newReading(slug, 1);
        given().contentType("text/markdown; charset=UTF-8").body(resource("/drafts/made-up-infrastructure.md"))
                .post("/api/v1/readings/{id}/import", reading).then().statusCode(201);
        JsonPath imported = given().contentType("text/markdown; charset=UTF-8").body(resource("/reports/made-up-bulletin-flow.md"))
                .post("/api/v1/negotiations/{slug}/reports", slug).then().statusCode(201).extract().jsonPath();
        assertEquals("MADE-UP BULLETIN, Thursday, 5 March 2026", imported.getString("source.title"));
        assertEquals("2026-03-05", imported.getString("source.publishedOn"));
        long source = imported.getLong("source.id");

        // External references are recorded as such, never as the draft's article 4.
        List<String> references = given().get("/api/v1/sources/{id}/mentions", source).then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.kind == 'EXTERNAL_REFERENCE' }.text");
        assertEquals(List.of("FCCC Article 4.1", "decision 1/CP.21"), references);

        JsonPath suggestions = given().get("/api/v1/sources/{id}/suggestions?size=100", source).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = suggestions.getList("items");
        List<String> found = new ArrayList<>();
        items.forEach(s -> found.add(describe(s)));
        assertEquals(List.of(
                "USA SPEAKER BRACKET art_4 @0:0",
                "SDN for African Group SPEAKER SUPPORT art_4 @0:1",
                "NOR SUPPORTER SUPPORT art_4 @0:1",
                "JPN SUPPORTER SUPPORT art_4 @0:1",
                "BRA OPPONENT OPPOSE art_4 @0:1",
                "SDN for African Group SPEAKER PREFER art_4 @1:1",
                "new:GRAND FENWICK SPEAKER SUPPORT art_6",
                // "CHILE recalled FCCC Article 4.1 …" only reports: no stance.
                "SEVERAL among Least Developed Countries SUPPORT art_6",
                "JPN SPEAKER PREFER art_5 @0:1",
                "BRA SPEAKER PREFER art_5 @0:0",
                "USA OPPONENT OPPOSE art_5 @0:0"), found);
    
        // Accept them all; the unknown speaker is registered by a person first.
        long fenwick = given().contentType(ContentType.JSON).body(Map.of("name", "Grand Fenwick " + slug, "kind", "OTHER_NGO"))
                .post("/api/v1/stakeholders").then().statusCode(201).extract().jsonPath().getLong("id");
        Instant beforeAccepting = Instant.now().minusMillis(1);
        for (Map<String, Object> s : items) {
            Object body = s.get("suggestedStakeholder") != null ? Map.of("stakeholderId", fenwick) : Map.of();
            given().contentType(ContentType.JSON).body(body).post("/api/v1/suggestions/{id}/accept", s.get("id")).then().statusCode(200);
        }
        // Accepting changed each suggestion: changedSince finds them all, and none after.
        given().get("/api/v1/sources/{id}/suggestions?changedSince={t}&size=100", source, beforeAccepting.toString()).then().statusCode(200)
                .body("total", equalTo(11)).body("items.status", org.hamcrest.Matchers.everyItem(equalTo("ACCEPTED")));
        given().get("/api/v1/sources/{id}/suggestions?changedSince={t}", source, Instant.now().plusSeconds(60).toString())
                .then().statusCode(200).body("total", equalTo(0));

        // Who is behind each alternative of article 4's first bracket set, with the evidence.
        long art4 = given().get("/api/v1/readings/{id}/provisions?size=50", reading).then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.eId == 'art_4' }.id");
        JsonPath brackets = given().get("/api/v1/provision-versions/{id}/brackets", art4).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), brackets.getList("sets[0].alternatives[0].supporters"));
        assertEquals(List.of("United States of America"), brackets.getList("sets[0].alternatives[0].opponents.speaker"));
        assertEquals(List.of("BRACKET"), brackets.getList("sets[0].alternatives[0].opponents.stance"));
        assertEquals(List.of("Sudan, for African Group", "Norway", "Japan"), brackets.getList("sets[0].alternatives[1].supporters.speaker"));
        assertEquals(List.of("Brazil"), brackets.getList("sets[0].alternatives[1].opponents.speaker"));
        assertEquals(List.of(1, 1, 1), brackets.getList("sets[0].alternatives[1].supporters.paragraphNumber"));
        assertEquals(List.of("Sudan, for African Group"), brackets.getList("sets[1].alternatives[1].supporters.speaker"));

        // A State's positions, its group's, and unnamed members of a group.
        long sudan = stakeholder("Sudan");
        long africanGroup = stakeholder("African Group");
        given().get("/api/v1/stakeholders/{id}/positions?reading={r}", sudan, reading).then().statusCode(200)
                .body("total", equalTo(2)).body("items.relation", equalTo(List.of("SPOKE_FOR_GROUP", "SPOKE_FOR_GROUP")))
                .body("items.via.name", equalTo(List.of("African Group", "African Group")))
                .body("items.position.alternativeIndex", equalTo(List.of(1, 1)));
        given().get("/api/v1/stakeholders/{id}/positions?reading={r}", africanGroup, reading).then().statusCode(200)
                .body("total", equalTo(2)).body("items.relation", equalTo(List.of("VOICED_BY_MEMBER", "VOICED_BY_MEMBER")))
                .body("items.via.isoCode", equalTo(List.of("SDN", "SDN")));
        given().get("/api/v1/stakeholders/{id}/positions?reading={r}", stakeholder("LDCs"), reading).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].relation", equalTo("UNNAMED_MEMBERS"))
                .body("items[0].position.speaker.words", equalTo("several speakers from Least Developed Countries"));

        // Japan and Brazil: opposite on article 4 (Japan backs what Brazil opposes) and on article 5 (competing options).
        JsonPath alignment = given().get("/api/v1/stakeholders/{id}/alignment?with={other}&reading={r}", stakeholder("Japan"),
                stakeholder("Brazil"), reading).then().statusCode(200).extract().jsonPath();
        assertEquals(2, alignment.getInt("provisions"));
        assertEquals(0, alignment.getInt("same"));
        assertEquals(2, alignment.getInt("opposite"));
        assertEquals(List.of("art_4", "art_5"), alignment.getList("items.eId"));
        // Norway and Japan said the same on article 4.
        given().get("/api/v1/stakeholders/{id}/alignment?with={other}", stakeholder("Norway"), stakeholder("Japan")).then().statusCode(200)
                .body("provisions", equalTo(1)).body("same", equalTo(1)).body("items[0].agreement", equalTo("SAME"));
        // The site shows the same: who is behind each alternative, how a position belongs to a stakeholder, alignment.
        long art4Provision = given().get("/api/v1/provision-versions/{id}", art4).then().statusCode(200).extract().jsonPath().getLong("provisionId");
        String provisionPage = given().accept("text/html").get("/provisions/{id}", art4Provision).then().statusCode(200).extract().asString();
        assertTrue(provisionPage.matches("(?s).*<q>steps to secure critical systems</q>\\s*<dl class=\"backers\">\\s*<dt>Supported by</dt>.*Japan.*"
                + "<dt>Opposed by</dt><dd><a href=\"/stakeholders/\\d+\">Brazil</a>.*"), provisionPage);
        String sudanPage = given().accept("text/html").get("/stakeholders/{id}?with=Brazil", sudan).then().statusCode(200).extract().asString();
        assertTrue(sudanPage.contains("<td>spoke for African Group</td>"), sudanPage);
        assertTrue(sudanPage.contains("1 provision both spoke on; the same stance on 0, opposite stances on 1"), sudanPage);
        String unknown = given().accept("text/html").get("/stakeholders/{id}?with=Atlantis", sudan).then().statusCode(200).extract().asString();
        assertTrue(unknown.contains("No stakeholder is named or known as “Atlantis”."), unknown);

        given().get("/api/v1/stakeholders/{id}/alignment", sudan).then().statusCode(400);
        given().get("/api/v1/stakeholders/{id}/alignment?with={id}", sudan, sudan).then().statusCode(400);
        given().get("/api/v1/stakeholders/{id}/alignment?with=999999999", sudan).then().statusCode(404);
        given().get("/api/v1/stakeholders/999999999/positions").then().statusCode(404);
    }

    @Test
    void aPositionNamesOnlyAnAlternativeThatExists() throws IOException {
        String slug = TestData.newNegotiation();
        long reading = TestData.newReading(slug, 1);
        given().contentType("text/markdown; charset=UTF-8").body(resource("/drafts/made-up-infrastructure.md"))
                .post("/api/v1/readings/{id}/import", reading).then().statusCode(201);
        long art5 = given().get("/api/v1/readings/{id}/provisions?size=50", reading).then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.eId == 'art_5' }.id");
        long paragraph = TestData.newParagraph(slug, reading);
        Map<String, Object> position = new HashMap<>(Map.of("provisionVersionId", art5, "stance", "SUPPORT",
                "paragraphId", paragraph, "bracketSetIndex", 0, "alternativeIndex", 2));
        given().contentType(ContentType.JSON).body(position).post("/api/v1/positions").then().statusCode(422)
                .body("errors[0].field", equalTo("alternativeIndex"));
        position.put("alternativeIndex", 1);
        position.put("bracketSetIndex", 3);
        given().contentType(ContentType.JSON).body(position).post("/api/v1/positions").then().statusCode(422)
                .body("errors[0].field", equalTo("bracketSetIndex"));
        position.remove("bracketSetIndex");
        given().contentType(ContentType.JSON).body(position).post("/api/v1/positions").then().statusCode(422)
                .body("errors[0].field", equalTo("alternativeIndex"));
        position.put("bracketSetIndex", 0);
        given().contentType(ContentType.JSON).body(position).post("/api/v1/positions").then().statusCode(201)
                .body("alternativeIndex", equalTo(1));
        // Counted among a group: only unnamed speakers, only a group.
        position.put("amongId", stakeholder("Japan"));
        position.put("quantifier", "SEVERAL");
        given().contentType(ContentType.JSON).body(position).post("/api/v1/positions").then().statusCode(422)
                .body("errors[0].field", equalTo("amongId"));
        position.put("amongId", stakeholder("LDCs"));
        given().contentType(ContentType.JSON).body(position).post("/api/v1/positions").then().statusCode(201)
                .body("speaker.among.name", equalTo("Least Developed Countries"));
    }
}
