package org.treatytracker.snapshot;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/** The bulk snapshot holds everything public about one negotiation; changedSince keeps what really changed. */
@QuarkusTest
class SnapshotResourceTest {

    @jakarta.inject.Inject
    org.hibernate.SessionFactory sessionFactory;

    String slug;
    long reading;
    long article;
    long paragraph;
    long stakeholder;
    long first;
    long second;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void aSmallNegotiation() {
        TestData.asAdmin();
        slug = TestData.newNegotiation();
        reading = TestData.newReading(slug, 1);
        article = TestData.newProvision(slug, reading, "ARTICLE", "9", "Illegal access", null);
        paragraph = TestData.newParagraph(slug, reading);
        stakeholder = TestData.newStakeholder("Made-up NGO", "OTHER_NGO", null, false);
        first = create(position("SUPPORT", stakeholder, null));
        second = create(position("CONCERN", null, "SEVERAL"));
    }

    private Map<String, Object> position(String stance, Long speaker, String quantifier) {
        Map<String, Object> body = new HashMap<>();
        body.put("provisionVersionId", article);
        body.put("stance", stance);
        body.put("stakeholderId", speaker);
        body.put("quantifier", quantifier);
        body.put("paragraphId", paragraph);
        return body;
    }

    private static long create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/positions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private JsonPath snapshot(String query) {
        return given().get("/api/v1/negotiations/{slug}/snapshot" + query, slug).then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();
    }

    @Test
    void holdsEverythingPublicShapedAsTheApiShapesIt() {
        JsonPath snapshot = snapshot("");
        assertEquals(slug, snapshot.getString("negotiation.slug"));
        assertNull(snapshot.get("changedSince"));
        assertEquals(List.of((int) reading), snapshot.getList("readings.id"));
        assertEquals(List.of("art_9"), snapshot.getList("provisions.eId"));
        assertEquals(0, snapshot.getInt("provisions[0].brackets.bracketSets"));
        assertEquals(List.of((int) stakeholder), snapshot.getList("stakeholders.id"));
        assertEquals(1, snapshot.getList("sources").size());
        assertEquals(TestData.MADE_UP_PARAGRAPH, snapshot.getString("paragraphs[0].text"));
        assertEquals(List.of((int) first, (int) second), snapshot.getList("positions.id"));
        // an item is what the API answers for it
        Map<String, Object> one = given().get("/api/v1/positions/{id}", first).jsonPath().getMap("");
        assertEquals(one, snapshot.getMap("positions[0]"));
    }

    @Test
    void theZipHoldsTheSnapshotAndTheCsvs() throws IOException {
        byte[] zip = given().accept("application/zip").get("/api/v1/negotiations/{slug}/snapshot", slug).then().statusCode(200)
                .contentType("application/zip").header("Content-Disposition", org.hamcrest.Matchers.containsString(slug + "-snapshot.zip"))
                .extract().asByteArray();
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(List.of("snapshot.json", "positions.csv", "provisions-reading-1.csv"), List.copyOf(entries.keySet()));
        assertEquals(List.of((int) first, (int) second), new JsonPath(entries.get("snapshot.json")).getList("positions.id"));
        List<String> positions = entries.get("positions.csv").lines().toList();
        assertEquals(String.join(",", org.treatytracker.position.PositionCsv.COLUMNS), positions.get(0));
        assertEquals(3, positions.size(), "a header and two positions");
        assertTrue(positions.get(1).startsWith(first + ","), positions.get(1));
        List<String> provisions = entries.get("provisions-reading-1.csv").lines().toList();
        assertEquals(2, provisions.size(), "a header and article 9");
        assertTrue(provisions.get(1).contains(",art_9,"), provisions.get(1));
        // The same checks as the JSON: an unknown negotiation is a problem, not an empty zip.
        given().accept("application/zip").get("/api/v1/negotiations/no-such-negotiation/snapshot").then().statusCode(404);
    }

    @Test
    void changedSinceKeepsWhatTheAuditTrailSaysChanged() throws InterruptedException {
        Thread.sleep(5);
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);  // the audit trail keeps milliseconds
        Thread.sleep(5);
        // a save that changes nothing is no change
        given().contentType(ContentType.JSON).header("If-Match", TestData.etagOf("/api/v1/positions/{id}", first))
                .body(position("SUPPORT", stakeholder, null)).put("/api/v1/positions/{id}", first).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", TestData.etagOf("/api/v1/positions/{id}", second))
                .body(position("OPPOSE", null, "SEVERAL")).put("/api/v1/positions/{id}", second).then().statusCode(200);

