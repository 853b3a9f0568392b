package org.treatytracker.editor;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What every editor page's answer carries, set last (when the headers are written) so that no other filter undoes
 * it: a Content-Security-Policy that allows the editor pages' one script from the site itself (the public pages
 * have none), and no ETag (nothing may keep these pages: PrivateResponses gives them
 * {@code Cache-Control: private, no-store}).
 */
@ApplicationScoped
public class EditorResponses {

    /** The editor pages' address space, and the form login's post location. */
    static final String PREFIX = "/edit";

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    /** After PrivateResponses (1000), before the login throttle (100). */
    static final int PRIORITY = 900;

    void register(@Observes Filters filters) {
        filters.register(EditorResponses::handle, PRIORITY);
    }

    private static void handle(RoutingContext rc) {
        if (isEditorPath(rc.normalizedPath())) {
            rc.addHeadersEndHandler(ignored -> rc.response().headers().set("Content-Security-Policy", POLICY).remove(HttpHeaders.ETAG));
        }
        rc.next();
    }

    static boolean isEditorPath(String path) {
        return path != null && (path.equals(PREFIX) || path.startsWith(PREFIX + "/") || path.equals("/j_security_check"));
    }
}
