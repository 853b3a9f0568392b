package org.treatytracker.bench;

import java.io.FilterInputStream;
import java.io.IOException;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

/**
 * The CSV export benchmark: generates the large data set (200,000 positions) on H2 or PostgreSQL, starts the packaged server
 * with the small-server settings of {@link LoadBenchmark} (112 MB heap, serial GC), then with 56 MB, its GC log on,
 * and exports positions as CSV: a filtered ninth of them, then all of them (twice, and in another sort). Prints per export the rows,
 * bytes, time to the first byte and in all, and the server's heap from its GC log: the most used before a
 * collection (peak heap) and the most still live after a full collection (what the server really holds).
 * Constant memory shows as the same live heap for 22,000 and 200,000 rows, and as the same exports passing
 * with half the heap.
 *
 * <p>H2: {@code ./mvnw package -DskipTests && ./mvnw test -Dtest=CsvExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * PostgreSQL (the database outside the server, so the heap is the export's alone): build with
 * {@code -Dquarkus.profile=pg}, run with {@code -Dbench.db=pg} (database {@code treaty_bench}, or {@code -Dbench.pg.url=},
 * role {@code treaty}; the database is wiped).
 */
class CsvExportBenchmark {

    private static final Pattern GC = Pattern.compile("(Pause \\w+).*?(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    /** Heap figures from the GC log: most used before a collection, most live after a full one, collections. */
    record Heap(long peakUsedMb, long peakLiveMb, int collections) {
    }

    /** The small-server settings of docs/benchmarks.md, then the same with half the heap: the export must not need more. */
    private static final String[] HEAPS = {"-Xmx112m", "-Xmx56m"};

    @Test
    void run() throws Exception {
        String db = System.getProperty("bench.db", "h2");
        Path dir = Files.createTempDirectory("treaty-csv");
        String url = db.equals("pg") ? System.getProperty("bench.pg.url", "jdbc:postgresql://localhost:5432/treaty_bench")
                : "jdbc:h2:file:" + dir.resolve("data/treaty-tracker") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        String user = db.equals("pg") ? "treaty" : "sa";
        String password = db.equals("pg") ? "treaty" : "";
        System.out.printf("%n== Data set on %s: %s%n", db, new LargeDataSet(1.0).generate(url, user, password));
        for (String heap : HEAPS) {
            exports(dir, db, url, heap);
        }
    }

    private void exports(Path dir, String db, String url, String heap) throws Exception {
        Path gcLog = dir.resolve("gc" + heap + ".log");
        List<String> options = new ArrayList<>(LoadBenchmark.JVM_OPTIONS);
        options.removeIf(o -> o.startsWith("-Xmx"));
        options.addAll(List.of(heap, "-Xlog:gc:file=" + gcLog, "-Dtreaty.admin.password=csv-benchmark-admin-password",
                "-Dtreaty.seed.enabled=false"));
        if (db.equals("pg")) {
            options.addAll(List.of("-Dquarkus.profile=pg", "-Dquarkus.datasource.jdbc.url=" + url));
        } else {
            // H2 runs inside the server and keeps a page cache in its heap (64 MB by default): 8 MB here, so that
            // the heap figures are the export's and not the database's.
            options.add("-Dquarkus.datasource.jdbc.url=" + url + ";CACHE_SIZE=8192");
        }
        PackagedServer server = PackagedServer.start(dir, "server" + heap + ".log", options.toArray(String[]::new));
        HttpClient http = HttpClient.newHttpClient();
        try {
            server.awaitReady(http);
            System.out.printf("%n== CSV export of positions, %s, server %s%n", db.equals("pg") ? "PostgreSQL" : "H2 (cache 8 MB)",
                    String.join(" ", options.subList(0, options.indexOf("-Xlog:gc:file=" + gcLog))));
            System.out.printf("%-28s %8s %9s %9s %9s %11s %11s %4s%n", "export", "rows", "MB", "1st byte", "total s",
                    "peak heap", "peak live", "GCs");
            String[][] exports = {{"stance=SUPPORT (warm-up)", "?stance=SUPPORT"}, {"stance=SUPPORT", "?stance=SUPPORT"},
                    {"all positions", ""}, {"all positions, again", ""}, {"all, sorted by stakeholder", "?sort=stakeholder"}};
            for (String[] export : exports) {
                int gcLinesBefore = Files.readAllLines(gcLog).size();
                long start = System.nanoTime();
                AtomicLong firstByte = new AtomicLong();
                HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/positions"
                        + export[1])).header("Accept", "text/csv").header("Cache-Control", "no-cache").build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                assertEquals(200, answer.statusCode());
                CountingStream body = new CountingStream(answer.body(), () -> firstByte.compareAndSet(0, System.nanoTime()));
                long rows = 0;
                try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                    for (var ignored : parser) {
                        rows++;
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                Thread.sleep(300);  // let the GC log catch up
                Heap used = heap(Files.readAllLines(gcLog).subList(gcLinesBefore, Files.readAllLines(gcLog).size()));
                System.out.printf(Locale.ROOT, "%-28s %8d %9.1f %8.0fms %9.2f %8d MB %11s %4d%n", export[0], rows,
                        body.count / 1e6, (firstByte.get() - start) / 1e6, seconds, used.peakUsedMb(),
                        used.peakLiveMb() == 0 ? "no full GC" : used.peakLiveMb() + " MB", used.collections());
            }
        } finally {
            server.stop();
        }
    }

    /**
     * The most heap used before a collection, and the most left after a full one (a young collection's "after"
     * still counts dead objects in the old generation), over these GC log lines.
     */
    static Heap heap(List<String> lines) {
        long used = 0;
        long live = 0;
        int collections = 0;
        for (String line : lines) {
            Matcher m = GC.matcher(line);
            if (m.find()) {
                used = Math.max(used, mb(m.group(2), m.group(3)));
                if (m.group(1).equals("Pause Full")) {
                    live = Math.max(live, mb(m.group(4), m.group(5)));
                }
                collections++;
            }
        }
        return new Heap(used, live, collections);
    }

    private static long mb(String value, String unit) {
        long v = Long.parseLong(value);
        return switch (unit) {
            case "K" -> v / 1024;
            case "G" -> v * 1024;
            default -> v;
        };
    }

    /** Counts the bytes read and notes when the first arrives. */
    private static final class CountingStream extends FilterInputStream {
        long count;
        private final Runnable onFirst;

        CountingStream(InputStream in, Runnable onFirst) {
            super(in);
            this.onFirst = onFirst;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                onFirst.run();
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                onFirst.run();
                count += n;
            }
            return n;
        }
    }
}
