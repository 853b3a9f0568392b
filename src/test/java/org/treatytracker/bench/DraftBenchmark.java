package org.treatytracker.bench;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;
import org.treatytracker.text.BracketParser;
import org.treatytracker.text.ParsedDraft;
import org.treatytracker.corpus.Corpus;

/**
 * The text benchmark: bracket-parse throughput, import time and comparison time, on the largest real Paris
 * draft and on a generated 1 MB draft. Prints figures; asserts nothing about time (speed is measured, not
 * unit-tested). Run with {@code ./mvnw test -Dtest=DraftBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
class DraftBenchmark {

    @org.junit.jupiter.api.BeforeAll
    static void authenticate() {
        TestData.asAdmin();
    }

    private static final Path CORPUS = Corpus.dir("paris-2015");
    private int sequence = 0;

    @Test
    void measure() throws IOException {
        Corpus.require("paris-2015");
        String october = Files.readString(CORPUS.resolve("2015-10-23-draft-agreement.md"));
        String december = Files.readString(CORPUS.resolve("2015-12-04-draft-agreement.md"));
        String generated = generatedDraft(1_000_000);
        System.out.println("\n== Draft benchmark (targets: parse >= 50 MB/s, import of the largest Paris draft < 1 s, compare < 300 ms)");
        System.out.printf("parse, Paris 23 Oct (%d kB):   %6.1f MB/s%n", october.length() / 1000, parseThroughput(october));
        System.out.printf("parse, generated (%d kB):    %6.1f MB/s%n", generated.length() / 1000, parseThroughput(generated));

        given().contentType(ContentType.JSON).body(Map.of("slug", "bench", "title", "Benchmark")).post("/api/v1/negotiations");
        System.out.printf("import, Paris 23 Oct:          median %5d ms of 5 (first %d ms)%n", median(5, () -> importTime(october)),
                importTime(october));
        System.out.printf("import, generated 1 MB:        median %5d ms of 3%n", median(3, () -> importTime(generated)));

        given().contentType(ContentType.JSON).body(Map.of("slug", "bench-compare", "title", "Benchmark")).post("/api/v1/negotiations");
        long from = newReading("bench-compare");
        long to = newReading("bench-compare");
        importInto(from, october);
        importInto(to, december);
        for (int i = 0; i < 5; i++) {
            compareTime(from, to, true);
        }
        System.out.printf("compare 23 Oct -> 4 Dec:       median %5d ms of 15 with diffs, %d ms without%n",
                median(15, () -> compareTime(from, to, true)), median(15, () -> compareTime(from, to, false)));
        System.out.println();
    }

    private static double parseThroughput(String text) {
        for (int i = 0; i < 200; i++) {
            BracketParser.parse(text, BracketParser.Mode.TOLERANT);
        }
        long chars = 0;
        long start = System.nanoTime();
        while (System.nanoTime() - start < 2_000_000_000L) {
            ParsedDraft draft = BracketParser.parse(text, BracketParser.Mode.TOLERANT);
            chars += draft.source().length();
        }
        return chars / 1e6 / ((System.nanoTime() - start) / 1e9);
    }

    private long importTime(String text) {
        long reading = newReading("bench");
        long start = System.nanoTime();
        importInto(reading, text);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private long compareTime(long from, long to, boolean diffs) {
        long start = System.nanoTime();
        given().get("/api/v1/negotiations/bench-compare/compare?from={a}&to={b}&diffs={d}", from, to, diffs).then().statusCode(200);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private long newReading(String slug) {
        return given().contentType(ContentType.JSON).body(Map.of("sequenceNumber", ++sequence, "label", "Reading " + sequence))
                .post("/api/v1/negotiations/{slug}/readings", slug).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void importInto(long reading, String text) {
        given().contentType("text/markdown; charset=UTF-8").body(text).post("/api/v1/readings/{id}/import", reading).then().statusCode(201);
    }

    private static long median(int runs, LongSupplier run) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            times.add(run.getAsLong());
        }
        Collections.sort(times);
        return times.get(runs / 2);
    }

    /** A made-up draft of about {@code size} characters, with the bracket forms of real drafts. */
    static String generatedDraft(int size) {
        StringBuilder draft = new StringBuilder("## Preamble\n\nThe Parties to this Agreement,\n\n*Recognizing* [the need][the urgency] of action,\n\n");
        int article = 1;
        while (draft.length() < size) {
            draft.append("## Article ").append(article).append(" *(made-up provision ").append(article).append(")*\n\n");
            for (int paragraph = 1; paragraph <= 6; paragraph++) {
                draft.append(paragraph).append(". Each Party [shall][should][other] regularly [prepare] [communicate] a[n intended] ")
                        .append("nationally determined [contribution][commitment] [on [mitigation] and adaptation] towards ")
                        .append("the [purpose][objective] of this Agreement, with [x]40-[y]70 per cent by 2050[^").append(paragraph).append("].\n\n");
            }
            draft.append("    **Option 1:** [Parties aim [to achieve the goal] through [long-term [low-[carbon][emission] transformation]]].\n\n");
            draft.append("    **Option 2:** No text\n\n");
            article++;
        }
        return draft.toString();
    }
}
