package org.treatytracker.bench;

import java.util.concurrent.TimeUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Crash safety, as .ci/run checks it: starts the packaged server (target/quarkus-app, built by ./mvnw verify)
 * on an H2 file database, drives concurrent writes, kills the server with SIGKILL in the middle of the load,
 * (once 100 writes are acknowledged, with the writers still sending), restarts it on the same files, and checks that the database opens cleanly and that every write acknowledged
 * with 201 is there. Run with {@code ./mvnw test -Dtest=CrashSafetyCheck -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CrashSafetyCheck {

    private static final String PASSWORD = "crash-check-admin-password";
    private static final int WRITERS = 8;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 100;

    @Test
    void acknowledgedWritesSurviveAKill() throws Exception {
        Path data = Files.createTempDirectory("treaty-crash");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

        PackagedServer server = PackagedServer.start(data, "server.log", "-Dtreaty.admin.password=" + PASSWORD);
        int port = server.port;
        long firstStart = server.awaitReady(http);
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int i = 0; running.get(); i++) {
                    String name = "Crash check NGO " + writer + "-" + i;
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
                        return null;
                    }
                }
                return null;
            });
        }
        // Kill once enough writes are acknowledged, while the writers are still sending: mid-load on any machine.
        long loadStart = System.nanoTime();
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() - loadStart < 120_000_000_000L) {
            Thread.sleep(50);
        }
        long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
        server.process.destroyForcibly();  // SIGKILL: no shutdown hook, no flush
        server.process.waitFor();
        running.set(false);
        writers.shutdown();
        writers.awaitTermination(10, TimeUnit.SECONDS);

        PackagedServer restarted = PackagedServer.start(data, "restarted.log", "-Dtreaty.admin.password=" + PASSWORD);
        long secondStart = restarted.awaitReady(http);
        List<Long> missing = new ArrayList<>();
        for (Map.Entry<Long, String> write : acknowledged.entrySet()) {
            HttpResponse<String> found = http.send(HttpRequest.newBuilder(URI.create(restarted.base() + "/api/v1/stakeholders/"
                    + write.getKey())).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (found.statusCode() != 200 || !found.body().contains(write.getValue())) {
                missing.add(write.getKey());
            }
        }
        restarted.stop();
        System.out.printf("%n== Crash check: started in %d ms; %d writes sent by %d writers, %d acknowledged with 201; SIGKILL after %d ms"
                        + " of load; restarted cleanly in %d ms; %d of %d acknowledged writes found, %d missing%n",
                firstStart, sent.get(), WRITERS, acknowledged.size(), loadMillis, secondStart, acknowledged.size() - missing.size(),
                acknowledged.size(), missing.size());
        assertTrue(acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL, "too few writes were acknowledged within two minutes");
        assertEquals(List.of(), missing, "acknowledged writes lost in the crash");
    }
}
