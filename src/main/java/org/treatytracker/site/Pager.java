package org.treatytracker.site;

import org.treatytracker.api.Page;
import org.treatytracker.api.ProblemException;

/** Links to the previous and next page of a paged list, keeping the page's other query parameters. */
public record Pager(String previous, String next, int page, long pages) {

    /**
     * {@code base} is the page's address with its other parameters, ending in '?' or '&'. A page past the last is a
     * 404 that says how many pages there are (never "Page 1000 of 5" over an empty list).
     */
    static Pager of(Page<?> page, String base) {
        long pages = Math.max(1, (page.total() + page.size() - 1) / page.size());
        if (page.page() >= pages) {
            throw new ProblemException(404, "Page not found", "there " + (pages == 1 ? "is 1 page" : "are " + pages + " pages")
                    + " here, so page " + (page.page() + 1) + " does not exist; the last is " + base + "page=" + (pages - 1), "page");
        }
        return new Pager(page.page() > 0 ? base + "page=" + (page.page() - 1) : null,
                page.page() + 1 < pages ? base + "page=" + (page.page() + 1) : null, page.page() + 1, pages);
    }

    public boolean several() {
        return pages > 1;
    }
}
