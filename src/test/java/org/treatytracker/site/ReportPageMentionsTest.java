package org.treatytracker.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatytracker.report.ReportDto;
import org.treatytracker.report.reading.MentionFinder;

/** A report page links a mention to the draft's provision it names, and another instrument's reference to nothing. */
class ReportPageMentionsTest {

    private static final String TEXT = "BRAZIL cited FCCC Article 4.1 on section C.";

    @Test
    void anExternalReferenceIsMarkedNotLinked() {
        List<ReportDto.Span> spans = List.of(
                new ReportDto.Span(MentionFinder.Kind.EXTERNAL_REFERENCE, null, null, 13, 29, "FCCC Article 4.1", 1),
                new ReportDto.Span(MentionFinder.Kind.SECTION, 7L, "sec_c", 33, 42, "section C", 1));
        String html = ReportPage.linked(TEXT, spans);
        assertFalse(html.contains("/provision-versions/null"), html);
        assertEquals("BRAZIL cited <cite class=\"reference\" title=\"another instrument, not this draft\">FCCC Article 4.1</cite> on "
                + "<a class=\"mention\" href=\"/provision-versions/7\">section C</a>.", html);
    }
}
