package org.treatytracker.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Every resource the changes feed names has its page, or none. */
class SiteLinksTest {

    @Test
    void mapsApiResourcesToTheirPages() {
        assertEquals("/negotiations/ahc-cybercrime", SiteLinks.pageOf("/api/v1/negotiations/ahc-cybercrime"));
        assertEquals("/reports/3", SiteLinks.pageOf("/api/v1/sources/3"));
        assertEquals("/provision-versions/12", SiteLinks.pageOf("/api/v1/provision-versions/12"));
        assertEquals("/positions/53", SiteLinks.pageOf("/api/v1/positions/53"));
    }

    @Test
    void answersNoneForWhatHasNoPage() {
        assertNull(SiteLinks.pageOf("/api/v1/suggestions/4"));
        assertNull(SiteLinks.pageOf("/api/v1/positions/4/revisions"));
        assertNull(SiteLinks.pageOf("/api/v1/positions/"));
        assertNull(SiteLinks.pageOf("/q/health"));
        assertNull(SiteLinks.pageOf(null));
    }
}
