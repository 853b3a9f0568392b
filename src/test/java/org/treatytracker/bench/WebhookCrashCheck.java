package org.treatytracker.bench;

import java.util.concurrent.Future;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.treatytracker.webhook.TestReceiver;
import org.treatytracker.webhook.WebhookSignature;

/**
 * Webhook delivery across a crash, as .ci/run checks it: a receiver in this JVM (slow on purpose, so deliveries
 * are in flight), the packaged server on an H2 file database, a subscription to stakeholder.created, a burst of
 * writes from 8 writers, SIGKILL once 200 are acknowledged (writers still sending), a restart on the same files;
 * then every acknowledged write's event must arrive, every event must be of a write that is in the database,
 * and any duplicate must be a re-send of the same event (same webhook-id, same body). Run with
 * {@code ./mvnw test -Dtest=WebhookCrashCheck -Dsurefire.failIfNoSpecifiedTests=false} after packaging.
 */
class WebhookCrashCheck {

    private static final String PASSWORD = "webhook-crash-check-admin-password";
    private static final int WRITERS = 8;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 200;
    private static final String[] SETTINGS = {"-Dtreaty.admin.password=" + PASSWORD, "-Dtreaty.webhooks.allow-private-targets=true",
        "-Dtreaty.webhooks.poll-interval=200ms", "-Dtreaty.webhooks.timeout=2S", "-Dtreaty.webhooks.first-retry=1S"};

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void noAcknowledgedWriteLosesItsEvent() throws Exception {
        Path data = Files.createTempDirectory("treaty-webhook-crash");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        try (TestReceiver receiver = new TestReceiver()) {
            receiver.answerAfter(200);
            PackagedServer server = PackagedServer.start(data, "server.log", SETTINGS);
            server.awaitReady(http);
            HttpResponse<String> subscribed = http.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/webhooks"))
                    .header("Content-Type", "application/json").header("Authorization", auth)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + receiver.url("/crash") + "\",\"kinds\":[\"stakeholder.created\"]}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, subscribed.statusCode(), subscribed.body());
            String secret = json.readTree(subscribed.body()).path("secret").asText();

            Map<Long, String> acknowledged = new ConcurrentHashMap<>();
            AtomicInteger sent = new AtomicInteger();
            AtomicInteger unanswered = new AtomicInteger();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            int port = server.port;
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int i = 0; running.get(); i++) {
                        String name = "Webhook crash NGO " + writer + "-" + i;
                        try {
                            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                            + "/api/v1/stakeholders")).header("Content-Type", "application/json").header("Authorization", auth)
                                    .timeout(Duration.ofSeconds(5))
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"kind\":\"OTHER_NGO\"}")).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            sent.incrementAndGet();
                            if (response.statusCode() == 201) {
                                acknowledged.put(Long.parseLong(response.body().replaceAll(".*\"id\":(\\d+).*", "$1")), name);
                            }
                        } catch (IOException | InterruptedException killed) {
                            unanswered.incrementAndGet();
                            return null;
                        }
                    }
                    return null;
                });
            }
            long loadStart = System.nanoTime();
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() - loadStart < 120_000_000_000L) {
                Thread.sleep(20);
            }
            server.process.destroyForcibly();  // SIGKILL: no shutdown hook, no flush, deliveries in flight
            server.process.waitFor();
            int receivedBeforeKill = receiver.at("/crash").size();
            running.set(false);
            writers.shutdown();
            writers.awaitTermination(10, TimeUnit.SECONDS);
            int acknowledgedAtKill = acknowledged.size();

            PackagedServer restarted = PackagedServer.start(data, "restarted.log", SETTINGS);
            restarted.awaitReady(http);
            long waitStart = System.nanoTime();
            while (!receivedAll(receiver, "/crash", acknowledged.keySet()) && System.nanoTime() - waitStart < 90_000_000_000L) {
                Thread.sleep(200);
            }
            long waitedMillis = (System.nanoTime() - waitStart) / 1_000_000;
            // Then until the log has nothing pending: re-sends of the claims the kill left come after those claims run out.
            String subscription = json.readTree(subscribed.body()).path("webhook").path("id").asText();
            while (System.nanoTime() - waitStart < 120_000_000_000L && pending(http, restarted, auth, subscription) > 0) {
                Thread.sleep(500);
            }
            long settledMillis = (System.nanoTime() - waitStart) / 1_000_000;

            List<TestReceiver.Received> requests = receiver.at("/crash");
            Map<String, String> bodyOfEvent = new HashMap<>();
            Map<Long, Set<String>> eventsOfStakeholder = new HashMap<>();
            List<String> badSignatures = new ArrayList<>();
            List<String> changedResends = new ArrayList<>();
            for (TestReceiver.Received request : requests) {
                if (!WebhookSignature.verify(secret, request.id(), Long.parseLong(request.timestamp()), request.body(), request.signature())) {
                    badSignatures.add(request.id());
                }
                String earlier = bodyOfEvent.putIfAbsent(request.id(), request.body());
                if (earlier != null && !earlier.equals(request.body())) {
                    changedResends.add(request.id());
                }
                JsonNode event = json.readTree(request.body());
                eventsOfStakeholder.computeIfAbsent(event.path("resource").path("id").asLong(), k -> new HashSet<>()).add(request.id());
            }
            List<Long> lost = acknowledged.keySet().stream().filter(id -> !eventsOfStakeholder.containsKey(id)).sorted().toList();
            List<Long> twoEvents = eventsOfStakeholder.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
            List<Long> phantoms = new ArrayList<>();
            for (long id : eventsOfStakeholder.keySet()) {
                HttpResponse<String> found = http.send(HttpRequest.newBuilder(URI.create(restarted.base() + "/api/v1/stakeholders/" + id)).GET()
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (found.statusCode() != 200) {
                    phantoms.add(id);
                }
            }
            restarted.stop();
            int duplicates = requests.size() - bodyOfEvent.size();
            System.out.printf("%n== Webhook crash check: %d writes answered (%d more unanswered at the kill) from %d writers, %d acknowledged with 201 (%d when killed); SIGKILL with"
                            + " %d events received; after the restart %d requests received in all, %d distinct events (%d of them for writes"
                            + " committed but never acknowledged), %d duplicates (re-sends of the same event), %d lost, %d events for writes"
                            + " not in the database; every acknowledged write's event received %d ms after the restart was ready, nothing pending after %d ms%n",
                    sent.get(), unanswered.get(), WRITERS, acknowledged.size(), acknowledgedAtKill, receivedBeforeKill, requests.size(), bodyOfEvent.size(),
                    eventsOfStakeholder.size() - acknowledged.size(), duplicates, lost.size(), phantoms.size(), waitedMillis, settledMillis);
            assertTrue(acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL, "too few writes were acknowledged within two minutes");
            assertEquals(List.of(), lost, "acknowledged writes whose event never arrived");
            assertEquals(List.of(), phantoms, "events of writes that are not in the database");
            assertEquals(List.of(), twoEvents, "a write raised two different events (a duplicate must be the same event)");
            assertEquals(List.of(), changedResends, "a re-sent event changed its body");
            assertEquals(List.of(), badSignatures, "deliveries whose signature does not verify");
        }
    }

    /**
     * Two instances on one (H2 mixed-mode) database, both dispatching: writes through both, and every event
     * arrives exactly once, since outbox rows and deliveries are claimed with conditional statements.
     */
    @Test
    void twoInstancesSendEachEventOnce() throws Exception {
        Path dir = Files.createTempDirectory("treaty-webhook-two");
        String database = "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + dir.resolve("shared").toAbsolutePath() + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        try (TestReceiver receiver = new TestReceiver()) {
            receiver.answerAfter(20);
            List<String> first = new ArrayList<>(List.of(SETTINGS));
            first.add(database);
            PackagedServer one = PackagedServer.start(dir, "one.log", first.toArray(String[]::new));
            one.awaitReady(http);
            first.add("-Dtreaty.seed.enabled=false");
            PackagedServer two = PackagedServer.start(dir, "two.log", first.toArray(String[]::new));
            try {
                two.awaitReady(http);
                HttpResponse<String> subscribed = http.send(HttpRequest.newBuilder(URI.create(one.base() + "/api/v1/webhooks"))
                        .header("Content-Type", "application/json").header("Authorization", auth)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + receiver.url("/two") + "\",\"kinds\":[\"stakeholder.created\"]}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(201, subscribed.statusCode(), subscribed.body());
                Set<Long> written = ConcurrentHashMap.newKeySet();
                ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
                List<Future<?>> done = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    PackagedServer through = w % 2 == 0 ? one : two;
                    int writer = w;
                    done.add(writers.submit(() -> {
                        for (int i = 0; i < 25; i++) {
                            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(through.base() + "/api/v1/stakeholders"))
                                    .header("Content-Type", "application/json").header("Authorization", auth)
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Two instances NGO " + writer + "-" + i
                                            + "\",\"kind\":\"OTHER_NGO\"}")).build(), HttpResponse.BodyHandlers.ofString());
                            assertEquals(201, response.statusCode(), response.body());
                            written.add(Long.parseLong(response.body().replaceAll(".*\"id\":(\\d+).*", "$1")));
                        }
                        return null;
                    }));
                }
                for (var writer : done) {
                    writer.get();
                }
                writers.shutdown();
                long waitStart = System.nanoTime();
                while (!receivedAll(receiver, "/two", written) && System.nanoTime() - waitStart < 60_000_000_000L) {
                    Thread.sleep(200);
                }
                Thread.sleep(3000);
                List<TestReceiver.Received> requests = receiver.at("/two");
                long distinct = requests.stream().map(TestReceiver.Received::id).distinct().count();
                System.out.printf("%n== Webhooks on two instances: %d writes through both, %d requests received, %d distinct events%n",
                        written.size(), requests.size(), distinct);
                assertTrue(receivedAll(receiver, "/two", written), "events lost");
                assertEquals(written.size(), requests.size(), "an event was sent more than once by the two instances");
                assertEquals(written.size(), distinct);
            } finally {
                two.stop();
                one.stop();
            }
        }
    }

    private long pending(HttpClient http, PackagedServer server, String auth, String subscription) throws Exception {
        HttpResponse<String> log = http.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/webhooks/" + subscription
                + "/deliveries?status=PENDING&size=1")).header("Authorization", auth).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, log.statusCode(), log.body());
        return json.readTree(log.body()).path("total").asLong();
    }

    private static boolean receivedAll(TestReceiver receiver, String path, Set<Long> ids) {
        Set<Long> seen = new HashSet<>();
        for (TestReceiver.Received request : receiver.at(path)) {
            String id = request.body().replaceAll("(?s).*\"resource\":\\{\"type\":\"Stakeholder\",\"id\":(\\d+).*", "$1");
            if (id.matches("\\d+")) {
                seen.add(Long.parseLong(id));
            }
        }
        return seen.containsAll(ids);
    }
}
