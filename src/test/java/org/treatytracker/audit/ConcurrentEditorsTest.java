package org.treatytracker.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/**
 * 32 editors update the same resource at once, each with the ETag it read: every update either applies to the
 * version it read or is refused with 412, and the final state is the last accepted write.
 */
@QuarkusTest
class ConcurrentEditorsTest {

    private static final int EDITORS = 32;
    private static final int ATTEMPTS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void authenticate() {
        TestData.asAdmin();
    }

    @Test
    void concurrentUpdatesOfAProvisionVersionLoseNothing() throws Exception {
        String slug = TestData.newNegotiation();
        long reading = TestData.newReading(slug, 1);
        long version = TestData.newProvision(slug, reading, "ARTICLE", "1", "Purpose", null);
        race("api/v1/provision-versions/" + version, "title");
    }

    @Test
    void concurrentUpdatesOfAPositionLoseNothing() throws Exception {
        String slug = TestData.newNegotiation();
        long reading = TestData.newReading(slug, 1);
        long paragraph = TestData.newParagraph(slug, reading);
        long position = given().contentType(ContentType.JSON)
                .body(Map.of("readingId", reading, "stance", "CONCERN", "quantifier", "SEVERAL", "paragraphId", paragraph))
                .post("/api/v1/positions").then().statusCode(201).extract().jsonPath().getLong("id");
        race("api/v1/positions/" + position, "summary");
    }

    /** Each editor reads the resource, changes {@code field} to its own value and PUTs it with If-Match. */
    private void race(String path, String field) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create(base.toString()).resolve(path);
        String auth = "Basic " + Base64.getEncoder().encodeToString((TestData.ADMIN + ":" + TestData.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        CountDownLatch start = new CountDownLatch(1);
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<Long, String> acceptedByVersion = new ConcurrentHashMap<>();
        List<Future<?>> editors = new ArrayList<>();
        long initialVersion = read(http, uri).get("version").asLong();
        for (int i = 0; i < EDITORS; i++) {
            int editor = i;
            editors.add(pool.submit(() -> {
                start.await();
                for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                    String value = "edit " + attempt + " by editor " + editor;
                    HttpResponse<String> current = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
                    ObjectNode body = toRequest((ObjectNode) JSON.readTree(current.body()), field, value);
                    HttpResponse<String> put = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                            .header("Authorization", auth).header("If-Match", current.headers().firstValue("ETag").orElseThrow())
                            .PUT(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
                    synchronized (statuses) {
                        statuses.merge(put.statusCode(), 1, Integer::sum);
                    }
                    if (put.statusCode() == 200) {
                        JsonNode written = JSON.readTree(put.body());
                        assertEquals(value, written.get(field).asText());
                        acceptedByVersion.put(written.get("version").asLong(), value);
                    } else {
                        assertEquals(412, put.statusCode(), put.body());
                        assertTrue(put.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> editor : editors) {
            editor.get();
        }
        pool.shutdown();
        JsonNode last = read(http, uri);
        long accepted = statuses.getOrDefault(200, 0);
        System.out.printf("%n== %d concurrent editors, %d attempts each, on %s: statuses %s%n", EDITORS, ATTEMPTS, path, statuses);
        assertTrue(accepted >= 1, "no write was accepted");
        assertEquals(EDITORS * ATTEMPTS, statuses.values().stream().mapToInt(Integer::intValue).sum());
        // Each accepted write applied to the version it read: versions went up by one per accepted write.
        assertEquals(initialVersion + accepted, last.get("version").asLong());
        assertEquals(accepted, acceptedByVersion.size());
        assertEquals(acceptedByVersion.get(last.get("version").asLong()), last.get(field).asText());
    }

    private static JsonNode read(HttpClient http, URI uri) throws Exception {
        return JSON.readTree(http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    /** The PUT body for a resource read with GET: its request fields, with one changed. */
    private static ObjectNode toRequest(ObjectNode read, String field, String value) {
        ObjectNode body = JSON.createObjectNode();
        if (read.has("eId")) {
            body.put("readingId", read.get("readingId").asLong());
            body.put("number", read.get("number").asText());
            body.put("title", read.get("title").asText());
        } else {
            body.put("readingId", read.get("readingId").asLong());
            body.put("stance", read.get("stance").asText());
            body.put("quantifier", read.get("speaker").get("quantifier").asText());
            body.put("paragraphId", read.get("citation").get("paragraphId").asLong());
        }
        body.put(field, value);
        return body;
    }
}