        JsonPath changed = snapshot("?changedSince=" + before);
        assertEquals(before.toString(), changed.getString("changedSince"));
        assertEquals(List.of((int) second), changed.getList("positions.id"));
        assertEquals(List.of(), changed.getList("readings"));
        assertEquals(List.of(), changed.getList("provisions"));
        assertEquals(slug, changed.getString("negotiation.slug"), "the negotiation says what the snapshot is of");

        given().get("/api/v1/positions?reading={r}&changedSince={t}", reading, before.toString()).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) second));
        String csv = given().accept("text/csv").get("/api/v1/positions?reading={r}&changedSince={t}", reading, before.toString())
                .then().statusCode(200).extract().asString();
        assertEquals(2, csv.split("\r\n").length, "header and one row: " + csv);
        given().get("/api/v1/positions?reading={r}&changedSince={t}", reading, Instant.now().plusSeconds(60).toString())
                .then().statusCode(200).body("total", equalTo(0));
        // the other lists of the negotiation: nothing of theirs changed after `before`
        long source = given().get("/api/v1/paragraphs/{id}", paragraph).jsonPath().getLong("sourceDocumentId");
        for (String list : new String[] {"/api/v1/negotiations/" + slug + "/readings", "/api/v1/negotiations/" + slug + "/sources",
                "/api/v1/sources/" + source + "/paragraphs"}) {
            given().get(list + "?changedSince={t}", before.toString()).then().statusCode(200).body("total", equalTo(0));
            given().get(list + "?changedSince=2000-01-01T00:00:00Z").then().statusCode(200).body("total", equalTo(1));
        }
        // a reading's provisions, JSON and CSV alike
        given().get("/api/v1/readings/{r}/provisions?changedSince={t}", reading, before.toString()).then().statusCode(200)
                .body("total", equalTo(0));
        given().get("/api/v1/readings/{r}/provisions?changedSince=2000-01-01T00:00:00Z", reading).then().statusCode(200)
                .body("total", equalTo(1));
        assertEquals(1, given().accept("text/csv").get("/api/v1/readings/{r}/provisions?changedSince={t}", reading, before.toString())
                .then().statusCode(200).extract().asString().split("\r\n").length, "the header row only");
        // the negotiations and the stakeholders: this negotiation and this stakeholder were made before `before`
        given().get("/api/v1/negotiations?changedSince={t}&size=200", before.toString()).then().statusCode(200)
                .body("items.slug", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(slug)));
        given().get("/api/v1/negotiations?changedSince=2000-01-01T00:00:00Z&size=200").then().statusCode(200)
                .body("items.slug", org.hamcrest.Matchers.hasItem(slug));
        given().get("/api/v1/stakeholders?kind=OTHER_NGO&changedSince={t}&size=200", before.toString()).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) stakeholder)));
        given().get("/api/v1/stakeholders?kind=OTHER_NGO&changedSince=2000-01-01T00:00:00Z&size=200").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem((int) stakeholder));
        given().get("/api/v1/negotiations?changedSince=yesterday").then().statusCode(400);
    }

    @Test
    void costsTheSameStatementsWhateverItHolds() {
        long few = statements();
        for (int i = 0; i < 5; i++) {
            create(position("AMEND", null, "MANY"));
        }
        assertEquals(few, statements(), "statements for a snapshot of 2 and of 7 positions");
        org.junit.jupiter.api.Assertions.assertTrue(few <= 9, "statements: " + few);
    }

    private long statements() {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().header("Cache-Control", "no-cache").get("/api/v1/negotiations/{slug}/snapshot", slug).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    @Test
    void refusesAnUnreadableInstantAndAnUnknownNegotiation() {
        given().get("/api/v1/negotiations/{slug}/snapshot?changedSince=yesterday", slug).then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/v1/positions?changedSince=2026-13-01").then().statusCode(400);
        given().get("/api/v1/negotiations/no-such-negotiation/snapshot").then().statusCode(404);
    }
}
