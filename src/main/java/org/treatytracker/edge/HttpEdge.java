package org.treatytracker.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.treatytracker.api.Problem;
import org.treatytracker.config.TreatyConfig;

/**
 * Problem bodies for what is wrong with a request before Jakarta REST sees it: a URL or headers too large
 * (refused here, below the HTTP codec's own, higher limits, which answer with an empty body and which Quarkus
 * offers no hook for), and a body too large or of unknown length (refused here from its Content-Length, before
 * Quarkus' own body limit, which also answers with an empty body). The backup's restore is the one exception: it
 * streams its upload, so it takes up to {@code treaty.backup.max-restore-size}, and a body in chunks, whose bytes
 * it counts as it reads them (BackupService).
 */
@ApplicationScoped
public class HttpEdge {

    /** Longest request target answered: real URLs here are a few hundred bytes; the codec stops at 64 kB. */
    static final int MAX_URI_LENGTH = 8 * 1024;
    /** Largest header block answered: the codec stops at 512 kB. */
    static final int MAX_HEADER_BYTES = 64 * 1024;
    /** The largest body accepted: a source document of 1,000,000 characters, with room for its JSON. */
    public static final long MAX_BODY_BYTES = 2L * 1024 * 1024;
    /** The restore's path (BackupResource): the only one that takes a body larger than MAX_BODY_BYTES. */
    public static final String RESTORE_PATH = "/api/v1/admin/backup";
    public static final String RESTORE_LIMIT_PROPERTY = "treaty.backup.max-restore-size";
    /**
     * Where Quarkus keeps the most it reads of a body of unknown length (its max-body-size check, at route order -2,
     * sets it; its request stream enforces it). An HTTP/2 body needs neither a Content-Length nor chunks.
     */
    static final String QUARKUS_MAX_REQUEST_SIZE = "io.quarkus.max-request-size";
    /** Room above the restore's limit, so that the restore's own count (and its 413 problem) comes first. */
    static final long RESTORE_STREAM_MARGIN = 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(HttpEdge.class);

    @Inject
    ObjectMapper json;

    @Inject
    TreatyConfig config;

    void install(@Observes Router router) {
        long backstop = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", String.class)
                .map(size -> new MemorySizeConverter().convert(size).asLongValue()).orElse(Long.MAX_VALUE);
        if (backstop < restoreLimit()) {
            LOG.warnf("quarkus.http.limits.max-body-size (%d bytes) is below %s (%d bytes): a restore larger than the first "
                    + "is refused with an empty 413", backstop, RESTORE_LIMIT_PROPERTY, restoreLimit());
        }
        // First of all routes: Quarkus' own body-size check runs early too, and answers without a body.
        router.route().order(Integer.MIN_VALUE).handler(this::limitRequestHead);
        // Right after Quarkus' check (order -2): the backstop is as large as the restore's limit, so a body of unknown
        // length gets the limit of its path instead.
        router.route().order(-1).handler(this::limitUnknownLength);
    }

    private void limitRequestHead(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > MAX_URI_LENGTH) {
            problem(context, 414, "the URL has " + request.uri().length() + " characters; at most " + MAX_URI_LENGTH
                    + " are accepted");
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > MAX_HEADER_BYTES) {
            problem(context, 431, "the request headers have " + headerBytes + " bytes; at most " + MAX_HEADER_BYTES
                    + " are accepted");
            return;
        }
        String length = request.getHeader("Content-Length");
        boolean restore = isRestore(request);
        if (request.getHeader("Transfer-Encoding") != null && !restore) {
            // A body of unknown length is only found too large while it is read, when the server can no longer
            // answer with a problem; every client of this API knows its body's length before sending it. Every
            // path, not only /api/: the HTTP server's own backstop is as large as the restore's limit.
            problem(context, 411, "send the body with a Content-Length (at most " + MAX_BODY_BYTES + " bytes), not in chunks");
            return;
        }
        long limit = restore ? restoreLimit() : MAX_BODY_BYTES;
        if (length != null && bodyBytes(length) > limit) {
            problem(context, 413, "the body has " + length.trim() + " bytes; at most " + limit + " are accepted"
                    + (restore ? " (" + RESTORE_LIMIT_PROPERTY + ")" : ""));
            return;
        }
        if (restore) {
            SlowClients.untimed(context);
        }
        context.next();
    }

    private void limitUnknownLength(RoutingContext context) {
        if (context.request().getHeader("Content-Length") == null) {
            context.put(QUARKUS_MAX_REQUEST_SIZE, isRestore(context.request()) ? restoreLimit() + RESTORE_STREAM_MARGIN : MAX_BODY_BYTES);
        }
        context.next();
    }

    private static boolean isRestore(HttpServerRequest request) {
        String path = request.path();
        return request.method() == HttpMethod.POST && path != null
                && (path.equals(RESTORE_PATH) || path.equals(RESTORE_PATH + "/"));
    }

    private long restoreLimit() {
        return config.backup().maxRestoreSize().asLongValue();
    }

    /** The declared length; a malformed one never gets here (the codec refuses it), so it counts as none. */
    private static long bodyBytes(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException malformed) {
            return 0;
        }
    }

    private void problem(RoutingContext context, int status, String detail) {
        if (context.response().headWritten()) {
            context.response().end();
            return;
        }
        String title = switch (status) {
            case 411 -> "Length required";
            case 413 -> "Content too large";
            case 414 -> "URI too long";
            case 431 -> "Request header fields too large";
            default -> "Bad request";
        };
        String path = context.request().path();
        Problem body = new Problem("about:blank", title, status, detail,
                path == null || path.length() > 200 ? null : path, null);
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException impossible) {
            text = "{\"status\":" + status + "}";
        }
        context.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(text);
    }
}
