package org.treatytracker.report.reading;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads a report (plain text or Markdown, as UN reports are transcribed): its title, date and document
 * symbol from the header before the first numbered paragraph, its numbered paragraphs, and the agenda item
 * each falls under ("Under agenda item 2(b), entitled “Criminalization”"). A paragraph that names no agenda
 * item continues the one before it. A report whose paragraphs are not numbered (a news bulletin, a
 * delegation's report) is read by {@link SectionedParagraphs}: paragraphs numbered by order, the path of
 * headings above each as its agenda item title, and title, date and URL from its front matter.
 * Plain Java: no framework types.
 */
public final class ReportReader {

    /** What was read. {@code symbols} are all UN document symbols the text names, in order of appearance. */
    public record Report(String title, LocalDate date, String symbol, List<Item> paragraphs, List<String> symbols, String url) {
    }

    /** How the heading path of a paragraph is written in its agenda item title. */
    public static final String HEADING_SEPARATOR = " > ";

    /** A numbered paragraph with its agenda item (number and title, either may be null). */
    public record Item(int number, String text, String agendaItem, String agendaItemTitle) {
    }

    /** An agenda item's title fits its column (300 characters): bounded, so an unclosed quote is not read to the end. */
    private static final Pattern AGENDA = Pattern.compile(
            "\\b[Uu]nder agenda item (\\d+(?:\\s?\\([a-z]\\))?)(?:,?\\s+entitled\\s+[“\"]([^”\"]{1,300})[”\"])?");
    /** The longest agenda item number kept (its column's size); a longer "number" is not an agenda item. */
    static final int MAX_AGENDA_ITEM = 30;
    private static final Pattern DATE = Pattern.compile(
            "\\b(\\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\\d{4})\\b");
    /** At most ten parts before the last ({@code A/AC.291/22/Rev.1} has three): "A/A/A/…" backtracked over all of them. */
    static final Pattern SYMBOL = Pattern.compile("\\b(?:A|E|S|CCPCJ|UNEP|FCCC|CTOC)/(?:[A-Z0-9.]++/){0,10}[A-Za-z0-9.]*[0-9][A-Za-z0-9.]*\\b");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private ReportReader() {
    }

    private static final Pattern HEADING_ITEM = Pattern.compile("(?i)\\bitem\\s+(\\d+(?:\\s?\\([a-z]\\))?)");

    public static Report read(String text) {
        List<NumberedParagraphs.Numbered> numbered = NumberedParagraphs.split(text);
        SectionedParagraphs.Document sectioned = SectionedParagraphs.split(text);
        // A numbered list inside an unnumbered report ("1. … 2. …") does not make it a numbered report: most
        // of its paragraphs must be numbered.
        if (numbered.isEmpty() || numbered.size() * 2 < sectioned.paragraphs().size()) {
            return readSectioned(text, sectioned);
        }
        String header = numbered.isEmpty() ? text : headerBefore(text, numbered.get(0).line());
        List<Item> items = new ArrayList<>();
        String item = null;
        String title = null;
        for (NumberedParagraphs.Numbered paragraph : numbered) {
            Matcher agenda = AGENDA.matcher(paragraph.text());
            if (agenda.find() && agenda.group(1).replace(" ", "").length() <= MAX_AGENDA_ITEM) {
                item = agenda.group(1).replace(" ", "");
                title = agenda.group(2);
            }
            items.add(new Item(paragraph.number(), paragraph.text(), item, title));
        }
        Matcher headerSymbol = SYMBOL.matcher(header);
        return new Report(titleOf(header), dateOf(header), headerSymbol.find() ? headerSymbol.group() : null, items, symbolsOf(text), null);
    }

    private static Report readSectioned(String text, SectionedParagraphs.Document document) {
        List<Item> items = new ArrayList<>();
        for (SectionedParagraphs.Section section : document.paragraphs()) {
            String path = section.headings().isEmpty() ? null : String.join(HEADING_SEPARATOR, section.headings());
            String item = null;
            for (String heading : section.headings()) {
                Matcher m = HEADING_ITEM.matcher(heading);
                if (m.find() && m.group(1).replace(" ", "").length() <= MAX_AGENDA_ITEM) {
                    item = m.group(1).replace(" ", "");
                }
            }
            items.add(new Item(section.number(), section.text(), item, path == null ? null : cut(path, 300)));
        }
        Map<String, String> front = document.frontMatter();
        String firstParagraph = items.isEmpty() ? text : items.get(0).text();
        String header = text.substring(0, Math.max(0, text.indexOf(firstParagraph.substring(0, Math.min(40, firstParagraph.length())))));
        String title = front.get("title") != null && !front.get("title").isBlank() ? front.get("title").strip() : titleOf(header.isBlank() ? text : header);
        LocalDate date = front.get("date") == null ? null : parseDate(front.get("date"));
        if (date == null) {
            date = dateOf(header);
        }
        if (date == null && firstParagraph.length() < 200) {
            // Plain text opens with its title line, which is then also its first paragraph.
            date = dateOf(firstParagraph);
        }
        String symbol = front.get("symbol");
        return new Report(title, date, symbol == null || symbol.isBlank() ? null : cut(symbol.strip(), 100), items, symbolsOf(text),
                front.get("url") == null || front.get("url").isBlank() ? null : front.get("url").strip());
    }

    private static List<String> symbolsOf(String text) {
        Set<String> symbols = new LinkedHashSet<>();
        Matcher symbol = SYMBOL.matcher(text);
        while (symbol.find()) {
            symbols.add(symbol.group());
        }
        return List.copyOf(symbols);
    }

    /** "2015-02-08", or "8 February 2015". */
    static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value.strip().length() > 10 ? value.strip().substring(0, 10) : value.strip());
        } catch (DateTimeParseException notIso) {
            return dateOf(value);
        }
    }

    private static String cut(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }

    private static String headerBefore(String text, int line) {
        String[] lines = text.split("\\R", -1);
        return String.join("\n", Arrays.copyOf(lines, Math.max(0, line - 1)));
    }

    /**
     * The title: the bold block or heading of the header that names a report (or summary, note), else the
     * first heading, else the first line. Transcriptions run bold blocks together ("…Purposes****Sixth
     * session**"), so blocks are split at their markers.
     */
    static String titleOf(String header) {
        List<String> blocks = new ArrayList<>();
        // As "\\*\\*(.+?)\\*\\*" finds them, but an opening "**" that no other closes ends the search instead of
        // each later "**" being tried to the end of the header again.
        for (int open = header.indexOf("**"); open >= 0; ) {
            int close = header.indexOf("**", open + 3);
            if (close < 0) {
                break;
            }
            blocks.add(header.substring(open + 2, close).replaceAll("\\s+", " ").strip());
            open = header.indexOf("**", close + 2);
        }
        for (String line : header.split("\\R")) {
            if (line.startsWith("#")) {
                blocks.add(line.replaceFirst("^#+\\s*", "").strip());
            }
        }
        for (String block : blocks) {
            if (block.matches("(?i).*\\b(report|summary|submission|note)\\b.*") && block.length() > 20) {
                return block;
            }
        }
        if (!blocks.isEmpty()) {
            return blocks.get(0);
        }
        for (String line : header.split("\\R")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return null;
    }

    static LocalDate dateOf(String header) {
        Matcher date = DATE.matcher(header);
        while (date.find()) {
            try {
                return LocalDate.parse(date.group(), DAY_MONTH_YEAR);
            } catch (DateTimeParseException notADate) {
                // "31 February 2023" and the like: look further.
            }
        }
        return null;
    }
}
