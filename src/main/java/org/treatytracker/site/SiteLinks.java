package org.treatytracker.site;

import org.treatytracker.audit.EntityKind;

/**
 * Where the site shows what the API serves: the page for an API resource path, used by the changes page. Resources
 * that have no page of their own (a provision version, a paragraph, a position) have a short path that redirects to
 * the page that shows them. Which kind has which page is told once, by {@link EntityKind}.
 */
public final class SiteLinks {

    private SiteLinks() {
    }

    /** The page path for an API resource path such as {@code /api/v1/sources/1}, or null when there is none. */
    public static String pageOf(String apiPath) {
        return EntityKind.pageOf(apiPath);
    }
}
