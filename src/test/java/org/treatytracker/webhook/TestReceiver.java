package org.treatytracker.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A webhook receiver for tests (the JDK's HTTP server on a free port): records every request it gets, by path,
 * and answers 204, or 500 for the number of requests a path was told to fail first.
 */
public final class TestReceiver implements AutoCloseable {

    /** One request as received. */
    public record Received(String path, String id, String timestamp, String signature, String body) {
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private volatile long answerAfterMillis;

    public TestReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String path = exchange.getRequestURI().getPath();
            var headers = exchange.getRequestHeaders();
            received.add(new Received(path, headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"), body));
            AtomicInteger failures = failuresLeft.get(path);
            int status = failures != null && failures.getAndDecrement() > 0 ? 500 : 204;
            if (answerAfterMillis > 0) {
                try {
                    Thread.sleep(answerAfterMillis);
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.setExecutor(pool);
        server.start();
    }

    /** Answers each request this long after receiving it (a slow receiver keeps deliveries in flight). */
    public void answerAfter(long millis) {
        answerAfterMillis = millis;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next {@code count} requests to {@code path} are answered 500. */
    public void failFirst(String path, int count) {
        failuresLeft.put(path, new AtomicInteger(count));
    }

    public List<Received> at(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    public List<Received> all() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
