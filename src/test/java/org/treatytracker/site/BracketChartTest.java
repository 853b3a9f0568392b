package org.treatytracker.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The chart of a chapter: a bar per reading it is in, heights in proportion, counts and readings written out. */
class BracketChartTest {

    @Test
    void drawsABarPerReadingWithItsCountAndSaysWhereTheChapterIsAbsent() {
        String svg = BracketChart.svg("chart-1", "Chapter II <Criminalization>", List.of(
                new BracketChart.Bar("R1", "First reading", 40), new BracketChart.Bar("R2", "Second reading", 10),
                new BracketChart.Bar("R3", "Third reading", null)));
        Matcher heights = Pattern.compile("class=\"bar\" data-reading=\"(R\\d)\" data-sets=\"(\\d+)\" x=\"[\\d.]+\" y=\"[\\d.]+\" "
                + "width=\"[\\d.]+\" height=\"([\\d.]+)\"").matcher(svg);
        assertTrue(heights.find());
        double first = Double.parseDouble(heights.group(3));
        assertTrue(heights.find());
        double second = Double.parseDouble(heights.group(3));
        assertEquals(4.0, first / second, 0.01, "heights in proportion to the counts");
        assertTrue(!heights.find(), "no bar where the chapter is absent");
        assertTrue(svg.contains("class=\"absent\""), svg);
        assertTrue(svg.contains("<title id=\"chart-1\">Bracket sets in Chapter II &lt;Criminalization&gt; by reading: "
                + "First reading: 40 sets; Second reading: 10 sets; Third reading: not in this reading</title>"), svg);
        assertTrue(svg.contains(">40</text>") && svg.contains(">R3</text>"), svg);
    }
}
