package org.treatytracker.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.treatytracker.search.SearchIndexer;

/**
 * The search benchmark: generates the large data set (200,000 positions) on H2 or PostgreSQL, gives every position a
 * quote from its report's paragraph (the data set has none; 200,000 quotes make the quote documents the bulk of the
 * index), indexes everything with the application's own indexer (as a server's start does for an upgraded
 * database), prints the index's size and the time it took, then starts the packaged server with the small-server
 * settings of {@link LoadBenchmark} and times a few searches (each made afresh: Cache-Control no-cache), p50 and p99.
 *
 * <p>H2: {@code ./mvnw package -DskipTests && ./mvnw test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * PostgreSQL: build with {@code -Dquarkus.profile=pg}, run with {@code -Dbench.db=pg} (database {@code treaty_bench}, or
 * {@code -Dbench.pg.url=}, role {@code treaty}; the database is wiped).
 */
class SearchBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 40;
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    /** What is searched: a name, and the query string. */
    private static final String[][] SEARCHES = {
            {"common word (speakers)", "q=speakers"},
            {"two words", "q=cautioned+scope"},
            {"phrase in provisions", "q=%22legislative+and+other+measures%22"},
            {"phrase, 3rd page", "q=%22legislative+and+other+measures%22&page=2"},
            {"rare phrase", "q=%22article+17%22"},
            {"word, exclusion", "q=conduct+-intentionally"},
            {"prefix, one negotiation", "q=legisl*&negotiation=made-up-3"},
            {"OR, quotes only", "q=delete+OR+supported&kind=QUOTE"},
            {"no match", "q=zorblat"}};

    @Test
    void run() throws Exception {
        String db = System.getProperty("bench.db", "h2");
        Path dir = Files.createTempDirectory("treaty-search");
        String url = db.equals("pg") ? System.getProperty("bench.pg.url", "jdbc:postgresql://localhost:5432/treaty_bench")
                : "jdbc:h2:file:" + dir.resolve("data/treaty-tracker") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        String user = db.equals("pg") ? "treaty" : "sa";
        String password = db.equals("pg") ? "treaty" : "";
        System.out.printf("%n== Data set on %s: %s%n", db, new LargeDataSet(1.0).generate(url, user, password));
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // Quotes verbatim from the paragraphs LargeDataSet writes, three kinds.
                s.executeUpdate("update position set quote = case mod(id, 3) when 0 then 'several speakers cautioned against the scope'"
                        + " when 1 then 'while others supported it' else 'Proposals were made to delete it' end");
            }
            c.commit();
            long start = System.nanoTime();
            SearchIndexer.indexMissing(c);
            c.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%n== Search index on %s: %s, built in %.1f s%n", db, size(c, db), seconds);
        }
        List<String> options = new ArrayList<>(LoadBenchmark.JVM_OPTIONS);
        options.addAll(List.of("-Dtreaty.seed.enabled=false", "-Dtreaty.register.enabled=false"));
        if (db.equals("pg")) {
            options.addAll(List.of("-Dquarkus.profile=pg", "-Dquarkus.datasource.jdbc.url=" + url));
        } else {
            options.add("-Dquarkus.datasource.jdbc.url=" + url);
        }
        PackagedServer server = PackagedServer.start(dir, "server.log", options.toArray(String[]::new));
        HttpClient http = HttpClient.newHttpClient();
        try {
            server.awaitReady(http);
            System.out.printf("%n== Search latency, %s, server %s, %d runs each after %d to warm up%n",
                    db.equals("pg") ? "PostgreSQL 15" : "H2 (embedded)", String.join(" ", LoadBenchmark.JVM_OPTIONS), RUNS, WARM_UP);
            System.out.printf("%-28s %8s %9s %9s %9s%n", "search", "hits", "p50 ms", "p99 ms", "max ms");
            for (String[] search : SEARCHES) {
                URI uri = URI.create(server.base() + "/api/v1/search?" + search[1]);
                long[] times = new long[RUNS];
                String total = "?";
                for (int i = -WARM_UP; i < RUNS; i++) {
                    long t = System.nanoTime();
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).header("Cache-Control", "no-cache").build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    long elapsed = System.nanoTime() - t;
                    assertEquals(200, answer.statusCode(), answer.body());
                    if (i >= 0) {
                        times[i] = elapsed;
                    }
                    Matcher m = TOTAL.matcher(answer.body());
                    total = m.find() ? m.group(1) : "?";
                }
                Arrays.sort(times);
                System.out.printf(Locale.ROOT, "%-28s %8s %9.1f %9.1f %9.1f%n", search[0], total, times[RUNS / 2] / 1e6,
                        times[(int) Math.ceil(RUNS * 0.99) - 1] / 1e6, times[RUNS - 1] / 1e6);
            }
        } finally {
            server.stop();
        }
    }

    private static String size(Connection c, String db) throws Exception {
        try (Statement s = c.createStatement()) {
            StringBuilder out = new StringBuilder();
            try (ResultSet rs = s.executeQuery("select kind, count(*) from search_document group by kind order by kind")) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append(' ').append(rs.getLong(2)).append(", ");
                }
            }
            try (ResultSet rs = s.executeQuery("select count(*) from search_posting")) {
                rs.next();
                out.append(rs.getLong(1)).append(" postings");
            }
            if (db.equals("pg")) {
                try (ResultSet rs = s.executeQuery("select pg_total_relation_size('search_document') + pg_total_relation_size('search_text') + pg_total_relation_size('search_posting')")) {
                    rs.next();
                    out.append(String.format(Locale.ROOT, ", %.0f MB with indexes", rs.getLong(1) / 1e6));
                }
            }
            return out.toString();
        }
    }

}
