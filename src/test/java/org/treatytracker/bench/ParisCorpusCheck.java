package org.treatytracker.bench;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/**
 * The corpus check that .ci/run runs: imports the three real Paris Agreement drafts of 2015 from
 * ../shared/corpus/paris-2015 (or -Dcorpus.dir) as three readings of a new negotiation on a fresh database,
 * compares them in order, and prints what it found. Fails if any import fails. Not part of the default
 * suite (its name does not end in Test): run it with
 * {@code ./mvnw test -Dtest=ParisCorpusCheck -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
class ParisCorpusCheck {

    @org.junit.jupiter.api.BeforeAll
    static void authenticate() {
        TestData.asAdmin();
    }

    @Test
    void importsAndComparesTheParisDrafts() throws IOException {
        Path dir = Path.of(System.getProperty("corpus.dir", "../shared/corpus/paris-2015"));
        List<Path> drafts;
        try (Stream<Path> files = Files.list(dir)) {
            drafts = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertEquals(3, drafts.size(), "expected three drafts in " + dir.toAbsolutePath());
        given().contentType(ContentType.JSON).body(Map.of("slug", "paris-2015", "title", "Paris Agreement (2015 drafts)"))
                .post("/api/v1/negotiations").then().statusCode(201);

        List<Long> readings = new ArrayList<>();
        System.out.println("\n== Paris corpus check: " + dir.toAbsolutePath());
        System.out.printf("%-32s %8s %10s %8s %13s %8s %9s %8s%n", "reading", "articles", "provisions", "sets",
                "alternatives", "options", "warnings", "ms");
        for (int i = 0; i < drafts.size(); i++) {
            Path draft = drafts.get(i);
            String name = draft.getFileName().toString();
            long reading = given().contentType(ContentType.JSON)
                    .body(Map.of("sequenceNumber", i + 1, "label", name.substring(0, 10) + " draft agreement"))
                    .post("/api/v1/negotiations/paris-2015/readings").then().statusCode(201).extract().jsonPath().getLong("id");
            long start = System.nanoTime();
            Response response = given().contentType("text/markdown; charset=UTF-8").body(Files.readString(draft))
                    .post("/api/v1/readings/{id}/import", reading);
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(201, response.statusCode(), () -> name + " failed to import: " + response.asString());
            JsonPath report = response.jsonPath();
            System.out.printf("%-32s %8d %10d %8d %13d %8d %9d %8d%n", name, report.getLong("articles"), report.getInt("provisions"),
                    report.getInt("bracketSets"), report.getInt("alternatives"), report.getInt("options"),
                    report.getList("warnings").size(), ms);
            assertTrue(report.getLong("articles") > 20, name + ": too few articles found");
            readings.add(reading);
        }
        System.out.printf("%-24s %6s %8s %11s %8s %10s %9s %8s %8s%n", "comparison", "added", "removed", "renumbered",
                "changed", "unchanged", "resolved", "dropped", "opened");
        for (int i = 0; i + 1 < readings.size(); i++) {
            JsonPath totals = given().get("/api/v1/negotiations/paris-2015/compare?from={a}&to={b}&diffs=false",
                    readings.get(i), readings.get(i + 1)).then().statusCode(200).extract().jsonPath();
            System.out.printf("%-24s %6d %8d %11d %8d %10d %9d %8d %8d%n",
                    drafts.get(i).getFileName().toString().substring(0, 10) + " -> " + drafts.get(i + 1).getFileName().toString().substring(0, 10),
                    totals.getInt("totals.added"), totals.getInt("totals.removed"), totals.getInt("totals.renumbered"),
                    totals.getInt("totals.changed"), totals.getInt("totals.unchanged"), totals.getInt("totals.setsResolved"),
                    totals.getInt("totals.setsDropped"), totals.getInt("totals.setsOpened"));
        }
        System.out.println();
    }
}
