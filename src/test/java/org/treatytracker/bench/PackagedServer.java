package org.treatytracker.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged server (target/quarkus-app, built by ./mvnw verify or package) started as a separate process
 * on a port of its own, for the checks that need a real process: kill it, run two of it, load it.
 */
final class PackagedServer {

    /** The build to run; {@code -Dbench.jar=} runs another (e.g. a copy of the build before a change, to compare). */
    static final Path JAR = Path.of(System.getProperty("bench.jar", "target/quarkus-app/quarkus-run.jar"));

    final int port;
    final Process process;
    final Path log;

    private PackagedServer(int port, Process process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts the server in {@code dir} (its default ./data/ database resolves there) with these system properties. */
    static PackagedServer start(Path dir, String logName, String... properties) throws IOException {
        assertTrue(Files.exists(JAR), "build the application first (./mvnw verify)");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("java", "-Dquarkus.http.port=" + port));
        command.addAll(List.of(properties));
        // -Dbench.server.options="-XX:StartFlightRecording=..." adds JVM options (a profiler) to every server started.
        String extra = System.getProperty("bench.server.options", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        Path log = dir.resolve(logName);
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        // A check or benchmark that fails before it stops its server must not leave it running (it would hold memory
        // and its port, and skew every later measurement on the machine): the test JVM stops it as it exits.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "stop-" + logName));
        return new PackagedServer(port, process, log);
    }

    String base() {
        return "http://localhost:" + port;
    }

    /** Milliseconds until the server answers, or a failure if it does not within 60 s. */
    long awaitReady(HttpClient http) throws Exception {
        return awaitReady(http, 60);
    }

    /** Milliseconds until the server answers, or a failure if it does not within {@code seconds}. */
    long awaitReady(HttpClient http, int seconds) throws Exception {
        long start = System.nanoTime();
        while (System.nanoTime() - start < seconds * 1_000_000_000L) {
            assertTrue(process.isAlive(), "the server stopped while starting; see " + log);
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/negotiations")).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - start) / 1_000_000;
                }
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the server did not start within " + seconds + " s; see " + log);
    }

    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
