package org.treatytracker.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/** Location headers come from treaty.public-base-url (http://localhost:8080 here), never from a forged Host. */
@QuarkusTest
class PublicLocationTest {

    private static final String BASE = "http://localhost:8080";
    private static final Pattern LOCATION = Pattern.compile("(?im)^Location: *(\\S+)");

    @BeforeAll
    static void authenticate() {
        TestData.asAdmin();
    }

    private static String locationOf(String answer) {
        Matcher m = LOCATION.matcher(answer);
        assertTrue(m.find(), "no Location in:\n" + answer);
        return m.group(1);
    }

    private static String forged(String method, String path, String body) throws Exception {
        String auth = Base64.getEncoder().encodeToString((TestData.ADMIN + ":" + TestData.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        return RawHttp.exchange(method + " " + path + " HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Host: evil.example\r\n"
                + "X-Forwarded-Proto: https\r\nForwarded: host=evil.example;proto=https\r\nAuthorization: Basic " + auth + "\r\n"
                + (body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n")
                + "Connection: close\r\n\r\n" + (body == null ? "" : body));
    }

    @Test
    void aCreatedNegotiationIsLocatedAtThePublicBaseUrl() throws Exception {
        String slug = "located-" + System.nanoTime();
        String answer = forged("POST", "/api/v1/negotiations", "{\"slug\":\"" + slug + "\",\"title\":\"Located talks\"}");
        assertTrue(answer.startsWith("HTTP/1.1 201"), answer);
        String location = locationOf(answer);
        assertTrue(location.equals(BASE + "/api/v1/negotiations/" + slug), location);
    }

    @Test
    void aCreatedReadingAndStakeholderToo() throws Exception {
        String slug = TestData.newNegotiation();
        String reading = forged("POST", "/api/v1/negotiations/" + slug + "/readings",
                "{\"sequenceNumber\":1,\"documentSymbol\":\"T/located/1\",\"label\":\"First reading\"}");
        assertTrue(reading.startsWith("HTTP/1.1 201"), reading);
        assertTrue(locationOf(reading).startsWith(BASE + "/api/v1/readings/"), locationOf(reading));
        String stakeholder = forged("POST", "/api/v1/stakeholders", "{\"name\":\"Located " + System.nanoTime() + "\",\"kind\":\"OTHER_NGO\"}");
        assertTrue(stakeholder.startsWith("HTTP/1.1 201"), stakeholder);
        assertTrue(locationOf(stakeholder).startsWith(BASE + "/api/v1/stakeholders/"), locationOf(stakeholder));
    }

    @Test
    void aSiteRedirectToo() throws Exception {
        String slug = TestData.newNegotiation();
        long reading = TestData.newReading(slug, 1);
        long paragraph = TestData.newParagraph(slug, reading);
        String answer = forged("GET", "/paragraphs/" + paragraph, null);
        assertTrue(answer.startsWith("HTTP/1.1 303"), answer);
        assertTrue(locationOf(answer).startsWith("/reports/"), "a path alone, never the forged host: " + locationOf(answer));
    }
}
