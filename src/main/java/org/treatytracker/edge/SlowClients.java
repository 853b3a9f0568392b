package org.treatytracker.edge;

import io.netty.channel.ChannelPipeline;
import io.netty.handler.timeout.IdleStateHandler;
import io.quarkus.arc.Unremovable;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.treatytracker.config.TreatyConfig;

/**
 * Cuts off clients that send a request slowly (slowloris: a header byte a second keeps quarkus.http.idle-timeout
 * from ever firing, since every byte read counts as activity). Quarkus and Vert.x offer no request-header timeout,
 * so this sets Vert.x's write-idle timeout: a connection on which the server has written nothing for
 * {@code treaty.http.response-deadline} (since it opened, or since the last response) is closed, however many bytes
 * trickle in. It bounds header reading plus body reading plus processing of one request; idle keep-alive
 * connections are closed sooner by quarkus.http.idle-timeout. The one request allowed to take longer is the backup's
 * restore (minutes for a large backup, streamed in and then indexed): see {@link #untimed}.
 */
@ApplicationScoped
@Unremovable
public class SlowClients implements HttpServerOptionsCustomizer {

    @Inject
    TreatyConfig config;

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        // With cleartext HTTP/2 on, Vert.x first reads the request head with an upgrade handler and installs the
        // idle timeouts only once it is complete, so a head that never completes was never timed (measured: held
        // 20 s of 20 with a 2 s deadline). HTTP/2 stays on over TLS, where ALPN chooses before any request byte.
        options.setHttp2ClearTextEnabled(false);
        limit(options);
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        limit(options);
    }

    private void limit(HttpServerOptions options) {
        // All three idle timeouts share one unit: keep Quarkus' idle timeout as it is, in milliseconds.
        long idle = options.getIdleTimeoutUnit().toMillis(options.getIdleTimeout());
        options.setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
        options.setIdleTimeout((int) Math.min(Integer.MAX_VALUE, idle));
        options.setWriteIdleTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(1, config.http().responseDeadline().toMillis())));
    }

    /**
     * Lifts the connection's idle deadlines for one long request whose head has arrived (the restore: its upload and
     * its work may take minutes, with no byte written before the answer), and closes the connection after the
     * answer, so that no later request on it goes untimed. The restore needs an admin, whose credentials are checked
     * before its body is read: a request without them is answered 401 at once, and its connection closed.
     */
    static void untimed(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.connection() instanceof ConnectionBase connection) {
            ChannelPipeline pipeline = connection.channel().pipeline();
            if (pipeline.get(IdleStateHandler.class) != null) {
                pipeline.remove(IdleStateHandler.class);
            }
        }
        request.response().putHeader(HttpHeaders.CONNECTION, "close");
        // Quarkus REST keeps the response's own end handler for itself; the routing context takes any number.
        context.addEndHandler(done -> request.connection().close());
    }
}
