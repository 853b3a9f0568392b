package org.treatytracker.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Only absolute http(s) URLs are stored or linked. No container. */
class WebUrlsTest {

    @Test
    void acceptsAbsoluteHttpAndHttps() {
        assertNull(WebUrls.problemIn("https://www.unodc.org/unodc/en/cybercrime/"));
        assertNull(WebUrls.problemIn("HTTP://example.org:8080/a?b=c#d"));
        assertEquals("https://example.org/x", WebUrls.linkable("https://example.org/x"));
    }

    @Test
    void refusesEveryOtherSchemeAndRelativeUrls() {
        for (String url : new String[] {"javascript:alert(7)", " javascript:alert(7)", "jAvAsCrIpT:alert(7)", "data:text/html,x",
                "file:///etc/passwd", "ftp://example.org", "//example.org/x", "/x", "http:/x", "http://", "https://a b"}) {
            assertNotNull(WebUrls.problemIn(url), url);
            assertNull(WebUrls.linkable(url), url);
        }
    }
}
