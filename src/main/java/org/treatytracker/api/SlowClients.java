package org.treatytracker.api;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Cuts off clients that send a request slowly (slowloris: a header byte a second keeps quarkus.http.idle-timeout
 * from ever firing, since every byte read counts as activity). Quarkus and Vert.x offer no request-header timeout,
 * so this sets Vert.x's write-idle timeout: a connection on which the server has written nothing for
 * {@code treaty.http.response-deadline} (since it opened, or since the last response) is closed, however many bytes
 * trickle in. It bounds header reading plus body reading plus processing of one request; idle keep-alive
 * connections are closed sooner by quarkus.http.idle-timeout.
 */
@ApplicationScoped
public class SlowClients implements HttpServerOptionsCustomizer {

    @Inject
    TreatyConfig config;

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        limit(options);
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        limit(options);
    }

    private void limit(HttpServerOptions options) {
        long deadline = options.getIdleTimeoutUnit().convert(config.http().responseDeadline());
        options.setWriteIdleTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(1, deadline)));
    }
}
