package org.treatytracker.report.reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Locale;

/**
 * Splits a report whose paragraphs are not numbered (Markdown as news bulletins and delegation reports are
 * published, or plain text) into paragraphs numbered by their order, each under the path of headings it sits
 * in ("ADP CONTACT GROUP", "MITIGATION"). YAML front matter, where the file has it, is read for its simple
 * {@code key: value} lines; text before the front matter (a transcriber's note) is not part of the report.
 * Plain Java: no framework types.
 */
public final class SectionedParagraphs {

    /** The front matter's values (unquoted) and the paragraphs in order. */
    public record Document(Map<String, String> frontMatter, List<Section> paragraphs) {
    }

    /** A body paragraph: its number by order, its text on one line, the headings above it (outermost first). */
    public record Section(int number, String text, List<String> headings) {
    }

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern KEY_VALUE = Pattern.compile("^([A-Za-z][\\w-]*):\\s*(.*)$");
    private static final Pattern RULE = Pattern.compile("^\\s*(?:[-*_]\\s*){3,}$");
    /** A plain-text heading: a short line in capitals opening a block ("MITIGATION:", "ITEM 4 (b) TECHNOLOGY"). */
    private static final Pattern CAPITALS_LINE = Pattern.compile("^[\\p{Lu}\\d][\\p{Lu}\\d ,/&()'’:-]{2,80}$");

    private static final Pattern LOWER_LETTER_ITEM = Pattern.compile("\\([a-z]\\)");

    private SectionedParagraphs() {
    }

    public static Document split(String report) {
        // An HTML comment (an editor's or transcriber's note) is not part of the report; its lines stay, blank.
        String[] lines = withoutComments(report).split("\\R", -1);
        Map<String, String> frontMatter = new LinkedHashMap<>();
        int from = frontMatter(lines, frontMatter);
        List<Section> paragraphs = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (int i = from; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            Matcher heading = HEADING.matcher(line);
            // Only at the start of a block: a line in capitals inside a paragraph is a wrapped name ("SAUDI ARABIA").
            boolean capitals = !heading.matches() && block.isEmpty()
                    && CAPITALS_LINE.matcher(LOWER_LETTER_ITEM.matcher(line.strip()).replaceAll("(B)")).matches();
            if (line.isBlank() || heading.matches() || capitals || RULE.matcher(line).matches()) {
                if (!block.isEmpty()) {
                    paragraphs.add(new Section(paragraphs.size() + 1, block.toString(), List.copyOf(headings)));
                    block.setLength(0);
                }
                if (heading.matches() || capitals) {
                    // A plain-text heading in capitals sits one level below the last Markdown heading, if any.
                    int level = heading.matches() ? heading.group(1).length() : 7;
                    String title = clean(heading.matches() ? heading.group(2) : line);
                    while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
                        levels.remove(levels.size() - 1);
                        headings.remove(headings.size() - 1);
                    }
                    if (!title.isEmpty()) {
                        levels.add(level);
                        headings.add(title);
                    }
                }
                continue;
            }
            if (!block.isEmpty()) {
                block.append(' ');
            }
            block.append(line.strip());
        }
        return new Document(frontMatter, paragraphs);
    }

    /**
     * The report with each HTML comment's characters taken out but its line breaks, as {@code (?s)<!--.*?-->} would
     * find them; an opening {@code <!--} that nothing closes ends the search (the pattern tried every later one to
     * the end of the report again).
     */
    static String withoutComments(String report) {
        int open = report.indexOf("<!--");
        if (open < 0) {
            return report;
        }
        StringBuilder out = new StringBuilder(report.length());
        int from = 0;
        while (open >= 0) {
            int close = report.indexOf("-->", open + 4);
            if (close < 0) {
                break;
            }
            out.append(report, from, open);
            for (int i = open; i < close + 3; i++) {
                char c = report.charAt(i);
                if (c == '\r' || c == '\n') {
                    out.append(c);
                }
            }
            from = close + 3;
            open = report.indexOf("<!--", from);
        }
        return out.append(report, from, report.length()).toString();
    }

    /** Reads the front matter into {@code into}; answers the line the body starts on. */
    private static int frontMatter(String[] lines, Map<String, String> into) {
        int open = -1;
        // The front matter opens the file, or follows a few lines of note before it.
        for (int i = 0; i < Math.min(lines.length, 5); i++) {
            if (lines[i].strip().equals("---")) {
                open = i;
                break;
            }
            if (lines[i].startsWith("#")) {
                return 0;
            }
        }
        if (open < 0) {
            return 0;
        }
        for (int i = open + 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                return i + 1;
            }
            Matcher kv = KEY_VALUE.matcher(lines[i]);
            if (kv.matches()) {
                into.put(kv.group(1).toLowerCase(Locale.ROOT), unquote(kv.group(2).strip()));
            } else if (!lines[i].isBlank() && !lines[i].startsWith(" ") && !lines[i].startsWith("\t")) {
                into.clear();
                return 0;
            }
        }
        into.clear();
        return 0;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"");
        }
        return value;
    }

    /** "MITIGATION :" and "**Finance**" read as "MITIGATION" and "Finance". */
    private static String clean(String heading) {
        return heading.replace("**", "").replace("__", "").strip().replaceAll("\\s*[:.]$", "").strip();
    }
}
