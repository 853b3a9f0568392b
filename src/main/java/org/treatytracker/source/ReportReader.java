package org.treatytracker.source;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a report (plain text or Markdown, as UN reports are transcribed): its title, date and document
 * symbol from the header before the first numbered paragraph, its numbered paragraphs, and the agenda item
 * each falls under ("Under agenda item 2(b), entitled “Criminalization”"). A paragraph that names no agenda
 * item continues the one before it. Plain Java: no framework types.
 */
public final class ReportReader {

    /** What was read. {@code symbols} are all UN document symbols the text names, in order of appearance. */
    public record Report(String title, LocalDate date, String symbol, List<Item> paragraphs, List<String> symbols) {
    }

    /** A numbered paragraph with its agenda item (number and title, either may be null). */
    public record Item(int number, String text, String agendaItem, String agendaItemTitle) {
    }

    private static final Pattern AGENDA = Pattern.compile(
            "\\b[Uu]nder agenda item (\\d+(?:\\s?\\([a-z]\\))?)(?:,?\\s+entitled\\s+[“\"]([^”\"]+)[”\"])?");
    private static final Pattern DATE = Pattern.compile(
            "\\b(\\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\\d{4})\\b");
    static final Pattern SYMBOL = Pattern.compile("\\b(?:A|E|S|CCPCJ|UNEP|FCCC|CTOC)/(?:[A-Z0-9.]+/)*[A-Za-z0-9.]*[0-9][A-Za-z0-9.]*\\b");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private ReportReader() {
    }

    public static Report read(String text) {
        List<NumberedParagraphs.Numbered> numbered = NumberedParagraphs.split(text);
        String header = numbered.isEmpty() ? text : headerBefore(text, numbered.get(0).line());
        List<Item> items = new ArrayList<>();
        String item = null;
        String title = null;
        for (NumberedParagraphs.Numbered paragraph : numbered) {
            Matcher agenda = AGENDA.matcher(paragraph.text());
            if (agenda.find()) {
                item = agenda.group(1).replace(" ", "");
                title = agenda.group(2);
            }
            items.add(new Item(paragraph.number(), paragraph.text(), item, title));
        }
        List<String> symbols = new ArrayList<>();
        Matcher symbol = SYMBOL.matcher(text);
        while (symbol.find()) {
            if (!symbols.contains(symbol.group())) {
                symbols.add(symbol.group());
            }
        }
        Matcher headerSymbol = SYMBOL.matcher(header);
        return new Report(titleOf(header), dateOf(header), headerSymbol.find() ? headerSymbol.group() : null, items, symbols);
    }

    private static String headerBefore(String text, int line) {
        String[] lines = text.split("\\R", -1);
        return String.join("\n", java.util.Arrays.copyOf(lines, Math.max(0, line - 1)));
    }

    /**
     * The title: the bold block or heading of the header that names a report (or summary, note), else the
     * first heading, else the first line. Transcriptions run bold blocks together ("…Purposes****Sixth
     * session**"), so blocks are split at their markers.
     */
    static String titleOf(String header) {
        List<String> blocks = new ArrayList<>();
        Matcher bold = Pattern.compile("\\*\\*(.+?)\\*\\*", Pattern.DOTALL).matcher(header);
        while (bold.find()) {
            blocks.add(bold.group(1).replaceAll("\\s+", " ").strip());
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
