package org.treatytracker.report.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberedParagraphsTest {

    @Test
    void splitsNumberedParagraphsInSequenceOnly() {
        // Made up for this test: a heading, a paragraph over two lines, a line opening with a year.
        String report = """
                Note by the Secretariat

                1. The consultation was held
                over two days.
                2. It was attended by 58 multi-stakeholders.
                2023. A line that opens with a year is not a paragraph.

                3. Last paragraph.
                """;
        List<NumberedParagraphs.Numbered> found = NumberedParagraphs.split(report);
        assertEquals(3, found.size());
        assertEquals("The consultation was held over two days.", found.get(0).text());
        assertEquals(3, found.get(0).line());
        assertEquals("It was attended by 58 multi-stakeholders. 2023. A line that opens with a year is not a paragraph.",
                found.get(1).text());
        assertEquals(3, found.get(2).number());
    }

    @Test
    void findsNothingInTextWithoutNumberedParagraphs() {
        assertEquals(0, NumberedParagraphs.split("Just a title\n\nand some text.").size());
    }
}
