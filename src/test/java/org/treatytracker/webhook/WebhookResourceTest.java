package org.treatytracker.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;
import org.treatytracker.stakeholder.StakeholderDto;
import org.treatytracker.stakeholder.StakeholderKind;
import org.treatytracker.stakeholder.StakeholderService;

/**
 * Webhooks end to end, against a receiver in the test: subscriptions and their errors, signed deliveries,
 * filters, a retry after a 500 in the delivery log, and no event from a write that is rolled back.
 */
@QuarkusTest
class WebhookResourceTest {

    private static final String EDITOR_PASSWORD = "a webhook editor's long password";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    StakeholderService stakeholders;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    SessionFactory sessionFactory;

    private TestReceiver receiver;
    private final List<Long> subscriptions = new ArrayList<>();

    @BeforeAll
    static void authenticate() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    @AfterAll
    static void anonymous() {
        RestAssured.reset();
    }

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new TestReceiver();
    }

    /** Subscriptions are deleted after each test, so later test classes see an idle dispatcher. */
    @AfterEach
    void stopReceiver() {
        for (long id : subscriptions) {
            String etag = given().get("/api/v1/webhooks/{id}", id).then().extract().header("ETag");
            if (etag != null) {
                given().header("If-Match", etag).delete("/api/v1/webhooks/{id}", id).then().statusCode(204);
            }
        }
        receiver.close();
    }

    private JsonPath subscribe(String path, List<String> kinds, Map<String, Object> filters) {
        Map<String, Object> body = new HashMap<>(filters);
        body.put("url", receiver.url(path));
        body.put("kinds", kinds);
        JsonPath created = given().contentType(ContentType.JSON).body(body).post("/api/v1/webhooks").then().statusCode(201)
                .header("Location", containsString("/api/v1/webhooks/")).body("secret", startsWith("whsec_"))
                .extract().jsonPath();
        subscriptions.add(created.getLong("webhook.id"));
        return created;
    }

    private static long position(long provisionVersion, long paragraph, Long stakeholder) {
        Map<String, Object> body = new HashMap<>(Map.of("provisionVersionId", provisionVersion, "stance", "SUPPORT", "paragraphId", paragraph));
        if (stakeholder == null) {
            body.put("quantifier", "SEVERAL");
        } else {
            body.put("stakeholderId", stakeholder);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/positions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "waited 20 s for " + what);
            Thread.sleep(50);
        }
    }

    /** Until the outbox is empty and no delivery waits for its first attempt: every event so far has been dealt with. */
    private void awaitQuiet() throws Exception {
        await("the outbox and the first attempts", () -> count("select count(*) from webhook_outbox") == 0
                && count("select count(*) from webhook_delivery where status = 'PENDING' and attempts = 0") == 0);
    }

    private long count(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Verifies as a receiver would, with the JDK only (not with the server's own class). */
    private static boolean signatureVerifies(String secret, TestReceiver.Received request) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String signed = request.id() + "." + request.timestamp() + "." + request.body();
        String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        return List.of(request.signature().split(" ")).contains(expected);
    }

    @Test
    void deliversASignedEventForANewPosition() throws Exception {
        String slug = TestData.newNegotiation();
        long reading = TestData.newReading(slug, 1);
        long article = TestData.newProvision(slug, reading, "ARTICLE", "1", "Scope", null);
        long paragraph = TestData.newParagraph(slug, reading);
        String secret = subscribe("/signed", List.of("position.created"), Map.of("negotiation", slug)).getString("secret");
        long position = position(article, paragraph, null);

        await("the delivery", () -> receiver.at("/signed").size() == 1);
        TestReceiver.Received request = receiver.at("/signed").get(0);
        assertTrue(signatureVerifies(secret, request), "the signature verifies with the secret shown at creation");
        assertFalse(signatureVerifies(WebhookSignature.newSecret(), request));
        assertTrue(Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(request.timestamp())) < 60);
        JsonPath event = JsonPath.from(request.body());
        assertEquals(request.id(), event.getString("id"));
        assertEquals("position.created", event.getString("kind"));
        assertEquals(slug, event.getString("negotiation"));
        assertEquals(List.of("art_1"), event.getList("provisions"));
        assertEquals("Position", event.getString("resource.type"));
        assertEquals(position, event.getLong("resource.id"));
        assertTrue(event.getString("resource.href").endsWith("/api/v1/positions/" + position));
        assertEquals("SUPPORT", event.getString("data.stance"));
        assertEquals("SEVERAL", event.getString("data.quantifier"));
    }

    @Test
    void sendsOnlyWhatEachSubscriptionFiltersFor() throws Exception {
        String one = TestData.newNegotiation();
        long reading = TestData.newReading(one, 1);
        long art1 = TestData.newProvision(one, reading, "ARTICLE", "1", "One", null);
        long art2 = TestData.newProvision(one, reading, "ARTICLE", "2", "Two", null);
        long paragraph = TestData.newParagraph(one, reading);
        String other = TestData.newNegotiation();
        long otherReading = TestData.newReading(other, 1);
        long otherArt2 = TestData.newProvision(other, otherReading, "ARTICLE", "2", "Elsewhere", null);
        long otherParagraph = TestData.newParagraph(other, otherReading);
        long state = TestData.newStakeholder("Filtered State", "MEMBER_STATE", "NOR", false);
        awaitQuiet();

        subscribe("/negotiation", List.of("position.*"), Map.of("negotiation", one));
        subscribe("/provision", List.of("position.created"), Map.of("provision", "art_2", "negotiation", one));
        subscribe("/stakeholder", List.of("position.*", "stakeholder.updated"), Map.of("stakeholder", state));
        subscribe("/kind", List.of("provision-version.updated"), Map.of("negotiation", other));

        long onArt1ByState = position(art1, paragraph, state);
        long onArt2 = position(art2, paragraph, null);
        long elsewhere = position(otherArt2, otherParagraph, state);
        String etag = TestData.etagOf("/api/v1/provision-versions/{id}", otherArt2);
        given().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", etag).body(Map.of("title", "Renamed"))
                .patch("/api/v1/provision-versions/{id}", otherArt2).then().statusCode(200);
        awaitQuiet();

        assertEquals(List.of(onArt1ByState, onArt2), ids("/negotiation"));
        assertEquals(List.of(onArt2), ids("/provision"));
        assertEquals(List.of(onArt1ByState, elsewhere), ids("/stakeholder"));
        assertEquals(List.of(otherArt2), ids("/kind"));
        assertEquals("provision-version.updated", JsonPath.from(receiver.at("/kind").get(0).body()).getString("kind"));
        assertEquals("Renamed", JsonPath.from(receiver.at("/kind").get(0).body()).getString("data.title"));
    }

    /** The bulk paths (a draft import, a report import, accepting a suggestion) raise events like single writes. */
    @Test
    void importsAndAcceptedSuggestionsRaiseEvents() throws Exception {
        String slug = TestData.newNegotiation();
        long reading = TestData.newReading(slug, 1);
        awaitQuiet();
        subscribe("/bulk", List.of("provision-version.created", "source.created", "paragraph.created", "suggestion.*", "position.created"),
                Map.of("negotiation", slug));
        given().contentType("text/markdown; charset=UTF-8").body(resource("/drafts/made-up-reading-1.md"))
                .post("/api/v1/readings/{id}/import", reading).then().statusCode(201);
        long source = given().contentType("text/markdown; charset=UTF-8").body(resource("/reports/made-up-summary.md"))
                .post("/api/v1/negotiations/{slug}/reports", slug).then().statusCode(201).extract().jsonPath().getLong("source.id");
        long suggestion = given().get("/api/v1/sources/{id}/suggestions", source).then().extract().jsonPath().getLong("items[0].id");
        long position = given().contentType(ContentType.JSON).body("{}").post("/api/v1/suggestions/{id}/accept", suggestion)
                .then().statusCode(200).extract().jsonPath().getLong("positionId");
        awaitQuiet();

        long versions = given().get("/api/v1/readings/{id}/provisions?size=1", reading).then().extract().jsonPath().getLong("total");
        long paragraphs = given().get("/api/v1/sources/{id}/paragraphs?size=1", source).then().extract().jsonPath().getLong("total");
        long suggestions = given().get("/api/v1/sources/{id}/suggestions?size=1", source).then().extract().jsonPath().getLong("total");
        Map<String, List<Long>> byKind = new HashMap<>();
        for (TestReceiver.Received request : receiver.at("/bulk")) {
            JsonPath event = JsonPath.from(request.body());
            assertEquals(slug, event.getString("negotiation"));
            byKind.computeIfAbsent(event.getString("kind"), k -> new ArrayList<>()).add(event.getLong("resource.id"));
        }
        assertTrue(versions > 0 && paragraphs > 0 && suggestions > 0);
        assertEquals(versions, byKind.get("provision-version.created").size(), "one event per imported provision version");
        assertEquals(List.of(source), byKind.get("source.created"));
        assertEquals(paragraphs, byKind.get("paragraph.created").size());
        assertEquals(suggestions, byKind.get("suggestion.created").size());
        assertEquals(List.of(suggestion), byKind.get("suggestion.updated"));
        assertEquals(List.of(position), byKind.get("position.created"));
    }

    private static String resource(String name) throws Exception {
        try (var in = WebhookResourceTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<Long> ids(String path) {
        return receiver.at(path).stream().map(r -> JsonPath.from(r.body()).getLong("resource.id")).sorted().toList();
    }

    @Test
    void retriesAfterAFailureAndLogsEveryAttempt() throws Exception {
        String slug = TestData.newNegotiation();
        awaitQuiet();
        receiver.failFirst("/flaky", 1);
        long id = subscribe("/flaky", List.of("reading.*"), Map.of("negotiation", slug)).getLong("webhook.id");
        TestData.newReading(slug, 1);

        await("the retry", () -> receiver.at("/flaky").size() == 2);
        List<TestReceiver.Received> requests = receiver.at("/flaky");
        assertEquals(requests.get(0).id(), requests.get(1).id(), "a retry is the same event");
        assertEquals(requests.get(0).body(), requests.get(1).body());
        await("the log", () -> "DELIVERED".equals(given().get("/api/v1/webhooks/{id}/deliveries", id).jsonPath().getString("items[0].status")));
        given().get("/api/v1/webhooks/{id}/deliveries", id).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("reading.created"))
                .body("items[0].eventId", equalTo(requests.get(0).id()))
                .body("items[0].attempts", equalTo(2))
                .body("items[0].attemptLog.statusCode", equalTo(List.of(500, 204)))
                .body("items[0].deliveredAt", not(equalTo(null)));
    }

    @Test
    void failsADeliveryAfterTheLastAttempt() throws Exception {
        String slug = TestData.newNegotiation();
        awaitQuiet();
        receiver.failFirst("/down", 100);
        long id = subscribe("/down", List.of("reading.created"), Map.of("negotiation", slug)).getLong("webhook.id");
        TestData.newReading(slug, 1);
        await("three attempts", () -> "FAILED".equals(given().get("/api/v1/webhooks/{id}/deliveries", id).jsonPath()
                .getString("items[0].status")));
        given().get("/api/v1/webhooks/{id}/deliveries?status=FAILED", id).then().statusCode(200)
                .body("items[0].attempts", equalTo(3)).body("items[0].lastStatus", equalTo(500))
                .body("items[0].lastError", equalTo("answered 500"));
        assertEquals(3, receiver.at("/down").size());
    }

    @Test
    void aRolledBackWriteLeavesNoEvent() throws Exception {
        awaitQuiet();
        subscribe("/rollback", List.of("stakeholder.created"), Map.of());
        String name = "Rolled back NGO " + System.nanoTime();
        AtomicLong outboxInTransaction = new AtomicLong(-1);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                stakeholders.create(new StakeholderDto.Request(name, StakeholderKind.OTHER_NGO, null, null, null, null));
                // Runs after Hibernate's own synchronization, so after Envers has written the revision and the outbox row.
                transactions.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                        outboxInTransaction.set(count("select count(*) from webhook_outbox"));
                        throw new IllegalStateException("made to fail after the outbox row is written");
                    }

                    @Override
                    public void afterCompletion(int status) {
                    }
                });
            });
        } catch (RuntimeException expected) {
            // the commit failed, as it was made to
        }
        assertTrue(outboxInTransaction.get() >= 1, "the outbox row was written inside the transaction: " + outboxInTransaction.get());
        given().get("/api/v1/stakeholders/lookup?name={name}", name).then().statusCode(404);
        Thread.sleep(500);
        awaitQuiet();
        assertEquals(List.of(), receiver.at("/rollback"), "a rolled-back write raised an event");
        // A committed one does.
        TestData.newStakeholder("Committed NGO", "OTHER_NGO", null, false);
        await("the committed write's event", () -> receiver.at("/rollback").size() == 1);
    }

    @Test
    void showsTheSecretOnlyOnce() {
        String secret = subscribe("/secret", List.of("*"), Map.of()).getString("secret");
        long id = subscriptions.get(subscriptions.size() - 1);
        assertFalse(given().get("/api/v1/webhooks/{id}", id).then().statusCode(200).header("ETag", not(equalTo(null)))
                .extract().asString().contains(secret));
        assertFalse(given().get("/api/v1/webhooks?size=200").then().statusCode(200).extract().asString().contains(secret));
        String etag = TestData.etagOf("/api/v1/webhooks/{id}", id);
        String patched = given().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", etag).body(Map.of("active", false))
                .patch("/api/v1/webhooks/{id}", id).then().statusCode(200).body("active", equalTo(false)).extract().asString();
        assertFalse(patched.contains(secret));
    }

    @Test
    void refusesWhatItCannotServe() {
        given().auth().none().get("/api/v1/webhooks").then().statusCode(401);
        given().auth().none().contentType(ContentType.JSON).body(Map.of("url", "https://example.org", "kinds", List.of("*")))
                .post("/api/v1/webhooks").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("url", "ftp://example.org/hook", "kinds", List.of("*")))
                .post("/api/v1/webhooks").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("url"));
        given().contentType(ContentType.JSON).body(Map.of("url", receiver.url("/x"), "kinds", List.of("position.moved")))
                .post("/api/v1/webhooks").then().statusCode(422).body("errors[0].field", equalTo("kinds"));
        given().contentType(ContentType.JSON).body(Map.of("url", receiver.url("/x"), "kinds", List.of("*"), "negotiation", "no-such-talks"))
                .post("/api/v1/webhooks").then().statusCode(422).body("errors[0].field", equalTo("negotiation"));
        given().contentType(ContentType.JSON).body(Map.of("url", receiver.url("/x"), "kinds", List.of()))
                .post("/api/v1/webhooks").then().statusCode(400);
        given().get("/api/v1/webhooks/{id}", Long.MAX_VALUE).then().statusCode(404);
        given().get("/api/v1/webhooks?secret=1").then().statusCode(400);

        long id = subscribe("/mine", List.of("*"), Map.of()).getLong("webhook.id");
        given().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("active", false)).patch("/api/v1/webhooks/{id}", id)
                .then().statusCode(428);
        given().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"99\"").body(Map.of("active", false))
                .patch("/api/v1/webhooks/{id}", id).then().statusCode(412);
        String etag = TestData.etagOf("/api/v1/webhooks/{id}", id);
        given().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", etag).body(Map.of("url", "gopher://example.org"))
                .patch("/api/v1/webhooks/{id}", id).then().statusCode(422).body("errors[0].field", equalTo("url"));

        // Another editor sees neither the subscription nor its log, and lists only its own.
        String editor = "hooks-editor-" + System.nanoTime();
        given().contentType(ContentType.JSON).body(Map.of("username", editor, "password", EDITOR_PASSWORD)).post("/api/v1/users")
                .then().statusCode(201);
        given().auth().preemptive().basic(editor, EDITOR_PASSWORD).get("/api/v1/webhooks/{id}", id).then().statusCode(404);
        given().auth().preemptive().basic(editor, EDITOR_PASSWORD).get("/api/v1/webhooks/{id}/deliveries", id).then().statusCode(404);
        given().auth().preemptive().basic(editor, EDITOR_PASSWORD).header("If-Match", etag).delete("/api/v1/webhooks/{id}", id)
                .then().statusCode(404);
        given().auth().preemptive().basic(editor, EDITOR_PASSWORD).get("/api/v1/webhooks").then().statusCode(200)
                .body("total", equalTo(0));
        given().get("/api/v1/webhooks?size=200").then().statusCode(200).body("items.id", hasItem((int) id));
    }

    @Test
    void listsRunAConstantNumberOfStatements() throws Exception {
        String slug = TestData.newNegotiation();
        awaitQuiet();
        long id = subscribe("/counted", List.of("reading.created"), Map.of("negotiation", slug)).getLong("webhook.id");
        subscribe("/counted-too", List.of("reading.created"), Map.of("negotiation", slug));
        for (int i = 1; i <= 3; i++) {
            TestData.newReading(slug, i);
        }
        await("three deliveries", () -> receiver.at("/counted").size() == 3);
        awaitQuiet();
        Thread.sleep(300);
        assertEquals(statements("/api/v1/webhooks/" + id + "/deliveries?size=1"), statements("/api/v1/webhooks/" + id + "/deliveries?size=200"));
        long log = statements("/api/v1/webhooks/" + id + "/deliveries?size=200");
        // The signed-in user, the subscription, the page, its count and the page's attempts.
        assertTrue(log <= 5, "the delivery log runs " + log + " statements");
        assertEquals(statements("/api/v1/webhooks?size=1"), statements("/api/v1/webhooks?size=200"));
    }

    private long statements(String path) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }
}
