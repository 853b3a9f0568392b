package org.treatytracker.site;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.treatytracker.TestData;

/**
 * The real corpus for the browser walk: the five Paris drafts of 2015 in date order (Markdown, and the two only
 * published as PDF), and the Geneva negotiating text (PDF) with its three Earth Negotiations Bulletin reports, their
 * suggested positions accepted, as an editor would.
 */
final class CorpusImport {

    private CorpusImport() {
    }

    static void paris(Path dir) throws IOException {
        TestData.asAdmin();
        List<Path> drafts = new ArrayList<>();
        try (Stream<Path> md = Files.list(dir); Stream<Path> pdf = Files.list(dir.resolve("pdf"))) {
            drafts.addAll(md.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("SOURCE.md")).toList());
            drafts.addAll(pdf.filter(p -> p.toString().endsWith(".pdf")).toList());
        }
        drafts.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        given().contentType(ContentType.JSON).body(Map.of("slug", "paris-2015", "title", "Paris Agreement (2015 drafts)"))
                .post("/api/v1/negotiations").then().statusCode(201);
        for (int i = 0; i < drafts.size(); i++) {
            read("paris-2015", i + 1, drafts.get(i));
        }
    }

    static void geneva(Path dir) throws IOException {
        TestData.asAdmin();
        given().contentType(ContentType.JSON).body(Map.of("slug", "geneva-2015", "title", "Geneva negotiating text (February 2015)"))
                .post("/api/v1/negotiations").then().statusCode(201);
        long reading = read("geneva-2015", 1, dir.resolve("2015-02-12-geneva-negotiating-text.pdf"));
        for (String file : List.of("enb12621e.md", "enb12622e.md", "enb12623e.md")) {
            long source = given().contentType("text/markdown; charset=UTF-8").body(Files.readString(dir.resolve(file)))
                    .queryParam("reading", reading).queryParam("kind", "SUMMARY")
                    .post("/api/v1/negotiations/geneva-2015/reports").then().statusCode(201).extract().jsonPath().getLong("source.id");
            List<Map<String, Object>> suggestions = given().get("/api/v1/sources/{id}/suggestions?size=200", source).then().statusCode(200)
                    .extract().jsonPath().getList("items");
            for (Map<String, Object> s : suggestions) {
                // An editor's review: the suggestions that name a speaker become positions; a refused one stays a suggestion.
                if (s.get("stakeholder") != null) {
                    given().contentType(ContentType.JSON).body("{}").post("/api/v1/suggestions/{id}/accept", s.get("id"));
                }
            }
        }
    }

    private static long read(String slug, int sequence, Path draft) throws IOException {
        String name = draft.getFileName().toString();
        boolean pdf = name.endsWith(".pdf");
        long reading = given().contentType(ContentType.JSON)
                .body(Map.of("sequenceNumber", sequence, "label", name.substring(0, 10) + (pdf ? " (PDF)" : " draft")))
                .post("/api/v1/negotiations/{slug}/readings", slug).then().statusCode(201).extract().jsonPath().getLong("id");
        given().contentType(pdf ? "application/pdf" : "text/markdown; charset=UTF-8").body(Files.readAllBytes(draft))
                .post("/api/v1/readings/{id}/import", reading).then().statusCode(201);
        return reading;
    }
}
