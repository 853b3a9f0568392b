package org.treatytracker.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The backup and restore benchmark: generates the large data set (200,000 positions at scale 1; {@code -Dbench.scale=}
 * for less), starts the packaged server on it with the small-server settings of {@link LoadBenchmark} (112 MB heap,
 * serial GC, H2's cache at 8 MB so that the heap figures are the backup's), downloads the backup, starts a second
 * server on an empty database, restores the backup into it, downloads its backup again and checks that the two
 * documents are the same but for their time of export. Prints the backup's size, the time of each step, rows per
 * second, and each server's peak heap from its GC log.
 *
 * <p>{@code ./mvnw package -DskipTests && ./mvnw test -Dtest=RestoreBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class RestoreBenchmark {

    private static final String PASSWORD = "restore-benchmark-admin-password";
    private static final String BACKUP = "/api/v1/admin/backup";

    @Test
    void run() throws Exception {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1.0"));
        Path dir = Files.createTempDirectory("treaty-restore");
        Path source = Files.createDirectories(dir.resolve("source"));
        Path target = Files.createDirectories(dir.resolve("target"));
        String sourceUrl = url(source);
        System.out.printf("%n== Data set at scale %s on H2: %s%n", scale, new LargeDataSet(scale).generate(sourceUrl, "sa", ""));
        long sourceRows = rows(sourceUrl);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        Path first = dir.resolve("backup.json");
        Step backup = download(http, source, "backup", first);
        Path second = dir.resolve("backup-of-restored.json");
        PackagedServer restoring = start(target, "restore");
        long restoreMillis;
        String answer;
        CsvExportBenchmark.Heap restoreHeap;
        try {
            restoring.awaitReady(http);
            int gcBefore = Files.readAllLines(target.resolve("gc-restore.log")).size();
            long start = System.nanoTime();
            HttpResponse<String> restored = http.send(authorized(restoring, BACKUP).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofFile(first)).build(), HttpResponse.BodyHandlers.ofString());
            restoreMillis = (System.nanoTime() - start) / 1_000_000;
            answer = restored.body();
            assertEquals(200, restored.statusCode(), answer);
            Thread.sleep(300);  // let the GC log catch up
            List<String> gc = Files.readAllLines(target.resolve("gc-restore.log"));
            restoreHeap = CsvExportBenchmark.heap(gc.subList(gcBefore, gc.size()));
        } finally {
            restoring.stop();
        }
        long restoredRows = new ObjectMapper().readTree(answer).path("rowsRestored").asLong();
        Step again = download(http, target, "again", second);

        double mb = Files.size(first) / 1e6;
        System.out.printf("%n== Backup and restore, server %s%n", String.join(" ", LoadBenchmark.JVM_OPTIONS));
        System.out.printf("%-34s %10s %9s %10s %10s %11s %11s%n", "step", "rows", "MB", "seconds", "rows/s", "peak heap", "peak live");
        print("backup (GET, streamed to a file)", sourceRows, mb, backup.millis(), backup.heap());
        print("restore (POST into an empty one)", restoredRows, mb, restoreMillis, restoreHeap);
        print("backup of the restored instance", sourceRows, Files.size(second) / 1e6, again.millis(), again.heap());
        System.out.printf("rows in the data set's backup tables: %d; restored: %d (the first admin is the instance's own);"
                + " the two backups are equal but for exportedAt and app_user%n", sourceRows, restoredRows);
        assertTrue(sameBackup(first, second), "the restored instance's backup differs from the one restored");
    }

    /** How long a step took, and the server's heap meanwhile. */
    record Step(long millis, CsvExportBenchmark.Heap heap) {
    }

    private static Step download(HttpClient http, Path dir, String name, Path file) throws Exception {
        PackagedServer server = start(dir, name);
        try {
            server.awaitReady(http);
            Path gcLog = dir.resolve("gc-" + name + ".log");
            int gcBefore = Files.readAllLines(gcLog).size();
            long start = System.nanoTime();
            HttpResponse<Path> answer = http.send(authorized(server, BACKUP).GET().build(), HttpResponse.BodyHandlers.ofFile(file));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(200, answer.statusCode());
            Thread.sleep(300);
            List<String> gc = Files.readAllLines(gcLog);
            return new Step(millis, CsvExportBenchmark.heap(gc.subList(gcBefore, gc.size())));
        } finally {
            server.stop();
        }
    }

    private static PackagedServer start(Path dir, String name) throws IOException {
        List<String> options = new ArrayList<>(LoadBenchmark.JVM_OPTIONS);
        options.addAll(List.of("-Xlog:gc:file=" + dir.resolve("gc-" + name + ".log"), "-Dtreaty.admin.password=" + PASSWORD,
                "-Dtreaty.seed.enabled=false", "-Dtreaty.register.enabled=false",
                // The generated data set has no search documents; indexing them at start is not what is measured here
                // (the restore indexes what it restores, inside its own time).
                "-Dtreaty.search.index-at-start=false",
                "-Dquarkus.datasource.jdbc.url=" + url(dir) + ";CACHE_SIZE=8192"));
        return PackagedServer.start(dir, "server-" + name + ".log", options.toArray(String[]::new));
    }

    private static String url(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("data/treaty-tracker") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    private static HttpRequest.Builder authorized(PackagedServer server, String path) {
        String credentials = "admin:" + PASSWORD;
        return HttpRequest.newBuilder(URI.create(server.base() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    /** Rows in every table a backup holds (the first admin comes later, with the first server's start). */
    private static long rows(String url) throws Exception {
        long rows = 0;
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            for (String table : List.of("negotiation", "reading", "provision", "provision_version", "stakeholder", "stakeholder_member",
                    "stakeholder_alias", "source_document", "paragraph", "attendance", "position", "mention", "suggestion", "revinfo",
                    "revchanges", "negotiation_aud", "reading_aud", "provision_aud", "provision_version_aud", "stakeholder_aud",
                    "stakeholder_member_aud", "stakeholder_alias_aud", "source_document_aud", "paragraph_aud", "position_aud",
                    "suggestion_aud")) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    rows += rs.getLong(1);
                }
            }
        }
        return rows;
    }

    /**
     * Whether two backup documents hold the same tokens, but for their time of export and their users (the restored
     * instance keeps its own first admin, whose password hash is salted anew); read as streams.
     */
    private static boolean sameBackup(Path a, Path b) throws IOException {
        JsonFactory factory = new JsonFactory();
        try (JsonParser left = factory.createParser(a.toFile()); JsonParser right = factory.createParser(b.toFile())) {
            JsonToken token;
            while ((token = left.nextToken()) != null) {
                if (token != right.nextToken() || !String.valueOf(left.getText()).equals(String.valueOf(right.getText()))) {
                    return false;
                }
                if (token == JsonToken.FIELD_NAME && (left.currentName().equals("exportedAt") || left.currentName().equals("app_user"))) {
                    left.nextToken();
                    right.nextToken();
                    left.skipChildren();
                    right.skipChildren();
                }
            }
            return right.nextToken() == null;
        }
    }

    private static void print(String step, long rows, double mb, long millis, CsvExportBenchmark.Heap heap) {
        System.out.printf(Locale.ROOT, "%-34s %10d %9.1f %10.1f %10.0f %8d MB %11s%n", step, rows, mb, millis / 1000.0,
                rows / (millis / 1000.0), heap.peakUsedMb(), heap.peakLiveMb() == 0 ? "no full GC" : heap.peakLiveMb() + " MB");
    }
}
