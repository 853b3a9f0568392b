package org.treatytracker.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.treatytracker.corpus.Corpus;

/**
 * The heaviest pages on real drafts, made afresh: the five Paris readings of 2015 (three Markdown drafts, two PDFs)
 * imported into the packaged server (small-server settings), then the page of Article 3 with its history, and the
 * comparison of the last two readings (page and JSON), each asked for with {@code Cache-Control: no-cache} so the
 * response cache answers none. Prints the first visit after start, then p50 and p99 from wrk at one connection.
 * Corpus from {@code -Dcorpus.root=} (default {@code ../shared/corpus}). Build first: {@code ./mvnw package -DskipTests}.
 */
class ParisPagesBenchmark {

    private static final Path CORPUS = Corpus.dir("paris-2015");
    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void run() throws Exception {
        Path dir = Files.createTempDirectory("treaty-paris");
        String url = "jdbc:h2:file:" + dir.resolve("data/treaty-tracker") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        List<String> options = new ArrayList<>(List.of(LoadBenchmark.serverOptions("h2", url)));
        PackagedServer server = PackagedServer.start(dir, "server.log", options.toArray(String[]::new));
        HttpClient http = HttpClient.newHttpClient();
        String base = server.base();
        try {
            server.awaitReady(http);
            post(http, base + "/api/v1/negotiations", "application/json",
                    "{\"slug\":\"paris-2015\",\"title\":\"Paris Agreement (2015 drafts)\"}".getBytes());
            List<Path> drafts = new ArrayList<>();
            try (Stream<Path> md = Files.list(CORPUS); Stream<Path> pdf = Files.list(CORPUS.resolve("pdf"))) {
                drafts.addAll(md.filter(p -> p.toString().endsWith(".md")).toList());
                drafts.addAll(pdf.filter(p -> p.toString().endsWith(".pdf")).toList());
            }
            drafts.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())); // by date
            List<Long> readings = new ArrayList<>();
            for (Path draft : drafts) {
                boolean pdf = draft.toString().endsWith(".pdf");
                String name = draft.getFileName().toString();
                long reading = JSON.readTree(post(http, base + "/api/v1/negotiations/paris-2015/readings", "application/json",
                        ("{\"sequenceNumber\":" + (readings.size() + 1) + ",\"label\":\"" + name.substring(0, 10) + "\"}").getBytes()))
                        .path("id").asLong();
                post(http, base + "/api/v1/readings/" + reading + "/import", pdf ? "application/pdf" : "text/markdown; charset=UTF-8",
                        Files.readAllBytes(draft));
                readings.add(reading);
            }
            long last = readings.get(readings.size() - 1);
            long previous = readings.get(readings.size() - 2);
            long article3 = provisionOf(http, base, last, "art_3");
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("provision page, Article 3 with history", "/provisions/" + article3 + "?reading=" + last);
            pages.put("comparison page, 4 Dec -> 9 Dec", "/negotiations/paris-2015/compare?from=" + previous + "&to=" + last);
            pages.put("comparison JSON, 4 Dec -> 9 Dec", "/api/v1/negotiations/paris-2015/compare?from=" + previous + "&to=" + last);

            System.out.printf("%n== Paris pages made afresh (Cache-Control: no-cache), %d readings, one connection, %d s each%n",
                    readings.size(), SECONDS);
            System.out.printf("%-42s %10s %9s %9s %9s%n", "page", "first ms", "req/s", "p50 ms", "p99 ms");
            for (Map.Entry<String, String> page : pages.entrySet()) {
                long start = System.nanoTime();
                HttpResponse<Void> first = http.send(HttpRequest.newBuilder(URI.create(base + page.getValue()))
                        .header("Cache-Control", "no-cache").build(), HttpResponse.BodyHandlers.discarding());
                assertEquals(200, first.statusCode(), page.getValue());
                long firstMillis = (System.nanoTime() - start) / 1_000_000;
                LoadBenchmark.wrk(base + page.getValue(), 1, 3, "Cache-Control: no-cache"); // warm-up
                LoadBenchmark.Result r = LoadBenchmark.parse(page.getKey(), 1,
                        LoadBenchmark.wrk(base + page.getValue(), 1, SECONDS, "Cache-Control: no-cache"));
                System.out.printf(Locale.ROOT, "%-42s %10d %9.1f %9.1f %9.1f%n", page.getKey(), firstMillis, r.rps(), r.p50(), r.p99());
            }
            System.out.printf("resident memory: %d MB%n", LoadBenchmark.rss(server.process.pid()) / 1024);
        } finally {
            server.stop();
        }
    }

    private static long provisionOf(HttpClient http, String base, long reading, String eId) throws Exception {
        JsonNode page = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/readings/" + reading
                + "/provisions?size=100")).build(), HttpResponse.BodyHandlers.ofString()).body());
        for (JsonNode version : page.path("items")) {
            if (version.path("eId").asText().equals(eId)) {
                return version.path("provisionId").asLong();
            }
        }
        throw new AssertionError("no " + eId + " at reading " + reading);
    }

    private static String post(HttpClient http, String url, String type, byte[] body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .header("Authorization", LoadBenchmark.adminAuthorization()).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), url + ": " + response.body());
        return response.body();
    }
}
