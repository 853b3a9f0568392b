package org.treatytracker.edge;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import java.util.Base64;
import java.util.Locale;
import org.treatytracker.TestData;
import org.treatytracker.api.RawHttp;

/** A slowloris (a header byte every 200 ms, never finishing) is cut off at the response deadline (2 s here). */
@QuarkusTest
@TestProfile(SlowClientsTest.ShortDeadline.class)
class SlowClientsTest {

    /** A 2 s deadline so the test is short; production's is 60 s. */
    public static class ShortDeadline implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("treaty.http.response-deadline", "2S");
        }
    }

    @Test
    void aRequestHeadSentByteByByteIsCutOff() {
        long millis = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (Socket socket = RawHttp.open()) {
                socket.setSoTimeout(200);
                OutputStream out = socket.getOutputStream();
                InputStream in = socket.getInputStream();
                out.write("GET /api/v1/negotiations HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
                long started = System.nanoTime();
                while (true) {
                    try {
                        out.write('a');
                        out.flush();
                    } catch (IOException closed) {
                        break;
                    }
                    try {
                        if (in.read() < 0) {
                            break;
                        }
                    } catch (SocketTimeoutException stillOpen) {
                        continue;
                    } catch (IOException reset) {
                        break;
                    }
                }
                return (System.nanoTime() - started) / 1_000_000;
            }
        });
        System.out.printf("%n== slowloris (a header byte every 200 ms) closed after %d ms; deadline 2 s%n", millis);
        assertTrue(millis >= 1500 && millis < 8000, "closed after " + millis + " ms; the deadline is 2 s");
    }

    /**
     * The restore may take minutes (a large backup streams in, then is indexed): its head is timed like any other,
     * but not its body and its work. Here its body comes in over 3 s, past the 2 s deadline, and the answer still
     * arrives (409: this instance holds the seed), with the connection closed after it.
     */
    @Test
    void aRestoreMayTakeLongerThanTheDeadline() {
        String answer = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (Socket socket = RawHttp.open()) {
                socket.setSoTimeout(15_000);
                OutputStream out = socket.getOutputStream();
                String[] body = {"{\"format\":\"treaty-tracker-backup\",", "\"schema\":1,", "\"tables\":{\"negotiation\":[]}}"};
                int length = 0;
                for (String part : body) {
                    length += part.getBytes(StandardCharsets.UTF_8).length;
                }
                String credentials = Base64.getEncoder().encodeToString(
                        ("admin:" + TestData.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
                out.write(("POST /api/v1/admin/backup HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                for (String part : body) {
                    out.write(part.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    Thread.sleep(1_100);
                }
                return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
        });
        assertTrue(answer.startsWith("HTTP/1.1 409"), answer);
        assertTrue(answer.toLowerCase(Locale.ROOT).contains("connection: close"), answer);
    }

    @Test
    void anOrdinaryRequestIsAnswered() {
        given().get("/api/v1/negotiations").then().statusCode(200);
    }
}
