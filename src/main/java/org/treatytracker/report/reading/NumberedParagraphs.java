package org.treatytracker.report.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a report into its numbered paragraphs. A paragraph starts on a line that opens with the next
 * number in sequence ("7. Under agenda item…"), so a line that happens to open with another number (a year,
 * a count) does not start one; it runs over following lines until a blank line or the next paragraph.
 * Plain Java: no framework types.
 */
public final class NumberedParagraphs {

    private static final Pattern START = Pattern.compile("^\\s*(\\d{1,5})\\.\\s+(\\S.*)$");

    /** One numbered paragraph and the line it starts on (1-based). */
    public record Numbered(int number, String text, int line) {
    }

    private NumberedParagraphs() {
    }

    public static List<Numbered> split(String report) {
        List<Numbered> found = new ArrayList<>();
        String[] lines = report.split("\\R", -1);
        StringBuilder current = null;
        int number = 0;
        int startLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher start = START.matcher(line);
            if (start.matches() && Integer.parseInt(start.group(1)) == number + 1) {
                if (current != null) {
                    found.add(new Numbered(number, current.toString().strip(), startLine));
                }
                number++;
                startLine = i + 1;
                current = new StringBuilder(start.group(2));
            } else if (line.isBlank()) {
                if (current != null) {
                    found.add(new Numbered(number, current.toString().strip(), startLine));
                    current = null;
                }
            } else if (current != null) {
                current.append(' ').append(line.strip());
            }
        }
        if (current != null) {
            found.add(new Numbered(number, current.toString().strip(), startLine));
        }
        return found;
    }
}
