package org.treatytracker.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;
import org.treatytracker.corpus.Corpus;

/**
 * The whole flow on real documents, measured: the Geneva negotiating text (PDF) imported as a reading, the three ENB
 * reports imported against it, and the named stakeholders' suggested stances compared with our own hand annotation
 * (src/test/resources/reports/geneva-enb-stances.json, written independently of the rules: see its "about"). Figures:
 * (paragraph, stakeholder, stance) precision and recall, where the stakeholder is the group when a speaker spoke for
 * one; alternative links at (paragraph, stakeholder); the share of AMEND; and the per-alternative view after every
 * suggestion is accepted. The corpus stays outside the repository: its directory comes from {@code corpus.root}
 * (default ../shared/corpus, see Corpus); the test is skipped, saying so, where it is absent.
 */
@QuarkusTest
@TestProfile(GenevaStanceAccuracyTest.SlowCorpus.class)
class GenevaStanceAccuracyTest {

    /** An 86-page PDF on a loaded two-core machine can take longer than the default import budget and client timeout. */
    public static class SlowCorpus implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("treaty.imports.max-time", "300S", "quarkus.http.test-timeout", "300S", "quarkus.http.idle-timeout", "300S");
        }
    }

    private static final List<String> REPORTS = List.of("enb12621e", "enb12622e", "enb12623e");

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    @Test
    void namedStancesOnTheGenevaDraftMeetTheAnnotation() throws Exception {
        Path corpus = Corpus.require("geneva-2015");
        Path pdf = corpus.resolve("2015-02-12-geneva-negotiating-text.pdf");
        JsonNode gold;
        try (InputStream in = getClass().getResourceAsStream("/reports/geneva-enb-stances.json")) {
            gold = new ObjectMapper().readTree(in);
        }
        String slug = TestData.newNegotiation();
        long reading = TestData.newReading(slug, 1);
        given().contentType("application/pdf").body(Files.readAllBytes(pdf)).post("/api/v1/readings/{id}/import", reading).then()
                .statusCode(201);
        Map<String, Long> sections = new HashMap<>();
        for (Map<String, Object> v : given().get("/api/v1/readings/{id}/provisions?kind=SECTION&size=100", reading).then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("items")) {
            sections.put(String.valueOf(v.get("eId")), ((Number) v.get("id")).longValue());
        }

        Map<String, Long> ids = new HashMap<>();
        Set<String> goldTriples = new LinkedHashSet<>();
        Set<String> goldLinks = new LinkedHashSet<>();
        Map<String, String> goldTargets = new HashMap<>();
        int goldAmend = 0;
        int goldEntries = 0;
        List<JsonNode> goldAlternatives = new ArrayList<>();
        for (JsonNode paragraph : gold.path("paragraphs")) {
            String where = paragraph.path("report").asText() + "#" + paragraph.path("paragraph").asInt();
            for (JsonNode entry : paragraph.path("stances")) {
                String who = key(entry.path("stakeholder").asText(), ids);
                String triple = where + " " + who + " " + entry.path("stance").asText();
                goldTriples.add(triple);
                goldTargets.put(triple, eIdOf(entry.path("target")));
                goldEntries++;
                goldAmend += "AMEND".equals(entry.path("stance").asText()) ? 1 : 0;
                if (!entry.path("alternative").isNull() && !entry.path("alternative").asText().isBlank()) {
                    goldLinks.add(where + " " + who);
                    goldAlternatives.add(entry);
                }
            }
        }

        Set<String> foundTriples = new LinkedHashSet<>();
        Set<String> foundLinks = new LinkedHashSet<>();
        Map<String, Set<String>> foundTargets = new HashMap<>();
        Map<String, Integer> byStance = new TreeMap<>();
        int found = 0;
        int foundAmend = 0;
        List<Map<String, Object>> all = new ArrayList<>();
        for (String report : REPORTS) {
            JsonPath imported = given().contentType("text/markdown; charset=UTF-8").body(Files.readString(corpus.resolve(report + ".md")))
                    .queryParam("reading", reading).queryParam("kind", "SUMMARY").post("/api/v1/negotiations/{slug}/reports", slug)
                    .then().statusCode(201).extract().jsonPath();
            long source = imported.getLong("source.id");
            List<Map<String, Object>> suggestions = given().get("/api/v1/sources/{id}/suggestions?size=200", source).then()
                    .statusCode(200).extract().jsonPath().getList("items");
            all.addAll(suggestions);
            for (Map<String, Object> s : suggestions) {
                Map<?, ?> who = (Map<?, ?>) s.get("stakeholder");
                Map<?, ?> group = (Map<?, ?>) s.get("onBehalfOf");
                if (who == null && s.get("suggestedStakeholder") == null) {
                    continue; // unnamed speakers: the annotation leaves them out
                }
                String stakeholder = group != null ? "id:" + group.get("id") : who != null ? "id:" + who.get("id")
                        : "unregistered:" + s.get("suggestedStakeholder");
                String where = report + "#" + ((Map<?, ?>) s.get("citation")).get("paragraphNumber");
                // The annotation has no MOVE: its AMEND covers moving text ("moving, merging, separating, replacing").
                String triple = where + " " + stakeholder + " " + ("MOVE".equals(s.get("stance")) ? "AMEND" : s.get("stance"));
                foundTriples.add(triple);
                Map<?, ?> target = (Map<?, ?>) s.get("target");
                foundTargets.computeIfAbsent(triple, k -> new TreeSet<>()).add(target == null || target.get("eId") == null ? "whole text"
                        : String.valueOf(target.get("eId")));
                found++;
                foundAmend += "AMEND".equals(s.get("stance")) ? 1 : 0;
                byStance.merge(String.valueOf(s.get("stance")), 1, Integer::sum);
                if (s.get("alternativeIndex") != null) {
                    foundLinks.add(where + " " + stakeholder);
                }
            }
        }
        double[] stances = score("(paragraph, stakeholder, stance)", goldTriples, foundTriples, ids);
        double[] links = score("alternative links (paragraph, stakeholder)", goldLinks, foundLinks, ids);
        long targetsRight = goldTriples.stream().filter(foundTriples::contains)
                .filter(t -> foundTargets.get(t).contains(goldTargets.get(t) == null ? "whole text" : goldTargets.get(t))).count();
        long matched = goldTriples.stream().filter(foundTriples::contains).filter(t -> goldTargets.get(t) != null
                || !foundTargets.get(t).isEmpty()).count();
        double foundShare = found == 0 ? 0 : (double) foundAmend / found;
        double goldShare = goldEntries == 0 ? 0 : (double) goldAmend / goldEntries;
        System.out.printf("   named suggestions by stance: %s%n", byStance);
        System.out.printf("   AMEND share: found %.3f (%d of %d), annotation %.3f (%d of %d)%n", foundShare, foundAmend, found, goldShare,
                goldAmend, goldEntries);
        System.out.printf("   targets of the matched triples that are the annotation's: %d of %d%n", targetsRight, matched);

        // Accept every suggestion by a registered stakeholder; then the bracket view of each section names its backers.
        for (Map<String, Object> s : all) {
            if (s.get("stakeholder") != null) {
                given().contentType(ContentType.JSON).body("{}").post("/api/v1/suggestions/{id}/accept", s.get("id")).then().statusCode(200);
            }
        }
        List<String> missingBackers = new ArrayList<>();
        int expectedBackers = 0;
        for (JsonNode entry : goldAlternatives) {
            String eId = eIdOf(entry.path("target"));
            Long version = eId == null ? null : sections.get(eId);
            String words = entry.path("alternative").asText().toLowerCase(Locale.ROOT);
            if (version == null) {
                System.out.printf("   annotated alternative on %s (no provision of the draft): %s%n", entry.path("target").asText(), words);
                continue;
            }
            Response brackets = given().get("/api/v1/provision-versions/{id}/brackets", version);
            List<Map<String, Object>> sets = brackets.then().statusCode(200).extract().jsonPath().getList("sets");
            boolean inDraft = false;
            for (Map<String, Object> set : sets) {
                for (Map<String, Object> alternative : (List<Map<String, Object>>) set.get("alternatives")) {
                    if (String.valueOf(alternative.get("text")).toLowerCase(Locale.ROOT).contains(words)) {
                        inDraft = true;
                        expectedBackers++;
                        List<Map<String, Object>> backers = new ArrayList<>((List<Map<String, Object>>) alternative.get("supporters"));
                        backers.addAll((List<Map<String, Object>>) alternative.get("opponents"));
                        Long want = ids.get(entry.path("stakeholder").asText());
                        if (backers.stream().noneMatch(b -> want != null && want.equals(((Number) b.get("stakeholderId")).longValue()))) {
                            missingBackers.add(entry.path("stakeholder").asText() + " on " + eId + ": " + words);
                        }
                    }
                }
            }
            if (!inDraft) {
                System.out.printf("   annotated alternative on %s not an alternative of its bracket sets: %s%n", eId, words);
            }
        }
        System.out.printf("   per-alternative view: %d annotated backers on alternatives of the draft, missing %s%n", expectedBackers,
                missingBackers);

        assertTrue(stances[0] >= 0.85 && stances[1] >= 0.85, "stance precision and recall at least 0.85: " + stances[0] + ", " + stances[1]);
        assertTrue(foundShare <= goldShare, "AMEND share " + foundShare + " is above the annotation's " + goldShare);
        // The annotation's two alternatives are not alternatives of the draft's bracket sets (printed above), so link
        // recall on it cannot reach its target: what is asserted is that no link is made that the annotation lacks.
        assertTrue(links[0] >= 0.9 || foundLinks.isEmpty(), "alternative-link precision " + links[0] + ": " + foundLinks);
        assertEquals(List.of(), missingBackers, "the per-alternative view lists the annotation's backers");
    }

    /** The register's id of an annotated name, as the key a suggestion is compared by. */
    private static String key(String name, Map<String, Long> ids) {
        if (!ids.containsKey(name)) {
            Response found = given().queryParam("name", name).get("/api/v1/stakeholders/lookup");
            ids.put(name, found.statusCode() == 200 ? found.jsonPath().getLong("id") : null);
        }
        Long id = ids.get(name);
        return id == null ? "unregistered:" + name : "id:" + id;
    }

    /** "section C" → sec_c; "whole text" and none → null. */
    private static String eIdOf(JsonNode target) {
        String t = target.isNull() ? "" : target.asText();
        return t.toLowerCase(Locale.ROOT).matches("section [a-z]") ? "sec_" + t.substring(8).toLowerCase(Locale.ROOT) : null;
    }

    private static double[] score(String what, Set<String> gold, Set<String> found, Map<String, Long> ids) {
        Set<String> correct = new TreeSet<>(found);
        correct.retainAll(gold);
        double precision = found.isEmpty() ? 0 : (double) correct.size() / found.size();
        double recall = gold.isEmpty() ? 0 : (double) correct.size() / gold.size();
        System.out.printf("%n== Geneva stances vs our annotation: %-44s gold %3d  found %3d  correct %3d  precision %.2f  recall %.2f%n",
                what, gold.size(), found.size(), correct.size(), precision, recall);
        Map<String, String> names = new HashMap<>();
        ids.forEach((name, id) -> names.putIfAbsent("id:" + id, name));
        List<String> missed = new ArrayList<>(new TreeSet<>(gold));
        missed.removeAll(found);
        List<String> extra = new ArrayList<>(new TreeSet<>(found));
        extra.removeAll(gold);
        System.out.println("   missed: " + named(missed, names));
        System.out.println("   extra:  " + named(extra, names));
        return new double[] {precision, recall};
    }

    private static List<String> named(List<String> keys, Map<String, String> names) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            String[] parts = k.split(" ");
            out.add(k.replace(parts.length > 1 ? parts[1] : k, names.getOrDefault(parts.length > 1 ? parts[1] : k, parts.length > 1 ? parts[1] : k)));
        }
        return out;
    }
}
