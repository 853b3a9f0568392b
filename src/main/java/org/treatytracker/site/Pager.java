package org.treatytracker.site;

import org.treatytracker.api.Page;

/** Links to the previous and next page of a paged list, keeping the page's other query parameters. */
public record Pager(String previous, String next, int page, long pages) {

    /** {@code base} is the page's address with its other parameters, ending in '?' or '&'. */
    static Pager of(Page<?> page, String base) {
        long pages = Math.max(1, (page.total() + page.size() - 1) / page.size());
        return new Pager(page.page() > 0 ? base + "page=" + (page.page() - 1) : null,
                page.page() + 1 < pages ? base + "page=" + (page.page() + 1) : null, page.page() + 1, pages);
    }

    public boolean several() {
        return pages > 1;
    }
}
