package org.treatytracker.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Two packaged servers on one database, as behind a load balancer, as .ci/run checks it: reads through one
 * instance are cached, a write goes through the other, and the next read through the first must show it (the
 * response cache is keyed by the data revision in the shared database, not by anything an instance holds).
 *
 * <p>H2 (default): one file database in mixed mode (AUTO_SERVER), so that both processes open it. PostgreSQL:
 * {@code -Dbench.db=pg} with a server packaged with {@code -Dquarkus.profile=pg} and TREATY_DB_URL/USER/PASSWORD
 * (default: database treaty on localhost, as the test suite uses). Run with
 * {@code ./mvnw test -Dtest=TwoInstancesCheck -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class TwoInstancesCheck {

    private static final String PASSWORD = "two instances, one database, no stale reads";

    @Test
    void aWriteThroughOneInstanceIsSeenByTheNextReadThroughTheOther() throws Exception {
        boolean pg = "pg".equals(System.getProperty("bench.db"));
        Path dir = Files.createTempDirectory("treaty-two");
        String database = pg ? "-Dquarkus.profile=pg"
                : "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + dir.resolve("shared").toAbsolutePath() + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        HttpClient http = HttpClient.newHttpClient();
        PackagedServer writer = PackagedServer.start(dir, "writer.log", database, "-Dtreaty.admin.password=" + PASSWORD);
        PackagedServer reader = null;
        try {
            writer.awaitReady(http);
            // The second instance starts on the migrated, seeded database, like a scaled-out replica.
            reader = PackagedServer.start(dir, "reader.log", database, "-Dtreaty.seed.enabled=false");
            reader.awaitReady(http);

            String list = "/api/v1/provisions/9/positions?size=50";
            HttpResponse<String> before = get(http, reader, list, null);
            assertEquals(200, before.statusCode());
            String etagBefore = before.headers().firstValue("ETag").orElseThrow();
            assertEquals(304, get(http, reader, list, etagBefore).statusCode(), "a repeated read is not answered from the cache");

            long position = Long.parseLong(before.body().replaceAll("(?s)^\\{\"items\":\\[\\{\"id\":(\\d+).*", "$1"));
            String summary = "Written through the other instance " + System.nanoTime();
            String etag = get(http, writer, "/api/v1/positions/" + position, null).headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> write = http.send(HttpRequest.newBuilder(URI.create(writer.base() + "/api/v1/positions/" + position))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/merge-patch+json").header("If-Match", etag)
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"summary\":\"" + summary + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, write.statusCode(), write.body());

            HttpResponse<String> revalidated = get(http, reader, list, etagBefore);
            assertEquals(200, revalidated.statusCode(), "the other instance still answers 304 for a changed list");
            assertTrue(revalidated.body().contains(summary), "the other instance serves the list from before the write");
            assertNotEquals(etagBefore, revalidated.headers().firstValue("ETag").orElseThrow());
            assertTrue(get(http, reader, "/api/v1/positions/" + position, null).body().contains(summary));
            System.out.printf("%n== Two instances on one %s database: a write through one was seen by the next read through the other"
                    + " (list ETag %s -> %s)%n", pg ? "PostgreSQL" : "H2 (mixed mode)", etagBefore,
                    revalidated.headers().firstValue("ETag").orElseThrow());
        } finally {
            if (reader != null) {
                reader.stop();
            }
            writer.stop();
        }
    }

    private static HttpResponse<String> get(HttpClient http, PackagedServer server, String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + path)).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
