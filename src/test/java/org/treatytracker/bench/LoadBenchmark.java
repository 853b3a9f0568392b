package org.treatytracker.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The load benchmark: generates the large data set (and one 10 times smaller), starts the packaged server on
 * it, and drives it over loopback with wrk (a separate process) at 1, 8 and 32 connections. Prints, per
 * endpoint: requests per second, p50 and p99 latency, SQL statements per request, and the ratio of its
 * throughput to the same server's cheapest read, {@code GET /api/v1/stakeholder-kinds} (JSON from a constant
 * list, no database: the ceiling of the HTTP stack here; the product has no benchmark-only endpoint);
 * then how much slower each endpoint is on the large data set. Also server start time and resident memory.
 *
 * <p>H2 (default): {@code ./mvnw package -DskipTests && ./mvnw test -Dtest=LoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * PostgreSQL: build with {@code -Dquarkus.profile=pg}, then run with {@code -Dbench.db=pg} (database
 * {@code treaty_bench}, role {@code treaty}). Needs wrk (Debian package {@code wrk}).
 */
class LoadBenchmark {

    static final String PASSWORD = "load-benchmark-admin-password";
    private static final int[] CONNECTIONS = {1, 8, 32};
    private static final int SECONDS = Integer.getInteger("bench.seconds", 5);
    private static final String CEILING = "ceiling (stakeholder kinds)";
    private static final String AFTER_WRITE = " after a write";
    private static final String AGAIN = " again, at the end";

    record Result(String endpoint, int connections, double rps, double p50, double p99, double statements, long requests, long errors) {
    }

    @Test
    void run() throws Exception {
        String db = System.getProperty("bench.db", "h2");
        Map<String, Map<Integer, Result>> large = runOn(db, 1.0);
        if (!Boolean.parseBoolean(System.getProperty("bench.small", "true"))) {
            return; // -Dbench.small=false: the large data set only
        }
        Map<String, Map<Integer, Result>> small = runOn(db, 0.1);
        System.out.printf("%n== Slowdown on the large data set (10x the small one), %s, at 32 connections%n", db);
        System.out.printf("%-22s %12s %12s %10s%n", "endpoint", "rps small", "rps large", "slowdown");
        for (String endpoint : large.keySet()) {
            double s = small.get(endpoint).get(32).rps();
            double l = large.get(endpoint).get(32).rps();
            System.out.printf(Locale.ROOT, "%-22s %12.0f %12.0f %9.2fx%n", endpoint, s, l, s / l);
        }
    }

    private Map<String, Map<Integer, Result>> runOn(String db, double scale) throws Exception {
        Path dir = Files.createTempDirectory("treaty-load");
        String url = db.equals("pg") ? System.getProperty("bench.pg.url", "jdbc:postgresql://localhost:5432/treaty_bench")
                : "jdbc:h2:file:" + dir.resolve("data/treaty-tracker") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        String user = db.equals("pg") ? "treaty" : "sa";
        String password = db.equals("pg") ? "treaty" : "";
        System.out.printf("%n== Data set at scale %.1f on %s: %s%n", scale, db, new LargeDataSet(scale).generate(url, user, password));

        PackagedServer server = PackagedServer.start(dir, "server.log", serverOptions(db, url));
        HttpClient http = HttpClient.newHttpClient();
        String base = server.base();
        // The first start on a generated data set indexes it for search (1 min on a slow machine): wait for that.
        server.awaitReady(http, 300);
        String started = Files.readAllLines(server.log).stream().filter(l -> l.contains("started in"))
                .map(l -> l.replaceAll(".*started in ([0-9.]+s).*", "$1")).findFirst().orElse("?");

        long provision = LargeDataSet.provisionId(1, 20);
        long reading = LargeDataSet.readingId(1, 3);
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put(CEILING, "/api/v1/stakeholder-kinds");
        endpoints.put("positions (page of 20)", "/api/v1/provisions/" + provision + "/positions?reading=" + reading + "&size=20");
        endpoints.put("summary", "/api/v1/provisions/" + provision + "/summary?reading=" + reading);
        endpoints.put("reading bracket totals", "/api/v1/readings/" + reading + "/bracket-totals");
        endpoints.put("compare two readings", "/api/v1/negotiations/made-up-1/compare?from=" + LargeDataSet.readingId(1, 2) + "&to=" + reading);
        endpoints.put("changes feed", "/api/v1/changes?size=20");

        // Three ways to read each endpoint: as a client without a cache does (answers kept by the server), with the
        // ETag it was given (304), and asking for an answer made afresh (the work without the response cache).
        // Warm every path up before measuring any, so that the first endpoint measured does not pay for the JIT.
        for (String path : endpoints.values()) {
            wrk(base + path, 8, 2);
            wrk(base + path, 8, 2, "Cache-Control: no-cache");
        }
        Map<String, Map<Integer, Result>> results = new LinkedHashMap<>();
        long rss = 0;
        for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
            String target = base + endpoint.getValue();
            String etag = http.send(HttpRequest.newBuilder(URI.create(target)).build(), HttpResponse.BodyHandlers.discarding())
                    .headers().firstValue("ETag").orElseThrow();
            for (int connections : CONNECTIONS) {
                results.computeIfAbsent(endpoint.getKey(), k -> new LinkedHashMap<>()).put(connections,
                        measure(http, base, endpoint.getKey(), target, connections));
                rss = Math.max(rss, rss(server.process.pid()));
            }
            results.computeIfAbsent(endpoint.getKey() + " 304", k -> new LinkedHashMap<>()).put(32,
                    measure(http, base, endpoint.getKey() + " 304", target, 32, "If-None-Match: " + etag));
            results.computeIfAbsent(endpoint.getKey() + " fresh", k -> new LinkedHashMap<>()).put(32,
                    measure(http, base, endpoint.getKey() + " fresh", target, 32, "Cache-Control: no-cache"));
            results.computeIfAbsent(endpoint.getKey() + AFTER_WRITE, k -> new LinkedHashMap<>()).put(32,
                    whileWriting(http, base, () -> measure(http, base, endpoint.getKey() + AFTER_WRITE, target, 32)));
            rss = Math.max(rss, rss(server.process.pid()));
        }
        // The reference, measured first, can be read while the JIT is still compiling (6,121 req/s, then 10,362 later in
        // the same run): measured again at the end, the larger of the two is the reference, the stricter ratio.
        results.put(CEILING + AGAIN, new LinkedHashMap<>(Map.of(32, measure(http, base, CEILING + AGAIN, base + endpoints.get(CEILING), 32))));
        server.stop();
        printSummary(db, scale, endpoints.keySet(), results);

        System.out.printf("== Load on %s, scale %.1f: server started in %s, resident memory under load up to %d MB (%s)%n",
                db, scale, started, rss / 1024, String.join(" ", JVM_OPTIONS));
        System.out.printf("%-32s %5s %10s %9s %9s %9s %10s %7s%n", "endpoint", "conns", "req/s", "p50 ms", "p99 ms", "SQL/req",
                "x ceiling", "errors");
        for (Map.Entry<String, Map<Integer, Result>> endpoint : results.entrySet()) {
            for (Result r : endpoint.getValue().values()) {
                double ceiling = r.connections() == 32 ? reference(results) : results.get(CEILING).get(r.connections()).rps();
                System.out.printf(Locale.ROOT, "%-32s %5d %10.0f %9.2f %9.2f %9.1f %10.2f %7d%n", r.endpoint(), r.connections(), r.rps(),
                        r.p50(), r.p99(), r.statements(), r.rps() / ceiling, r.errors());
            }
        }
        return results;
    }

    /**
     * The settings docs/operations.md gives for a small server, less the class archive: a heap that fits the working
     * set, serial GC, the C1 compiler only (less memory and CPU spent compiling on 2 shared cores; answers kept by the
     * response cache need little peak compute), small code cache, metaspace and direct memory, 32 worker threads, an
     * 8 MB response cache and 8 MB of parsed drafts.
     */
    static final List<String> JVM_OPTIONS = List.of("-Xmx88m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:ReservedCodeCacheSize=32m", "-XX:MaxMetaspaceSize=128m", "-XX:MaxDirectMemorySize=32m",
            "-Dquarkus.thread-pool.max-threads=32", "-Dtreaty.cache.max-bytes=8388608",
            "-Dtreaty.cache.parsed-max-bytes=8388608");

    static String[] serverOptions(String db, String url) {
        List<String> options = new ArrayList<>(JVM_OPTIONS);
        options.addAll(List.of("-Dtreaty.admin.password=" + PASSWORD, "-Dtreaty.seed.enabled=false"));
        if (db.equals("pg")) {
            options.addAll(List.of("-Dquarkus.profile=pg", "-Dquarkus.datasource.jdbc.url=" + url));
        } else {
            options.add("-Dquarkus.datasource.jdbc.url=" + url);
        }
        return options.toArray(String[]::new);
    }

    /** What a measurement answers. */
    interface Measurement {
        Result run() throws Exception;
    }

    /**
     * Runs the measurement while an editor writes once a second (a new stakeholder: any write moves the data revision,
     * so every kept answer is stale and the next read of each endpoint pays the fresh path).
     */
    static Result whileWriting(HttpClient http, String base, Measurement readers) throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger writes = new AtomicInteger();
        Thread writer = new Thread(() -> {
            while (!done.get()) {
                try {
                    String body = "{\"name\":\"Load writer " + System.nanoTime() + "\",\"kind\":\"OTHER_NGO\"}";
                    int status = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/stakeholders"))
                            .header("Authorization", adminAuthorization()).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status == 201) {
                        writes.incrementAndGet();
                    }
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                } catch (IOException e) {
                    System.out.println("a write failed: " + e); // the readers' figures still stand; say so
                }
            }
        }, "one-write-a-second");
        writer.start();
        try {
            Result r = readers.run();
            return new Result(r.endpoint() + " (" + writes.get() + " writes)", r.connections(), r.rps(), r.p50(), r.p99(),
                    r.statements(), r.requests(), r.errors());
        } finally {
            done.set(true);
            writer.interrupt();
            writer.join();
        }
    }

    /** One row per endpoint: kept, fresh (no response cache) and while written to, as multiples of the reference. */
    private static void printSummary(String db, double scale, Iterable<String> endpoints, Map<String, Map<Integer, Result>> results) {
        double ceiling = reference(results);
        System.out.printf("%n== Summary on %s, scale %.1f, 32 connections (x reference = req/s over the kept reference's %.0f,"
                + " the larger of %.0f first and %.0f at the end)%n", db, scale, ceiling, results.get(CEILING).get(32).rps(),
                results.get(CEILING + AGAIN).get(32).rps());
        System.out.printf("%-26s %9s %6s %9s %6s %8s %9s %6s %8s%n", "endpoint", "cached/s", "x ref", "fresh/s", "x ref", "fresh p99",
                "write/s", "x ref", "write p99");
        for (String endpoint : endpoints) {
            Result cached = results.get(endpoint).get(32);
            Result fresh = results.get(endpoint + " fresh").get(32);
            Result written = results.get(endpoint + AFTER_WRITE).get(32);
            System.out.printf(Locale.ROOT, "%-26s %9.0f %6.2f %9.0f %6.2f %8.1f %9.0f %6.2f %8.1f%n", endpoint, cached.rps(),
                    cached.rps() / ceiling, fresh.rps(), fresh.rps() / ceiling, fresh.p99(), written.rps(), written.rps() / ceiling,
                    written.p99());
        }
    }

    /** The kept reference at 32 connections: the larger of its measure first and at the end. */
    private static double reference(Map<String, Map<Integer, Result>> results) {
        return Math.max(results.get(CEILING).get(32).rps(), results.get(CEILING + AGAIN).get(32).rps());
    }

    static String adminAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static Result measure(HttpClient http, String base, String name, String target, int connections, String... headers)
            throws Exception {
        long before = statements(http, base);
        Result r = parse(name, connections, wrk(target, connections, SECONDS, headers));
        long after = statements(http, base);
        return new Result(name, connections, r.rps(), r.p50(), r.p99(), (after - before - 1) / (double) r.requests(),
                r.requests(), r.errors());
    }

    static String wrk(String url, int connections, int seconds, String... headers) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + Math.min(connections, 2), "-c" + connections, "-d" + seconds + "s",
                "--latency"));
        for (String header : headers) {
            command.addAll(List.of("-H", header));
        }
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        return out;
    }

    static Result parse(String endpoint, int connections, String out) {
        double rps = number(out, "Requests/sec:\\s+([0-9.]+)");
        long requests = (long) number(out, "(\\d+) requests in");
        long errors = (long) number(out, "Non-2xx or 3xx responses: (\\d+)");
        return new Result(endpoint, connections, rps, millis(out, "50%"), millis(out, "99%"), 0, requests, errors);
    }

    private static double millis(String out, String percentile) {
        Matcher m = Pattern.compile(percentile + "\\s+([0-9.]+)(us|ms|s)").matcher(out);
        if (!m.find()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    private static double number(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static long statements(HttpClient http, String base) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/statistics")).header("Authorization", auth).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return (long) number(body, "\"statements\":(\\d+)");
    }

    static long rss(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return 0;
    }
}
