package org.treatytracker.bench;

import java.io.UncheckedIOException;
import java.util.TreeMap;
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
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;
import org.treatytracker.draftfile.BrokenWords;
import org.treatytracker.draftfile.PdfDraftReader;
import org.treatytracker.corpus.Corpus;

/**
 * The corpus check that .ci/run runs: imports the five real Paris Agreement drafts of 2015 from
 * ../shared/corpus/paris-2015 (or -Dcorpus.root) in date order, as published (the 5 October non-paper and the
 * 6 November edited draft as PDFs from pdf/, the 23 October, 4 December and 9 December drafts as Markdown), as
 * readings of one negotiation on a fresh database; compares each with the next; imports the Geneva negotiating
 * text of February 2015 (a PDF in lettered sections) as a reading of its own negotiation; and prints what it
 * found, with the PDF import's fidelity: running lines dropped, lines joined, words mended, and words still
 * broken per 1,000 (before and after cleaning), judged against the vocabulary of the Markdown transcriptions.
 * Fails if any import fails or finds too little. Not part of the default suite (its name does not end in
 * Test): run it with {@code ./mvnw test -Dtest=ParisCorpusCheck -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
class ParisCorpusCheck {

    @org.junit.jupiter.api.BeforeAll
    static void authenticate() {
        TestData.asAdmin();
    }

    @Test
    void importsAndComparesTheParisDrafts() throws IOException {
        Path dir = Corpus.require("paris-2015");
        List<Path> drafts = new ArrayList<>();
        try (Stream<Path> md = Files.list(dir); Stream<Path> pdf = Files.list(dir.resolve("pdf"))) {
            drafts.addAll(md.filter(p -> p.toString().endsWith(".md")).toList());
            drafts.addAll(pdf.filter(p -> p.toString().endsWith(".pdf")).toList());
        }
        // The file names start with the date: sorting by name puts the readings in the order they were published.
        drafts.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        assertEquals(5, drafts.size(), "expected three Markdown drafts and two PDFs in " + dir.toAbsolutePath());
        Set<String> reference = BrokenWords.vocabulary(drafts.stream().filter(p -> p.toString().endsWith(".md"))
                .map(ParisCorpusCheck::read).toArray(String[]::new));

        given().contentType(ContentType.JSON).body(Map.of("slug", "paris-2015", "title", "Paris Agreement (2015 drafts)"))
                .post("/api/v1/negotiations").then().statusCode(201);
        System.out.println("\n== Paris corpus check: " + dir.toAbsolutePath());
        printHeader();
        List<Long> readings = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            readings.add(importReading("paris-2015", i + 1, drafts.get(i), reference, 20));
        }
        System.out.printf("%-24s %6s %8s %11s %6s %8s %10s %9s %8s %8s%n", "comparison", "added", "removed", "renumbered",
                "moved", "changed", "unchanged", "resolved", "dropped", "opened");
        for (int i = 0; i + 1 < readings.size(); i++) {
            JsonPath totals = given().get("/api/v1/negotiations/paris-2015/compare?from={a}&to={b}&diffs=false",
                    readings.get(i), readings.get(i + 1)).then().statusCode(200).extract().jsonPath();
            System.out.printf("%-24s %6d %8d %11d %6d %8d %10d %9d %8d %8d%n",
                    date(drafts.get(i)) + " -> " + date(drafts.get(i + 1)),
                    totals.getInt("totals.added"), totals.getInt("totals.removed"), totals.getInt("totals.renumbered"),
                    totals.getInt("totals.moved"),
                    totals.getInt("totals.changed"), totals.getInt("totals.unchanged"), totals.getInt("totals.setsResolved"),
                    totals.getInt("totals.setsDropped"), totals.getInt("totals.setsOpened"));
            List<Map<String, Object>> changes = totals.getList("provisions");
            changes.stream().filter(c -> c.get("changedWords") != null && ((Number) c.get("changedWords")).intValue() > 0)
                    .sorted((a, b) -> ((Number) b.get("changedWords")).intValue() - ((Number) a.get("changedWords")).intValue())
                    .limit(3).forEach(c -> System.out.printf("    %s %s: %s words changed%n", c.get("wId"), c.get("status"), c.get("changedWords")));
            changes.stream().filter(c -> "art_26".equals(c.get("wId"))).forEach(c -> System.out.printf(
                    "    art_26 %s: %s words changed%n", c.get("status"), c.get("changedWords")));
        }

        Path geneva = Path.of(System.getProperty("geneva.pdf", dir.resolveSibling("geneva-2015")
                .resolve("2015-02-12-geneva-negotiating-text.pdf").toString()));
        given().contentType(ContentType.JSON).body(Map.of("slug", "geneva-2015", "title", "Geneva negotiating text (February 2015)"))
                .post("/api/v1/negotiations").then().statusCode(201);
        System.out.println("\n== Geneva negotiating text, a reading of its own negotiation: " + geneva.toAbsolutePath());
        printHeader();
        long genevaReading = importReading("geneva-2015", 1, geneva, reference, 0);
        List<String> sections = given().get("/api/v1/readings/{id}/provisions?kind=SECTION&size=100", genevaReading)
                .then().statusCode(200).extract().jsonPath().getList("items.eId");
        System.out.println("sections: " + sections);
        assertTrue(sections.size() >= 9, "the Geneva text has sections A to K (no F): " + sections);
        genevaReports(genevaReading, geneva.getParent());
        System.out.println();
    }

    /**
     * The whole flow on real documents: the three ENB daily reports of the Geneva session imported against the
     * Geneva reading, each position suggested per section by named Parties and groups.
     */
    private static void genevaReports(long reading, Path dir) throws IOException {
        System.out.println("\n== Geneva ENB reports imported against that reading: suggestions per target, named speakers, "
                + "external references, alternatives linked");
        int onSections = 0;
        for (String file : List.of("enb12621e.md", "enb12622e.md", "enb12623e.md")) {
            JsonPath imported = given().contentType("text/markdown; charset=UTF-8").body(Files.readString(dir.resolve(file)))
                    .queryParam("reading", reading).queryParam("kind", "SUMMARY")
                    .post("/api/v1/negotiations/geneva-2015/reports").then().statusCode(201).extract().jsonPath();
            long source = imported.getLong("source.id");
            List<Map<String, Object>> suggestions = given().get("/api/v1/sources/{id}/suggestions?size=200", source).then().statusCode(200)
                    .extract().jsonPath().getList("items");
            Map<String, Integer> byTarget = new TreeMap<>();
            int named = 0;
            int linked = 0;
            for (Map<String, Object> s : suggestions) {
                Map<?, ?> target = (Map<?, ?>) s.get("target");
                String eId = target == null || target.get("eId") == null ? "whole text" : String.valueOf(target.get("eId"));
                byTarget.merge(eId, 1, Integer::sum);
                named += s.get("stakeholder") != null ? 1 : 0;
                if (s.get("alternativeIndex") != null) {
                    linked++;
                    String quote = String.valueOf(s.get("quote"));
                    String alternative = given().get("/api/v1/provision-versions/{id}/brackets", target.get("provisionVersionId")).then()
                            .statusCode(200).extract().jsonPath()
                            .getString("sets[" + s.get("bracketSetIndex") + "].alternatives[" + s.get("alternativeIndex") + "].text");
                    System.out.printf("    linked to %s set %s alternative %s%n      sentence: %s%n      alternative: %s%n", eId,
                            s.get("bracketSetIndex"), s.get("alternativeIndex"), quote.length() > 300 ? quote.substring(0, 300) + "…" : quote,
                            alternative.length() > 300 ? alternative.substring(0, 300) + "…" : alternative);
                }
            }
            List<String> references = given().get("/api/v1/sources/{id}/mentions", source).then().statusCode(200).extract().jsonPath()
                    .getList("findAll { it.kind == 'EXTERNAL_REFERENCE' }.text");
            System.out.printf("%s (%s, %s): %d paragraphs, %d suggestions (%d by named stakeholders, %d linked to an alternative)%n"
                            + "    per target %s%n    external references %s%n", file, imported.getString("source.title"),
                    imported.getString("source.publishedOn"), imported.getInt("paragraphs"), suggestions.size(), named, linked, byTarget,
                    references);
            printStances(file, suggestions);
            onSections += byTarget.entrySet().stream().filter(e -> e.getKey().startsWith("sec_")).mapToInt(Map.Entry::getValue).sum();
        }
        assertTrue(onSections > 100, "the reports' positions land on the draft's sections: " + onSections);
    }

    /** A bulletin's suggested stances by kind, and how many of them are on an alternative of a bracket set. */
    private static void printStances(String file, List<Map<String, Object>> suggestions) {
        Map<String, Integer> byStance = new TreeMap<>();
        Map<String, Integer> onAlternatives = new TreeMap<>();
        for (Map<String, Object> s : suggestions) {
            byStance.merge(String.valueOf(s.get("stance")), 1, Integer::sum);
            if (s.get("alternativeIndex") != null) {
                onAlternatives.merge(String.valueOf(s.get("stance")), 1, Integer::sum);
            }
        }
        System.out.printf("    %s stances by kind %s; on alternatives %s%n", file, byStance, onAlternatives);
    }

    private static void printHeader() {
        System.out.printf("%-34s %5s %5s %6s %5s %5s %5s %6s %6s %5s %5s %5s %6s %6s %7s %6s %8s %8s %6s%n", "reading", "arts", "secs",
                "provs", "paras", "subs", "pmtch", "sets", "alts", "opts", "warn", "pages", "runDrp", "fnotes", "joined", "mended",
                "brk/1k<", "brk/1k>", "ms");
    }

    /** Imports one draft file as a reading and prints its figures; answers the reading's id. */
    private static long importReading(String slug, int sequence, Path draft, Set<String> reference, int minArticles) throws IOException {
        String name = draft.getFileName().toString();
        boolean pdf = name.endsWith(".pdf");
        long reading = given().contentType(ContentType.JSON)
                .body(Map.of("sequenceNumber", sequence, "label", date(draft) + (pdf ? " (PDF)" : " draft")))
                .post("/api/v1/negotiations/{slug}/readings", slug).then().statusCode(201).extract().jsonPath().getLong("id");
        long start = System.nanoTime();
        Response response = given().contentType(pdf ? "application/pdf" : "text/markdown; charset=UTF-8")
                .body(Files.readAllBytes(draft)).post("/api/v1/readings/{id}/import", reading);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(201, response.statusCode(), () -> name + " failed to import: " + response.asString());
        JsonPath report = response.jsonPath();
        String before = "";
        String after = "";
        if (pdf) {
            byte[] bytes = Files.readAllBytes(draft);
            double raw = BrokenWords.perThousand(rawTextLayer(bytes), reference);
            double clean = BrokenWords.perThousand(PdfDraftReader.read(bytes).text(), reference);
            before = String.format("%.2f", raw);
            after = String.format("%.2f", clean);
        }
        System.out.printf("%-34s %5d %5d %6d %5d %5d %5d %6d %6d %5d %5d %5s %6s %6s %7s %6s %8s %8s %6d%n", name, report.getLong("articles"),
                report.getLong("sections"), report.getInt("provisions"), report.getInt("parts.paragraphs"),
                report.getInt("parts.subparagraphs"), report.getInt("parts.matched"), report.getInt("bracketSets"), report.getInt("alternatives"),
                report.getInt("options"), report.getList("warnings").size(), layout(report, "pages"),
                layout(report, "runningLinesDropped"), layout(report, "footnotes"), layout(report, "linesJoined"),
                layout(report, "wordsMended"), before, after, ms);
        printKinds(reading);
        assertTrue(report.getLong("articles") >= minArticles, name + ": too few articles found");
        assertTrue(report.getInt("parts.paragraphs") >= report.getLong("articles"), name + ": numbered paragraphs became provisions");
        return reading;
    }

    /** The reading's provisions by kind, and the bracket pairs of each kind (parts counted in their provision only). */
    private static void printKinds(long reading) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 0; page == 0 || items.size() == page * 200; page++) {
            items.addAll(given().get("/api/v1/readings/{id}/provisions?size=200&page={p}", reading, page).then().statusCode(200)
                    .extract().jsonPath().getList("items"));
        }
        Map<String, int[]> byKind = new TreeMap<>();
        for (Map<String, Object> p : items) {
            int[] figures = byKind.computeIfAbsent(String.valueOf(p.get("kind")), k -> new int[2]);
            figures[0]++;
            if (!Boolean.TRUE.equals(p.get("partOfParent"))) {
                figures[1] += ((Number) ((Map<?, ?>) p.get("brackets")).get("alternatives")).intValue();
            }
        }
        StringBuilder line = new StringBuilder("    by kind (provisions/bracket pairs):");
        byKind.forEach((kind, f) -> line.append(' ').append(kind).append('=').append(f[0]).append('/').append(f[1]));
        System.out.println(line);
    }

    private static String layout(JsonPath report, String figure) {
        Object value = report.get("layout." + figure);
        return value == null ? "" : value.toString();
    }

    /** The PDF's text layer as PDFBox gives it, before any cleaning: the "before" of the fidelity figures. */
    private static String rawTextLayer(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String date(Path draft) {
        return draft.getFileName().toString().substring(0, 10);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
