package org.treatytracker.edge;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps private answers out of every cache: responses about users and administration (the backup holds password
 * hashes), and any response to a request that carries credentials, get Cache-Control: no-store. A Vert.x filter,
 * so that it covers every answer, Jakarta REST's and the login throttle's 429 alike.
 */
@ApplicationScoped
public class PrivateResponses {

    /** Before every other filter of ours, so that its header is set even on responses they end early. */
    static final int PRIORITY = 1000;

    /** The editor pages (editor/): an editor's work in progress and a CSRF token, for no cache at all. */
    static final String EDITOR_PATHS = "/edit";

    private static final String[] PRIVATE_PATHS = {"/api/v1/users", "/api/v1/admin", EDITOR_PATHS, "/j_security_check"};

    void register(@Observes Filters filters) {
        filters.register(PrivateResponses::handle, PRIORITY);
    }

    private static void handle(RoutingContext rc) {
        if (isPrivate(rc.normalizedPath(), rc.request().getHeader(HttpHeaders.AUTHORIZATION))) {
            String value = isPrivate(rc.normalizedPath(), null) && !isPrivateApi(rc.normalizedPath()) ? "private, no-store" : "no-store";
            rc.addHeadersEndHandler(ignored -> rc.response().headers().set(HttpHeaders.CACHE_CONTROL, value));
        }
        rc.next();
    }

    private static boolean isPrivateApi(String path) {
        return path != null && path.startsWith("/api/");
    }

    static boolean isPrivate(String path, String authorization) {
        if (authorization != null) {
            return true;
        }
        if (path == null) {
            return false;
        }
        for (String prefix : PRIVATE_PATHS) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }
}
