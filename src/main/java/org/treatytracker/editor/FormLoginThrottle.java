package org.treatytracker.editor;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.treatytracker.account.LoginThrottle;
import org.treatytracker.account.LoginThrottleFilter;

/**
 * Puts the sign-in form through the same {@link LoginThrottle} as HTTP Basic credentials. Quarkus' form
 * authentication reads the posted username and password itself, so the throttle cannot sit in front of it as
 * LoginThrottleFilter does; it sits in the identity provider chain instead: tried before the user store's provider,
 * it holds the attempt back (on a timer) or refuses it before any password is checked, then hands over to the
 * store's provider (by answering with no identity). The outcome is read from the answer: a redirect to the error
 * page is a failure, the session cookie set is a success. A refused attempt is sent to the sign-in page with the
 * wait it must keep; its password is never checked.
 */
@ApplicationScoped
public class FormLoginThrottle implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Where a refused attempt is sent: the sign-in page, told how long to wait. */
    static final String REFUSED_PAGE = SignInPage.PATH + "?retry-after=";

    @Inject
    LoginThrottle throttle;

    @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
    String postLocation;

    @ConfigProperty(name = "quarkus.http.auth.form.error-page", defaultValue = SignInPage.FAILED_PATH)
    String errorPage;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String cookieName;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Before the user store's provider (priority 0), so that a refused attempt never reaches the password check. */
    @Override
    public int priority() {
        return 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (!isFormPost(rc)) {
            return Uni.createFrom().nullItem();  // Basic credentials: LoginThrottleFilter has already counted them
        }
        LoginThrottle.Attempt attempt = throttle.begin(request.getUsername(), LoginThrottleFilter.addressOf(rc));
        if (!attempt.allowed()) {
            long seconds = Math.max(1, (attempt.retryAfter().toMillis() + 999) / 1000);
            rc.addHeadersEndHandler(ignored -> rc.response().headers()
                    .set(HttpHeaders.LOCATION, REFUSED_PAGE + seconds).set(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
            return Uni.createFrom().failure(new AuthenticationFailedException("too many failed sign-ins"));
        }
        rc.addHeadersEndHandler(ignored -> attempt.end(outcomeOf(rc)));
        rc.addEndHandler(ignored -> attempt.end(LoginThrottle.Outcome.UNVERIFIED));
        long millis = attempt.delay().toMillis();
        Uni<SecurityIdentity> next = Uni.createFrom().nullItem();
        return millis > 0 ? next.onItem().delayIt().by(attempt.delay()) : next;
    }

    private boolean isFormPost(RoutingContext rc) {
        return rc != null && rc.request().method() == HttpMethod.POST && postLocation.equals(rc.normalizedPath())
                && rc.request().getHeader(HttpHeaders.AUTHORIZATION) == null;
    }

    private LoginThrottle.Outcome outcomeOf(RoutingContext rc) {
        String location = rc.response().headers().get(HttpHeaders.LOCATION);
        if (location != null && location.contains(errorPage)) {
            return LoginThrottle.Outcome.FAILED;
        }
        for (String cookie : rc.response().headers().getAll(HttpHeaders.SET_COOKIE)) {
            if (cookie.startsWith(cookieName + "=") && !cookie.startsWith(cookieName + "=;")) {
                return LoginThrottle.Outcome.SUCCEEDED;
            }
        }
        return LoginThrottle.Outcome.UNVERIFIED;
    }
}
