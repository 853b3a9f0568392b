package org.treatytracker.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/**
 * Measures report ingestion against the curated seed dataset, the gold standard: the seed's provisions are
 * set up in a fresh negotiation, the seed report is imported through the API, and its mentions, quantifiers
 * and suggested positions (provision + quantifier + stance) are compared with the curated ones as multisets.
 * Prints precision and recall; fails below the floors of the issue.
 */
@QuarkusTest
class IngestionAccuracyTest {

    @org.junit.jupiter.api.BeforeAll
    static void authenticate() {
        TestData.asAdmin();
    }

    private static final Path SEEDS = Path.of("seeds");

    @Test
    void seedReportReachesTheAccuracyFloors() throws IOException {
        JsonNode gold = new ObjectMapper().readTree(Files.readString(SEEDS.resolve("cybercrime-fifth-intersessional.json")));
        String slug = TestData.newNegotiation();
        long reading = given().contentType(ContentType.JSON)
                .body(Map.of("sequenceNumber", 3, "label", "Third reading", "documentSymbol", "A/AC.291/22"))
                .post("/api/v1/negotiations/{slug}/readings", slug).then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Long> versions = new HashMap<>();
        for (JsonNode p : gold.get("provisions")) {
            Map<String, Object> content = new HashMap<>();
            content.put("readingId", reading);
            content.put("number", text(p, "number"));
            content.put("title", text(p, "title"));
            content.put("text", text(p, "text"));
            content.put("parentVersionId", p.has("parent") ? versions.get(p.get("parent").asText()) : null);
            JsonPath created = given().contentType(ContentType.JSON).body(Map.of("kind", p.get("kind").asText(), "version", content))
                    .post("/api/v1/negotiations/{slug}/provisions", slug).then().statusCode(201).extract().jsonPath();
            versions.put(created.getString("eId"), created.getLong("id"));
        }
        String report = Files.readString(SEEDS.resolve(gold.get("source").get("file").asText()));
        long source = given().contentType("text/markdown; charset=UTF-8").body(report).post("/api/v1/negotiations/{slug}/reports", slug)
                .then().statusCode(201).extract().jsonPath().getLong("source.id");

        List<String> goldMentions = new ArrayList<>();
        gold.get("source").get("mentions").fields().forEachRemaining(e -> e.getValue().forEach(v -> goldMentions.add(e.getKey() + ":" + v.asText())));
        List<String> goldQuantifiers = new ArrayList<>();
        List<String> goldPositions = new ArrayList<>();
        for (JsonNode p : gold.get("source").get("positions")) {
            String where = p.get("paragraph").asInt() + ":";
            goldQuantifiers.add(where + p.get("quantifier").asText("null"));
            goldPositions.add(where + p.get("target").asText("null") + ":" + p.get("quantifier").asText("null") + ":" + p.get("stance").asText());
        }

        List<String> foundMentions = given().get("/api/v1/sources/{id}/mentions", source).then().statusCode(200).extract().jsonPath()
                // The curated mentions are of the draft's provisions: another instrument's ("paragraph 10 of General Assembly
                // resolution 75/282") is recorded with no eId and is not among them.
                .getList("findAll { it.eId != null }.collect { it.paragraphNumber + ':' + it.eId }.unique()");
        JsonPath suggestions = given().get("/api/v1/sources/{id}/suggestions?size=200", source).then().statusCode(200).extract().jsonPath();
        List<String> foundQuantifiers = suggestions.getList("items.collect { it.citation.paragraphNumber + ':' + it.quantifier }");
        List<String> foundPositions = suggestions.getList(
                "items.collect { it.citation.paragraphNumber + ':' + it.target.eId + ':' + it.quantifier + ':' + it.stance }");

        System.out.println("\n== Report ingestion accuracy on the seed report (gold: the curated seed dataset)");
        double[] mentions = score("mentions", goldMentions, foundMentions);
        double[] quantifiers = score("quantifiers", goldQuantifiers, foundQuantifiers);
        double[] positions = score("positions (provision + quantifier + stance)", goldPositions, foundPositions);
        System.out.println();
        assertTrue(mentions[0] >= 0.95 && mentions[1] >= 0.95, "mentions below 0.95/0.95");
        assertTrue(quantifiers[0] >= 0.9 && quantifiers[1] >= 0.9, "quantifiers below 0.9/0.9");
        assertTrue(positions[0] >= 0.7 && positions[1] >= 0.7, "positions below 0.7/0.7");
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) && !node.get(field).isNull() ? node.get(field).asText() : null;
    }

    /** Precision and recall of found against gold, both multisets. */
    static double[] score(String what, List<String> gold, List<String> found) {
        List<String> unmatched = new ArrayList<>(gold);
        int correct = 0;
        for (String f : found) {
            if (unmatched.remove(f)) {
                correct++;
            }
        }
        double precision = found.isEmpty() ? 0 : correct / (double) found.size();
        double recall = gold.isEmpty() ? 0 : correct / (double) gold.size();
        System.out.printf("%-45s gold %3d  found %3d  correct %3d  precision %.2f  recall %.2f%n", what, gold.size(), found.size(),
                correct, precision, recall);
        if (!unmatched.isEmpty()) {
            System.out.println("   missed: " + unmatched);
        }
        return new double[] {precision, recall};
    }
}
