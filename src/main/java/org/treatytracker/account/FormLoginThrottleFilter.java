package org.treatytracker.account;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts the sign-in form's post ({@code /j_security_check}) through the {@link LoginThrottle}, as
 * {@link LoginThrottleFilter} does for Basic credentials. Quarkus' form mechanism reads the body itself (and an
 * identity provider of ours is never consulted for the form in Quarkus 3.33.2), so this filter watches the body as it
 * arrives: once Content-Length bytes are in, it pauses the request before its end reaches the mechanism, reads
 * {@code j_username}, and then refuses (429), holds back (timer) or lets the mechanism go on. The outcome is read from
 * the mechanism's redirect: to the error page is a wrong password, anywhere else a sign-in.
 */
@ApplicationScoped
public class FormLoginThrottleFilter {

    /**
     * Quarkus' handler of the post location is a route of order -150, so this must come before it (filters of
     * priority p have order -p), and after edge/PrivateResponses and editor/EditorResponses, whose headers reach
     * refusals too.
     */
    static final int PRIORITY = 200;

    /** A sign-in form is a username and a password; anything much larger is not one. */
    static final int MAX_BODY_BYTES = 8 * 1024;

    @Inject
    LoginThrottle throttle;

    @Inject
    LoginThrottleFilter basic;

    @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
    String postLocation;

    @ConfigProperty(name = "quarkus.http.auth.form.username-parameter", defaultValue = "j_username")
    String usernameParameter;

    @ConfigProperty(name = "quarkus.http.auth.form.error-page", defaultValue = "/error.html")
    String errorPage;

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    private void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean basicCredentials = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if (request.method() != HttpMethod.POST || !postLocation.equals(rc.normalizedPath()) || basicCredentials) {
            rc.next();
            return;
        }
        long length = contentLength(request);
        if (length < 0 || length > MAX_BODY_BYTES) {
            // Without a length the body's end cannot be held back; browsers always send one for a form.
            rc.response().setStatusCode(length < 0 ? 411 : 413).end();
            return;
        }
        Buffer body = Buffer.buffer();
        if (length == 0) {
            check(rc, body);
            return;
        }
        request.handler(chunk -> {
            body.appendBuffer(chunk);
            if (body.length() >= length) {
                // Pausing here keeps the request's end (queued after this chunk) from reaching the form mechanism.
                request.pause();
                request.handler(null);
                check(rc, body);
            }
        });
        rc.next();
    }

    private void check(RoutingContext rc, Buffer body) {
        boolean bodyRead = body.length() > 0;
        String username = usernameOf(body.toString(StandardCharsets.UTF_8));
        if (LoginThrottleFilter.impossible(username)) {
            // A name no account can have (and PostgreSQL could not look up): the answer to a wrong password, without the lookup.
            if (bodyRead) {
                rc.request().endHandler(ignored -> { });
                rc.request().resume();
            }
            rc.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, errorPage).end();
            return;
        }
        long deadline = System.nanoTime() + throttle.slotWait().toNanos();
        tryBegin(rc, username, LoginThrottleFilter.addressOf(rc), deadline, bodyRead);
    }

    private void tryBegin(RoutingContext rc, String username, String address, long deadline, boolean bodyRead) {
        LoginThrottle.Attempt attempt = throttle.begin(username, address);
        if (!attempt.allowed() && attempt.busy() && System.nanoTime() < deadline && !rc.response().closed()) {
            rc.vertx().setTimer(25, id -> tryBegin(rc, username, address, deadline, bodyRead));
            return;
        }
        if (!attempt.allowed()) {
            if (bodyRead) {
                // The form mechanism never sees the end of this request, so it never checks the password.
                rc.request().endHandler(ignored -> { });
                rc.request().resume();
            }
            basic.refuse(rc, attempt);
            return;
        }
        rc.addHeadersEndHandler(ignored -> attempt.end(outcomeOf(rc)));
        rc.addEndHandler(ignored -> attempt.end(LoginThrottle.Outcome.UNVERIFIED));
        Runnable go = bodyRead ? rc.request()::resume : rc::next;
        long millis = attempt.delay().toMillis();
        if (millis > 0) {
            rc.vertx().setTimer(millis, id -> go.run());
        } else {
            go.run();
        }
    }

    /**
     * The form mechanism answers both outcomes with a redirect: a wrong password to the error page (or a 401 that
     * editor/CsrfRefusals turns into that redirect), a right one elsewhere with the session cookie.
     */
    private LoginThrottle.Outcome outcomeOf(RoutingContext rc) {
        int status = rc.response().getStatusCode();
        String location = rc.response().headers().get(HttpHeaders.LOCATION);
        if (status == 401 || location != null && location.contains(errorPage)) {
            return LoginThrottle.Outcome.FAILED;
        }
        return status >= 300 && status < 400 ? LoginThrottle.Outcome.SUCCEEDED : LoginThrottle.Outcome.UNVERIFIED;
    }

    private static long contentLength(HttpServerRequest request) {
        try {
            String value = request.getHeader(HttpHeaders.CONTENT_LENGTH);
            return value == null ? -1 : Long.parseLong(value.trim());
        } catch (NumberFormatException malformed) {
            return -1;
        }
    }

    /** The username of a URL-encoded form body, or null (a multipart or malformed body: the address is still counted). */
    String usernameOf(String body) {
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(usernameParameter)) {
                try {
                    return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    return null;
                }
            }
        }
        return null;
    }
}
