package org.treatytracker.api;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The one rule for URLs the application stores and links to: absolute http or https with a host, nothing else, so
 * that a stored {@code javascript:}, {@code data:} or {@code file:} URL can never become a link on the site.
 * Services call {@link #check} (422 naming the field) for every URL they store, from requests, importers and seeds
 * alike; the site renders links through {@link #linkable}.
 */
public final class WebUrls {

    /** The shape of an acceptable URL; {@link #problemIn} adds a parse of it. */
    static final String PATTERN = "^(?i)https?://[^\\s/?#]+[^\\s]*$";

    /** What the OpenAPI document says of a URL field. */
    public static final String DESCRIPTION = "An absolute http or https URL; anything else is refused with 422";

    static final String MESSAGE = "must be an absolute http or https URL";

    private WebUrls() {
    }

    /** Why this URL may not be stored, or null when it is an absolute http(s) URL with a host. */
    public static String problemIn(String url) {
        if (!url.matches(PATTERN)) {
            return MESSAGE;
        }
        try {
            URI uri = new URI(url);
            return uri.getHost() == null || uri.getHost().isBlank() ? "must name a host" : null;
        } catch (URISyntaxException e) {
            return "is not a URL: " + e.getReason();
        }
    }

    /** Refuses (422 naming {@code field}) a URL that is not absolute http(s); null passes, since URLs are optional. */
    public static void check(String field, String url) {
        String problem = url == null ? null : problemIn(url);
        if (problem != null) {
            throw ProblemException.unprocessable(field, "the " + field + " " + problem);
        }
    }

    /** The URL if a page may link to it, or null (a value stored before this rule, say, is shown as no link). */
    public static String linkable(String url) {
        return url == null || problemIn(url) != null ? null : url;
    }
}
