package org.treatytracker.draftfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the text layer of a published draft, page by page, back into the draft: one paragraph per block,
 * blocks separated by blank lines, as a Markdown draft is written. Plain Java: no PDF types, so that it is
 * tested on strings.
 *
 * <p>In order: lines that run on every page (headers, footers, page numbers such as {@code Page 3 of 20} or
 * {@code 1 of 46}, the body's name) are found by their repetition across pages, digits counted as one, and
 * dropped; the footnotes under a page's rule are moved to the end as {@code [^n]:} definitions and the
 * superscript marks in the text become {@code [^n]}; wrapped lines are joined into paragraphs (a line starts a
 * paragraph when it opens with a paragraph number, a {@code (a)} subparagraph, a {@code Pp1} preambular label,
 * an {@code Option 1:} label or a heading, or when the line before it stops short of the page's width); and
 * words the text layer broke are mended by {@link WordMender}.
 */
public final class LayoutCleaner {

    /** What the cleaning did, for the import's figures. */
    public record Figures(int pages, int runningLinesDropped, int footnotes, int linesJoined, int wordsMended) {
    }

    /** The draft text and the figures. */
    public record Result(String text, Figures figures) {
    }

    /** Lines a page header or footer may take, at each end of a page. */
    private static final int EDGE_LINES = 6;
    /** A line shorter than this share of the document's full width ends its paragraph. */
    private static final double SHORT_LINE = 0.72;
    /** Lines at each end of a page where a page number alone ("7", "Page 7 of 20") is dropped even if it is the only one. */
    private static final int PAGE_NUMBER_LINES = 3;
    /** A line ending a sentence and shorter than this share of the full width ends its paragraph. */
    private static final double FULL_STOP_LINE = 0.9;
    private static final Pattern SENTENCE_END = Pattern.compile("[.;:][\\]}\u201d\"')]*$");

    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^(?:page\\s*)?#(?:\\s*(?:of|/)\\s*#)?$|^-\\s*#\\s*-$");
    private static final Pattern RULE = Pattern.compile("^[ \\t_\\u00a0-]{12,}$");
    private static final Pattern FOOTNOTE = Pattern.compile("^\\s*(\\d{1,3}|\\*)\\s+(\\S.*)$");
    private static final Pattern GLUED_MARK = Pattern.compile("(?<=[a-z\\])])(\\d{1,3})(?=[\\s,.;:\\]]|$)");
    private static final Pattern LONE_MARK = Pattern.compile("^\\s*(\\d{1,3}|\\*)\\s*$");
    private static final Pattern NUM = Pattern.compile("\\d+(?:\\.\\d+)?(?:\\s?(?:bis|ter|quater|quinquies|sexies))?");
    /** Openings that start a paragraph whatever the line before: numbers, labels, headings. */
    private static final Pattern BLOCK_START = Pattern.compile(
            "^\\s*(?:"
                    + "\\[*\\d+(?:\\.\\d+)*(?:bis|ter|quater)?[a-z]?\\.\\s" // 1.  3bis.  2.1.
                    + "|\\[*\\((?:[a-z]{1,2}|[ivxl]+)\\)\\s" // (a)  (iv)
                    + "|\\[*Pp\\s?\\d+\\w*\\b" // Pp1
                    + "|[\\[{]*Option\\s+(?:\\d+[a-z]?|[IVXL]+|[A-Z]|\\([a-z]\\))\\s*:" // Option 1:
                    + "|\\[*(?:Article|ARTICLE)\\s+" + NUM + "\\s*\\]*\\s*(?:\\(.*\\)\\]?|[.:\\u2013\\u2014-].*|[A-Z][A-Z ,\\-]*)?$"
                    + "|\\[*(?:Chapter|CHAPTER|Part|PART)\\s+(?:[IVXLC]+|\\d+)\\b.{0,100}$"
                    + "|\\[*[A-Z]\\.\\s+\\S.{0,120}$" // A. DRAFT AGREEMENT
                    + "|#{1,6}\\s)");
    /** Headings among the openings: these need the line before to have ended. */
    private static final Pattern HEADING = Pattern.compile("^\\s*\\[*(?:Article|ARTICLE|Chapter|CHAPTER|Part|PART|[A-Z]\\.|[IVX]{1,4}\\.)\\s");
    /** How a line that ends a paragraph (or a heading, or a label) ends. */
    private static final Pattern OPEN_END = Pattern.compile("[.;:,\\]})\u201d\"'!?]\\s*$");
    /** A label alone on its line: it belongs to the text that follows. */
    private static final Pattern LABEL_ONLY = Pattern.compile(
            "^\\s*(?:\\[*Pp\\s?\\d+\\w*|\\[*\\d+(?:bis|ter)?\\.|\\[*\\([a-z]{1,2}\\)|[\\[{]*Option\\s+\\S+\\s*:)\\s*$");

    private LayoutCleaner() {
    }

    /** Cleans the text of each page (lines separated by line breaks), in page order. */
    public static Result clean(List<String> pages) {
        List<List<String>> lines = new ArrayList<>();
        for (String page : pages) {
            List<String> pageLines = new ArrayList<>();
            for (String line : page.split("\\R", -1)) {
                // Trailing spaces kept: a footnote rule comes through as a line of spaces.
                pageLines.add(line.replace('\u00a0', ' '));
            }
            lines.add(pageLines);
        }
        int dropped = dropRunningLines(lines);
        Map<String, String> footnotes = new LinkedHashMap<>();
        List<String> body = new ArrayList<>();
        for (List<String> page : lines) {
            body.addAll(takeFootnotes(page, footnotes));
            body.add("");
        }
        int[] joined = new int[1];
        List<String> blocks = join(body, footnotes.keySet(), joined);
        WordMender mender = WordMender.of(blocks);
        int mended = 0;
        StringBuilder out = new StringBuilder();
        for (String block : blocks) {
            WordMender.Mended m = mender.mend(block);
            mended += m.count();
            out.append(m.text()).append("\n\n");
        }
        if (!footnotes.isEmpty()) {
            out.append("## Footnotes\n\n");
            footnotes.forEach((mark, text) -> out.append("[^").append(mark).append("]: ")
                    .append(mender.mend(text).text()).append("\n\n"));
        }
        String text = out.toString().strip() + "\n";
        return new Result(text, new Figures(pages.size(), dropped, footnotes.size(), joined[0], mended));
    }

    /**
     * Drops the lines near a page's top or bottom whose shape (digits counted as one) is found near the top or
     * bottom of at least half the pages, and page numbers wherever they stand at an edge.
     */
    static int dropRunningLines(List<List<String>> pages) {
        Map<String, Integer> seen = new HashMap<>();
        for (List<String> page : pages) {
            Set<String> onPage = new HashSet<>();
            for (int i : edgeLines(page, EDGE_LINES)) {
                onPage.add(key(page.get(i)));
            }
            onPage.forEach(s -> seen.merge(s, 1, Integer::sum));
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        int dropped = 0;
        for (List<String> page : pages) {
            List<Integer> outermost = edgeLines(page, PAGE_NUMBER_LINES);
            for (int i : edgeLines(page, EDGE_LINES)) {
                boolean running = pages.size() >= 2 && seen.getOrDefault(key(page.get(i)), 0) >= needed;
                if (running || outermost.contains(i) && PAGE_NUMBER.matcher(shape(page.get(i))).matches()) {
                    page.set(i, null);
                    dropped++;
                }
            }
            page.removeIf(Objects::isNull);
        }
        return dropped;
    }

    /**
     * What must repeat for a line to be running: its shape, digits counted as one ("Page 3 of 20"), except for
     * a line that opens like the draft's own structure ("Article 4", "1. Each Party"), which must repeat word for
     * word, so that articles that happen to start at the top of many pages are kept.
     */
    private static String key(String line) {
        return BLOCK_START.matcher(line).find() ? "=" + line.strip() : shape(line);
    }

    /** The indexes of the first and last non-blank lines of a page, up to {@code count} at each end. */
    private static List<Integer> edgeLines(List<String> page, int count) {
        List<Integer> edge = new ArrayList<>();
        for (int i = 0, n = 0; i < page.size() && n < count; i++) {
            if (!page.get(i).isBlank()) {
                edge.add(i);
                n++;
            }
        }
        for (int i = page.size() - 1, n = 0; i >= 0 && n < count; i--) {
            if (!page.get(i).isBlank()) {
                if (!edge.contains(i)) {
                    edge.add(i);
                }
                n++;
            }
        }
        return edge;
    }

    /** A line's shape: trimmed, spaces collapsed, every number one '#'. */
    static String shape(String line) {
        return line.strip().replaceAll("\\s+", " ").replaceAll("\\d+", "#");
    }

    /**
     * The page's lines above its footnote rule; the footnotes below it go into {@code footnotes}, keyed by
     * their mark (a footnote running over several lines is one).
     */
    private static List<String> takeFootnotes(List<String> page, Map<String, String> footnotes) {
        int rule = -1;
        for (int i = page.size() - 1; i > page.size() / 3 && i >= 0; i--) {
            if (RULE.matcher(page.get(i)).matches() && i + 1 < page.size() && FOOTNOTE.matcher(firstNonBlank(page, i + 1)).matches()) {
                rule = i;
                break;
            }
        }
        if (rule < 0) {
            return page;
        }
        String mark = null;
        Set<String> marks = new HashSet<>();
        for (int i = rule + 1; i < page.size(); i++) {
            String line = page.get(i);
            if (line.isBlank()) {
                continue;
            }
            Matcher m = FOOTNOTE.matcher(line);
            if (m.matches() && !footnotes.containsKey(m.group(1))) {
                mark = m.group(1);
                marks.add(mark);
                footnotes.put(mark, m.group(2).strip());
            } else if (mark != null) {
                footnotes.put(mark, footnotes.get(mark) + " " + line.strip());
            }
        }
        List<String> body = new ArrayList<>(page.subList(0, rule));
        // A mark set as a superscript on the text's own line comes through glued to its word ("ambition8").
        for (int i = 0; i < body.size(); i++) {
            Matcher glued = GLUED_MARK.matcher(body.get(i));
            StringBuilder line = new StringBuilder();
            int from = 0;
            while (glued.find()) {
                if (marks.contains(glued.group(1))) {
                    line.append(body.get(i), from, glued.start(1)).append("[^").append(glued.group(1)).append(']');
                    from = glued.end(1);
                }
            }
            body.set(i, line.append(body.get(i).substring(from)).toString());
        }
        return body;
    }

    private static String firstNonBlank(List<String> page, int from) {
        for (int i = from; i < page.size(); i++) {
            if (!page.get(i).isBlank()) {
                return page.get(i);
            }
        }
        return "";
    }

    /** Joins wrapped lines into blocks; a lone footnote number becomes a {@code [^n]} mark on the text before it. */
    private static List<String> join(List<String> lines, Set<String> footnoteMarks, int[] joined) {
        int width = fullWidth(lines);
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        String previous = null;
        for (String raw : lines) {
            String line = raw.strip().replaceAll("[ \\t]{2,}", " ");
            if (line.isEmpty()) {
                // Blank lines in a text layer are layout, not paragraph breaks: the short-line rule decides.
                continue;
            }
            Matcher mark = LONE_MARK.matcher(line);
            if (mark.matches() && !block.isEmpty()) {
                // A superscript on its own line: a footnote mark, or an exponent (W/m2).
                block.append(footnoteMarks.contains(mark.group(1)) ? "[^" + mark.group(1) + "]" : mark.group(1));
                continue;
            }
            boolean afterLabel = previous != null && LABEL_ONLY.matcher(previous).matches();
            boolean broken = previous != null && previous.matches(".*\\p{L}-$");
            // A heading-like line ("Article 2.") right after a full line that stops mid-sentence is the end of
            // that sentence ("… as set out in / Article 2."), not a heading.
            boolean midSentence = previous != null && previous.length() >= SHORT_LINE * width && !OPEN_END.matcher(previous).find();
            boolean startsByItself = BLOCK_START.matcher(line).find() && !(midSentence && HEADING.matcher(line).find());
            boolean starts = block.isEmpty() || startsByItself
                    || (previous != null && !afterLabel && !broken && endsParagraph(previous, width));
            if (starts) {
                if (!block.isEmpty()) {
                    blocks.add(block.toString());
                }
                block.setLength(0);
                block.append(line);
            } else {
                joined[0]++;
                if (block.charAt(block.length() - 1) == '-' && block.length() > 1 && Character.isLetter(block.charAt(block.length() - 2))
                        && Character.isLetter(line.charAt(0))) {
                    // "decision-" + "making": a soft hyphen for now; WordMender decides whether it stays.
                    block.setCharAt(block.length() - 1, WordMender.LINE_END_HYPHEN);
                    block.append(line);
                } else {
                    block.append(' ').append(line);
                }
            }
            previous = line;
        }
        if (!block.isEmpty()) {
            blocks.add(block.toString());
        }
        return blocks;
    }

    /**
     * Whether a line ends its paragraph by stopping short: well short of the full width, or short of it after
     * a full stop, semicolon or colon (a wrapped line runs on to the margin, give or take a long word).
     */
    private static boolean endsParagraph(String line, int width) {
        return line.length() < SHORT_LINE * width
                || line.length() < FULL_STOP_LINE * width && SENTENCE_END.matcher(line).find();
    }

    /** The length of a full line: the 90th percentile of the lengths of the text's lines. */
    static int fullWidth(List<String> lines) {
        List<Integer> lengths = new ArrayList<>();
        for (String line : lines) {
            String s = line.strip();
            if (s.length() > 3) {
                lengths.add(s.replaceAll("[ \\t]{2,}", " ").length());
            }
        }
        if (lengths.isEmpty()) {
            return 80;
        }
        lengths.sort(null);
        return Math.max(20, lengths.get((int) Math.floor(0.9 * (lengths.size() - 1))));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
