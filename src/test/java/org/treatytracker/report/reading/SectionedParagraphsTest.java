package org.treatytracker.report.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports without numbered paragraphs, on made-up texts in the style of news bulletins. */
class SectionedParagraphsTest {

    private static final String MARKDOWN = """
            NOTE: transcribed by hand; not part of the report.
            ---
            title: "MADE-UP HIGHLIGHTS, Monday, 2 March 2026"
            id: made-up-1
            url: https://example.org/made-up-1
            date: 2026-03-02
            abstract: "A day of talks."
            ---

            # CONTACT GROUP

            ## MITIGATION :

            The Co-Chair opened the session. FREEDONIA, for the
            MADE-UP GROUP, proposed text.

            SYLVANIA objected.

            # IN THE CORRIDORS

            Delegates were tired.
            """;

    @Test
    void numbersParagraphsByOrderUnderTheirHeadingPath() {
        SectionedParagraphs.Document document = SectionedParagraphs.split(MARKDOWN);
        assertEquals("MADE-UP HIGHLIGHTS, Monday, 2 March 2026", document.frontMatter().get("title"));
        assertEquals(3, document.paragraphs().size());
        assertEquals(new SectionedParagraphs.Section(1, "The Co-Chair opened the session. FREEDONIA, for the MADE-UP GROUP, proposed text.",
                List.of("CONTACT GROUP", "MITIGATION")), document.paragraphs().get(0));
        assertEquals(List.of("CONTACT GROUP", "MITIGATION"), document.paragraphs().get(1).headings());
        assertEquals(List.of("IN THE CORRIDORS"), document.paragraphs().get(2).headings());
    }

    @Test
    void readsTitleDateAndUrlFromTheFrontMatter() {
        ReportReader.Report report = ReportReader.read(MARKDOWN);
        assertEquals("MADE-UP HIGHLIGHTS, Monday, 2 March 2026", report.title());
        assertEquals(LocalDate.of(2026, 3, 2), report.date());
        assertEquals("https://example.org/made-up-1", report.url());
        assertEquals(3, report.paragraphs().size());
        assertEquals("CONTACT GROUP > MITIGATION", report.paragraphs().get(0).agendaItemTitle());
        assertEquals(2, report.paragraphs().get(1).number());
    }

    @Test
    void readsPlainTextWithHeadingsInCapitals() {
        String text = """
                Made-up daily report, 3 March 2026

                FINANCE:
                FREEDONIA called for more.

                ITEM 4 (b) TECHNOLOGY
                SYLVANIA agreed.
                """;
        ReportReader.Report report = ReportReader.read(text);
        assertEquals(LocalDate.of(2026, 3, 3), report.date());
        assertEquals(List.of("Made-up daily report, 3 March 2026", "FREEDONIA called for more.", "SYLVANIA agreed."),
                report.paragraphs().stream().map(ReportReader.Item::text).toList());
        assertNull(report.paragraphs().get(0).agendaItemTitle());
        assertEquals("FINANCE", report.paragraphs().get(1).agendaItemTitle());
        assertEquals("ITEM 4 (b) TECHNOLOGY", report.paragraphs().get(2).agendaItemTitle());
        assertEquals("4(b)", report.paragraphs().get(2).agendaItem());
    }

    @Test
    void aNumberedListDoesNotMakeANumberedReport() {
        String text = "# A\n\nFirst.\n\nSecond.\n\nThird:\n\n1. one\n\nFourth.\n\nFifth.\n";
        assertEquals(6, ReportReader.read(text).paragraphs().size());
    }
}
