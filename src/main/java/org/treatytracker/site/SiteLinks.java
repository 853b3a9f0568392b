package org.treatytracker.site;

import java.util.Map;

/**
 * Where the site shows what the API serves: the page for an API resource path, used by the changes page and by
 * the Atom feed's alternate links. Resources that have no page of their own (a provision version, a paragraph, a
 * position) have a short path that redirects to the page that shows them.
 */
public final class SiteLinks {

    private static final String API = "/api/v1/";

    /** API collection → page collection; a collection not listed has no page (suggestions are an editor's work). */
    private static final Map<String, String> PAGES = Map.of(
            "negotiations", "/negotiations/",
            "readings", "/readings/",
            "provisions", "/provisions/",
            "provision-versions", "/provision-versions/",
            "stakeholders", "/stakeholders/",
            "sources", "/reports/",
            "paragraphs", "/paragraphs/",
            "positions", "/positions/");

    private SiteLinks() {
    }

    /** The page path for an API resource path such as {@code /api/v1/sources/1}, or null when there is none. */
    public static String pageOf(String apiPath) {
        if (apiPath == null || !apiPath.startsWith(API)) {
            return null;
        }
        String rest = apiPath.substring(API.length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1 || rest.indexOf('/', slash + 1) >= 0) {
            return null;
        }
        String page = PAGES.get(rest.substring(0, slash));
        return page == null ? null : page + rest.substring(slash + 1);
    }
}
