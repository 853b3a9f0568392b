package org.treatytracker.site;

import org.treatytracker.audit.EntityKind;

/**
 * Where the site shows what the API serves: the page for an API resource path, used by the changes page. Resources
 * that have no page of their own (a provision version, a paragraph, a position) have a short path that redirects to
 * the page that shows them. Which kind has which page is told once, by {@link EntityKind}; the addresses of the pages
 * that take parameters are built here, so no page writes another page's address by hand.
 */
public final class SiteLinks {

    private SiteLinks() {
    }

    /** The page path for an API resource path such as {@code /api/v1/sources/1}, or null when there is none. */
    public static String pageOf(String apiPath) {
        return EntityKind.pageOf(apiPath);
    }

    /** A reading's outline. */
    public static String reading(long readingId) {
        return "/readings/" + readingId;
    }

    /** A provision's page at a reading. */
    public static String provision(long provisionId, long readingId) {
        return "/provisions/" + provisionId + "?reading=" + readingId;
    }

    /** A position where it is shown: on its provision's page at its reading, or its reading's page for the whole text. */
    public static String position(Long provisionId, long readingId, long positionId) {
        return provisionId == null ? reading(readingId) : provision(provisionId, readingId) + "#position-" + positionId;
    }

    /** The comparison of two readings of a negotiation. */
    public static String comparison(String slug, long fromReadingId, long toReadingId) {
        return "/negotiations/" + slug + "/compare?from=" + fromReadingId + "&to=" + toReadingId;
    }
}
