package org.treatytracker.backup;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/**
 * The restore takes tables and columns only from the schema the server knows, binds every value as a typed
 * parameter, keeps nothing of a refused backup, takes backups larger than the 2 MB of other bodies, and refuses
 * one over its own limit (8 MB in this profile).
 */
@QuarkusTest
@TestProfile(BackupRestoreSafetyTest.SmallRestoreLimit.class)
class BackupRestoreSafetyTest {

    /** Its own application start (the tests wipe the database), with a restore limit small enough to send. */
    public static class SmallRestoreLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("treaty.backup.max-restore-size", "8M");
        }
    }

    private static final String BACKUP = "/api/v1/admin/backup";
    private static final String PROBLEM = "application/problem+json";
    private static final long LIMIT = 8L * 1024 * 1024;
    /** What a tester sent: a column key that closes the column list and runs its own statements after the insert. */
    private static final String INJECTED_COLUMN = "id, slug, title, version) values (?, 'i', 'i', 0); "
            + "CREATE TABLE pwned_marker (x int); CREATE ALIAS pwned FOR 'java.lang.System.getProperty'; --";
    private static final String INJECTED_TABLE = "negotiation (id) values (1); CREATE TABLE pwned_marker (x int); "
            + "CREATE ALIAS pwned FOR 'java.lang.System.getProperty'; --";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The seed's backup, taken once before the first wipe. */
    private static String seedBackup;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Flyway flyway;

    @Inject
    io.vertx.core.Vertx vertx;

    @BeforeAll
    static void authenticate() {
        TestData.asAdmin();
    }

    @BeforeEach
    void emptyInstance() throws Exception {
        if (seedBackup == null) {
            seedBackup = given().get(BACKUP).then().statusCode(200).extract().asString();
        }
        wipeKeepingTheAdmin();
    }

    @Test
    void refusesAColumnKeyThatIsSqlAndRunsNothing() throws Exception {
        String backup = "{\"format\":\"treaty-tracker-backup\",\"schema\":4,\"tables\":{\"negotiation\":[{"
                + JSON.writeValueAsString(INJECTED_COLUMN) + ":1}]}}";
        given().contentType(ContentType.JSON).body(backup).post(BACKUP).then()
                .statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("tables.negotiation[0]." + JSON.writeValueAsString(INJECTED_COLUMN)))
                .body("detail", containsString("no column"));
        assertNothingRan();
    }

    @Test
    void refusesATableKeyThatIsSqlAndRunsNothing() throws Exception {
        String backup = "{\"format\":\"treaty-tracker-backup\",\"schema\":4,\"tables\":{"
                + JSON.writeValueAsString(INJECTED_TABLE) + ":[{\"id\":1}]}}";
        given().contentType(ContentType.JSON).body(backup).post(BACKUP).then()
                .statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("tables." + JSON.writeValueAsString(INJECTED_TABLE)))
                .body("detail", containsString("no table"));
        assertNothingRan();
    }

    @Test
    void refusesAValueOfTheWrongTypeAndKeepsNothingOfTheBackup() throws Exception {
        ObjectNode backup = (ObjectNode) JSON.readTree(seedBackup);
        // Earlier tables (negotiations, readings, stakeholders) are valid and would be written first.
        ObjectNode position = (ObjectNode) backup.path("tables").path("position").path(3);
        position.put("id", position.path("id").asText());
        given().contentType(ContentType.JSON).body(backup.toString()).post(BACKUP).then()
                .statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("tables.position[3].id"))
                .body("detail", containsString("integer"));
        assertEmpty();

        backup = (ObjectNode) JSON.readTree(seedBackup);
        ((ObjectNode) backup.path("tables").path("negotiation").path(0)).put("title", 123);
        given().contentType(ContentType.JSON).body(backup.toString()).post(BACKUP).then()
                .statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("tables.negotiation[0].title"));
        assertEmpty();
    }

    @Test
    void refusesANulInTextThatPostgresqlCouldNotHold() throws Exception {
        ObjectNode backup = (ObjectNode) JSON.readTree(seedBackup);
        ((ObjectNode) backup.path("tables").path("negotiation").path(0)).put("title", "Ad Hoc\u0000Committee");
        given().contentType(ContentType.JSON).body(backup.toString()).post(BACKUP).then()
                .statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("tables.negotiation[0].title"))
                .body("detail", containsString("NUL character (U+0000) at position 6"));
        assertEmpty();
    }

    @Test
    void restoresABackupLargerThanOtherBodiesAndRoundTripsIt() throws Exception {
        ObjectNode backup = padded(JSON.readTree(seedBackup), 6000);
        byte[] body = JSON.writeValueAsBytes(backup);
        assertTrue(body.length > 2 * 1024 * 1024 && body.length < LIMIT, body.length + " bytes");
        int rows = 0;
        for (JsonNode table : backup.path("tables")) {
            rows += table.size();
        }
        int restored = given().contentType(ContentType.JSON).body(body).post(BACKUP).then()
                .statusCode(200).extract().path("rowsRestored");
        // The admin row is already there (the instance's own), so it is kept rather than restored.
        assertEquals(rows - 1, restored);

        JsonNode again = JSON.readTree(given().get(BACKUP).then().statusCode(200).extract().asString());
        for (var names = backup.path("tables").fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode sent = backup.path("tables").path(name);
            JsonNode kept = again.path("tables").path(name);
            assertEquals(sent.size(), kept.size(), name + " rows");
            for (int row = 0; row < sent.size(); row++) {
                assertEquals(sent.path(row).toString(), kept.path(row).toString(), name + "[" + row + "]");
            }
        }
        given().get("/api/v1/provisions/9/summary").then().statusCode(200).body("positions", equalTo(4));
    }

    @Test
    void restoresABackupSentInChunks() throws Exception {
        HttpResponse<String> answer = send(BACKUP, seedBackup.getBytes(StandardCharsets.UTF_8), true);
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(52, JSON.readTree(given().get(BACKUP).then().statusCode(200).extract().asString())
                .path("tables").path("position").size());
    }

    @Test
    void refusesABackupOverTheRestoreLimitWithOrWithoutItsLength() throws Exception {
        byte[] body = oversized();
        given().contentType(ContentType.JSON).body(body).post(BACKUP).then()
                .statusCode(413).contentType(PROBLEM).body("detail", containsString(Long.toString(LIMIT)))
                .body("detail", containsString("treaty.backup.max-restore-size"));
        assertEmpty();
        HttpResponse<String> chunked = send(BACKUP, body, true);
        assertEquals(413, chunked.statusCode(), chunked.body());
        assertTrue(chunked.body().contains(Long.toString(LIMIT)), chunked.body());
        assertEmpty();
    }

    @Test
    void otherBodiesKeepTheirTwoMegabytes() throws Exception {
        byte[] body = ("{\"name\":\"" + "a".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/stakeholders").then()
                .statusCode(413).contentType(PROBLEM).body("detail", containsString("2097152"));
        assertEquals(411, send("/api/v1/stakeholders", body, true).statusCode());
        assertEquals(411, send("/", body, true).statusCode());
        // HTTP/2 needs neither a Content-Length nor chunks: such a body gets its path's limit while it is read, and
        // Quarkus cuts it off there (an empty 413 whose Connection header HTTP/2 refuses, so the client sees a reset).
        int status = sendHttp2("/api/v1/stakeholders", body);
        assertTrue(status == 413 || status == -1, "HTTP/2 body of unknown length over 2 MB: " + status);
        assertEmpty();
    }

    /** A POST over cleartext HTTP/2 (prior knowledge) whose body has no Content-Length; its status, or -1 if the stream was reset. */
    private int sendHttp2(String path, byte[] body) throws Exception {
        io.vertx.core.http.HttpClient client = vertx.createHttpClient(new io.vertx.core.http.HttpClientOptions()
                .setProtocolVersion(io.vertx.core.http.HttpVersion.HTTP_2).setHttp2ClearTextUpgrade(false));
        try {
            String credentials = TestData.ADMIN + ":" + TestData.ADMIN_PASSWORD;
            return client.request(new io.vertx.core.http.RequestOptions().setMethod(io.vertx.core.http.HttpMethod.POST)
                            .setHost("localhost").setPort(RestAssured.port).setURI(path)
                            .putHeader("Content-Type", "application/json").putHeader("Authorization", "Basic "
                                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))))
                    .compose(request -> {
                        request.setChunked(true);
                        request.write(io.vertx.core.buffer.Buffer.buffer(body));
                        request.end();
                        return request.response();
                    })
                    .map(io.vertx.core.http.HttpClientResponse::statusCode)
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof io.netty.handler.codec.http2.Http2Exception
                    || e.getCause() instanceof io.vertx.core.http.StreamResetException) {
                return -1;
            }
            throw e;
        } finally {
            client.close();
        }
    }

    /** The seed's backup with {@code extra} more positions, copies of the first with new ids and longer summaries. */
    private static ObjectNode padded(JsonNode seed, int extra) {
        ObjectNode backup = seed.deepCopy();
        ArrayNode positions = (ArrayNode) backup.path("tables").path("position");
        long next = 0;
        for (JsonNode p : positions) {
            next = Math.max(next, p.path("id").asLong());
        }
        JsonNode first = positions.path(0);
        for (int i = 1; i <= extra; i++) {
            ObjectNode copy = first.deepCopy();
            copy.put("id", next + i);
            copy.put("summary", "Generated position " + i + " for the large restore test. " + "x".repeat(400));
            positions.add(copy);
        }
        return backup;
    }

    /** A backup-looking body a little over the limit: a valid start, then one very long string. */
    private static byte[] oversized() {
        StringBuilder body = new StringBuilder("{\"format\":\"treaty-tracker-backup\",\"schema\":4,\"tables\":{\"negotiation\":[");
        String row = "{\"id\":%d,\"slug\":\"s%d\",\"title\":\"" + "t".repeat(400) + "\",\"version\":0},";
        for (int i = 1; body.length() < LIMIT + 100_000; i++) {
            body.append(String.format(row, i, i));
        }
        body.setLength(body.length() - 1);
        return body.append("]}}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private void assertNothingRan() throws Exception {
        assertEmpty();
        assertEquals(0, count("select count(*) from information_schema.tables where upper(table_name) = 'PWNED_MARKER'"));
        assertEquals(0, count("select count(*) from information_schema.routines where upper(routine_name) = 'PWNED'"));
    }

    private void assertEmpty() throws Exception {
        assertEquals(0, count("select count(*) from negotiation"));
        assertEquals(0, count("select count(*) from reading"));
        assertEquals(0, count("select count(*) from stakeholder"));
        assertEquals(0, count("select count(*) from revinfo"));
        assertEquals(1, count("select count(*) from app_user"));
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** An empty instance with its first admin only, as a server started on an empty database has. */
    private void wipeKeepingTheAdmin() throws Exception {
        List<String> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select * from app_user where username = 'admin'")) {
            rs.next();
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
                values.add(rs.getObject(i));
            }
        }
        flyway.clean();
        flyway.migrate();
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("insert into app_user ("
                + String.join(", ", columns) + ") values (" + String.join(", ", columns.stream().map(x -> "?").toList()) + ")")) {
            for (int i = 0; i < values.size(); i++) {
                insert.setObject(i + 1, values.get(i));
            }
            insert.executeUpdate();
        }
    }

    /** The JDK's client: REST Assured always sends a Content-Length; {@code chunked} sends the body without one. */
    private static HttpResponse<String> send(String path, byte[] body, boolean chunked) throws Exception {
        String credentials = TestData.ADMIN + ":" + TestData.ADMIN_PASSWORD;
        HttpRequest.BodyPublisher publisher = chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                URI.create(RestAssured.baseURI + ":" + RestAssured.port + path)).header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(publisher).build(), HttpResponse.BodyHandlers.ofString());
    }
}
