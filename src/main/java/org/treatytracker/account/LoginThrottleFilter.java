package org.treatytracker.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.treatytracker.api.Problem;
import org.treatytracker.api.ProblemMappers;
import org.treatytracker.api.SafeText;

/**
 * Puts every request that carries HTTP Basic credentials through the {@link LoginThrottle}: refused with a 429
 * problem while its username or address is locked, held back (on a timer, no thread blocked) while they are slowed
 * down, and its outcome recorded when the response is ready. Authentication is lazy here, so a 401 to a request
 * with credentials means they were wrong, and a verified identity on the request means they were right.
 *
 * <p>The client address is the connection's remote address. Behind a reverse proxy, every request comes from the
 * proxy; set quarkus.http.proxy.proxy-address-forwarding=true (with allow-x-forwarded=true and trusted-proxies set to
 * the proxy's address) so that Quarkus replaces it with the address the proxy reports, and never otherwise: a client
 * could then name any address it likes.
 */
@ApplicationScoped
public class LoginThrottleFilter {

    /** Runs after PrivateResponses (whose Cache-Control must reach refusals too) and before any resource. */
    static final int PRIORITY = 100;

    /** How often an attempt waiting for a slot asks again. */
    private static final long SLOT_POLL_MILLIS = 25;

    @Inject
    LoginThrottle throttle;

    @Inject
    ObjectMapper json;

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    private void handle(RoutingContext rc) {
        String authorization = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            rc.next();
            return;
        }
        String username = usernameOf(authorization.substring(6).trim());
        if (impossible(username)) {
            respond(rc, 401, ProblemMappers.problem(401, "Unauthorized", "the username or password is wrong", rc.request().path(), null));
            return;
        }
        String address = addressOf(rc);
        long deadline = System.nanoTime() + throttle.slotWait().toNanos();
        tryBegin(rc, username, address, deadline);
    }

    /** Reserves a slot and goes on, or (every slot held by attempts in progress) asks again on a timer until the deadline. */
    private void tryBegin(RoutingContext rc, String username, String address, long deadline) {
        LoginThrottle.Attempt attempt = throttle.begin(username, address);
        if (!attempt.allowed() && attempt.busy() && System.nanoTime() < deadline && !rc.response().closed()) {
            rc.vertx().setTimer(SLOT_POLL_MILLIS, id -> tryBegin(rc, username, address, deadline));
            return;
        }
        if (!attempt.allowed()) {
            refuse(rc, attempt);
            return;
        }
        go(rc, attempt);
    }

    private void go(RoutingContext rc, LoginThrottle.Attempt attempt) {
        rc.addHeadersEndHandler(ignored -> attempt.end(outcomeOf(rc)));
        // A connection closed before any response still ends the attempt, or it would count as in progress forever.
        rc.addEndHandler(ignored -> attempt.end(LoginThrottle.Outcome.UNVERIFIED));
        long millis = attempt.delay().toMillis();
        if (millis > 0) {
            // Quarkus keeps the request paused until a handler reads its body, so nothing is lost while it waits.
            rc.vertx().setTimer(millis, id -> rc.next());
        } else {
            rc.next();
        }
    }

    private static LoginThrottle.Outcome outcomeOf(RoutingContext rc) {
        if (rc.response().getStatusCode() == 401) {
            return LoginThrottle.Outcome.FAILED;
        }
        if (rc.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            return LoginThrottle.Outcome.SUCCEEDED;
        }
        return LoginThrottle.Outcome.UNVERIFIED;
    }

    /**
     * Whether no account can have this name: one holding what a JSON body may not ({@link SafeText}; accounts are made
     * through JSON). Refused before Quarkus looks it up, because PostgreSQL cannot even compare a NUL in text and the
     * lookup would fail with a 500.
     */
    static boolean impossible(String username) {
        return username != null && SafeText.problemIn(username) != null;
    }

    void refuse(RoutingContext rc, LoginThrottle.Attempt attempt) {
        long seconds = Math.max(1, (attempt.retryAfter().toMillis() + 999) / 1000);
        Problem problem = ProblemMappers.problem(429, "Too many requests", "too many failed logins for this username or from "
                + "this address; try again in " + seconds + " s", rc.request().path(), null);
        rc.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        respond(rc, 429, problem);
    }

    private void respond(RoutingContext rc, int status, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem is always writable", e);
        }
        if (status == 401) {
            rc.response().putHeader("WWW-Authenticate", "Basic realm=\"treaty-tracker\"");
        }
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
    }

    /** The username of Basic credentials, or null when they cannot be read (Quarkus refuses those anyway). */
    static String usernameOf(String credentials) {
        try {
            String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    /** The client's address; for IPv6 its /64 network, since one client commonly holds a whole /64. */
    static String addressOf(RoutingContext rc) {
        String host = rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
        if (host == null || host.indexOf(':') < 0) {
            return host == null ? "unknown" : host;
        }
        try {
            byte[] bytes = InetAddress.getByName(host).getAddress();
            if (bytes.length == 16) {
                Arrays.fill(bytes, 8, 16, (byte) 0);
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            }
            return host;
        } catch (UnknownHostException notALiteral) {
            return host;
        }
    }
}
