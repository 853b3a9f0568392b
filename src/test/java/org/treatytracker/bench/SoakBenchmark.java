package org.treatytracker.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The soak: the packaged server (small-server settings of docs/benchmarks.md) on the large data set, read from wrk at
 * 8 connections in 30 s rounds that go round the load benchmark's endpoints, half of them asking for answers made
 * afresh, while an editor writes once a second; prints the server's resident memory (VmRSS of /proc/&lt;pid&gt;/status)
 * after every round. {@code -Dsoak.minutes=} (default 10), {@code -Dsoak.scale=} (default 1.0); more JVM options with
 * {@code -Dbench.server.options=}, the allocator's arenas from the environment ({@code MALLOC_ARENA_MAX=2}).
 */
class SoakBenchmark {

    private static final double MINUTES = Double.parseDouble(System.getProperty("soak.minutes", "10"));
    private static final double SCALE = Double.parseDouble(System.getProperty("soak.scale", "1.0"));
    private static final int ROUND_SECONDS = 30;

    @Test
    void run() throws Exception {
        Path dir = Files.createTempDirectory("treaty-soak");
        String url = "jdbc:h2:file:" + dir.resolve("data/treaty-tracker") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        System.out.printf("%n== Soak data set at scale %.1f: %s%n", SCALE, new LargeDataSet(SCALE).generate(url, "sa", ""));
        PackagedServer server = PackagedServer.start(dir, "server.log", LoadBenchmark.serverOptions("h2", url));
        HttpClient http = HttpClient.newHttpClient();
        String base = server.base();
        long provision = LargeDataSet.provisionId(1, 20);
        long reading = LargeDataSet.readingId(1, 3);
        List<String> paths = List.of("/api/v1/stakeholder-kinds",
                "/api/v1/provisions/" + provision + "/positions?reading=" + reading + "&size=20",
                "/api/v1/provisions/" + provision + "/summary?reading=" + reading,
                "/api/v1/readings/" + reading + "/bracket-totals",
                "/api/v1/negotiations/made-up-1/compare?from=" + LargeDataSet.readingId(1, 2) + "&to=" + reading,
                "/api/v1/changes?size=20",
                "/provisions/" + provision + "?reading=" + reading);
        try {
            System.out.printf("started, answering after %d ms; %s; MALLOC_ARENA_MAX=%s%n", server.awaitReady(http, 300),
                    String.join(" ", LoadBenchmark.JVM_OPTIONS) + " " + System.getProperty("bench.server.options", ""),
                    System.getenv("MALLOC_ARENA_MAX"));
            System.out.printf("%8s %-60s %8s %9s %9s %8s%n", "minute", "round", "req/s", "p99 ms", "RSS MB", "max MB");
            long end = System.nanoTime() + (long) (MINUTES * 60e9);
            long max = 0;
            for (int round = 0; System.nanoTime() < end; round++) {
                String path = paths.get(round % paths.size());
                boolean fresh = (round / paths.size()) % 2 == 1;
                int r = round;
                LoadBenchmark.Result result = LoadBenchmark.whileWriting(http, base, () -> LoadBenchmark.parse(path, 8,
                        fresh ? LoadBenchmark.wrk(base + path, 8, ROUND_SECONDS, "Cache-Control: no-cache")
                                : LoadBenchmark.wrk(base + path, 8, ROUND_SECONDS)));
                long rss = LoadBenchmark.rss(server.process.pid()) / 1024;
                max = Math.max(max, rss);
                System.out.printf(Locale.ROOT, "%8.1f %-60s %8.0f %9.1f %9d %8d%n", (r + 1) * ROUND_SECONDS / 60.0,
                        (fresh ? "fresh " : "") + path.replaceAll("\\?.*", ""), result.rps(), result.p99(), rss, max);
            }
            System.out.printf("== Soak of %.1f min: resident memory at most %d MB%n", MINUTES, max);
        } finally {
            server.stop();
        }
    }
}
