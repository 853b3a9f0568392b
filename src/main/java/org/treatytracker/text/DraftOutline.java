package org.treatytracker.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structure of a whole draft (plain text or Markdown): its preamble and preambular paragraphs, chapter
 * headings and articles, each with its number, title, text and the line it starts on. Recognises article
 * headings in the common forms ({@code Article 17. Title}, {@code Article 17 — Title}, {@code ## Article 2bis
 * *(general)*}, {@code ## [Article 3bis] *(REDD-plus)*}, {@code Article 8 bis}, and a title on the next line),
 * and counts numbered paragraphs ({@code 1.}, {@code 3bis.}) and subparagraphs ({@code (a)}, indented
 * {@code 1.}) inside each article. Text before the first recognised heading (a title page, notes) and any
 * other heading's section are left out and said so in the notes. Plain Java: no framework types.
 */
public final class DraftOutline {

    /** What a section of the draft is. */
    public enum Part {
        PREAMBLE,
        PREAMBULAR_PARAGRAPH,
        CHAPTER,
        /** A lettered section ({@code A. DRAFT AGREEMENT}, {@code D. [Mitigation}): holds articles, or paragraphs itself. */
        SECTION,
        ARTICLE
    }

    /**
     * One section: {@code parent} is the index of the preamble or chapter it sits in (or -1); {@code line} is
     * 1-based; {@code bracketedHeading} says the heading itself is in brackets (a whole article not agreed).
     */
    public record Section(Part part, String number, String title, String text, int line, int textLine, int parent,
                          boolean bracketedHeading, int paragraphs, int subparagraphs) {
    }

    /** A remark on the structure: what was skipped, and where. */
    public record Note(int line, String message) {
    }

    private static final String NUM = "(\\d+(?:\\.\\d+)?(?:[ \\t]?(?:bis|ter|quater|quinquies|sexies|alt))?)";
    private static final Pattern ARTICLE = Pattern.compile(
            "^#{0,6}[ \\t]*(\\[)?[ \\t]*\\**(?:Article|ARTICLE|Art\\.)[ \\t]+" + NUM + "\\**[ \\t]*(\\])?[ \\t]*"
                    + "(?:[.:]|[-–—])?[ \\t]*(.*?)[ \\t]*$");
    private static final Pattern CHAPTER = Pattern.compile(
            "^#{0,6}[ \\t]*\\[?\\**(?:Chapter|CHAPTER|Part|PART)[ \\t]+([IVXLC]+|\\d+)\\**\\]?[ \\t]*(?:[.:]|[-–—])?[ \\t]*(.*?)[ \\t]*$");
    /**
     * A capital letter (or a Roman number), a full stop and a short title that is not a sentence: a lettered
     * section's heading.
     */
    private static final Pattern SECTION = Pattern.compile(
            "^#{0,6}[ \\t]*\\**([A-Z]|[IVX]{1,4})\\.\\**[ \\t]+(\\[*)[ \\t]*(\\S.{0,200}?)[ \\t]*$");
    /** A Markdown footnote or link definition: {@code [^8]: text}, {@code [source]: http://…}. */
    private static final Pattern DEFINITION = Pattern.compile("^[ ]{0,3}\\[[^\\]\\n]+\\]:[ \\t]+\\S");
    /** A preambular paragraph's label as published: {@code Pp1}, {@code Pp12bis}. */
    private static final Pattern PP_LABEL = Pattern.compile("^[ \\t]*(\\[*)Pp[ \\t]?(\\d+(?:bis|ter|[a-z])?)\\b[ \\t]*");
    private static final Pattern PREAMBLE = Pattern.compile("^#{0,6}[ \\t]*\\[?\\**(?:Preamble|PREAMBLE)\\**\\]?[ \\t]*:?[ \\t]*$");
    private static final Pattern OTHER_HEADING = Pattern.compile("^#{1,6}[ \\t]+\\S.*$");
    private static final Pattern PARAGRAPH = Pattern.compile("^[ ]{0,3}(?:\\d+(?:bis|ter|\\.\\d+)?[a-z]?\\.|\\d+\\.\\d+[a-z]*:?)[ \\t]");
    private static final Pattern SUBPARAGRAPH = Pattern.compile("^[ \\t]*(?:\\([a-z]{1,4}\\)|\\([ivx]+\\)|[ \\t]{2,}\\d+\\.)[ \\t]");

    private final List<Section> sections = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();

    private DraftOutline() {
    }

    public List<Section> sections() {
        return sections;
    }

    public List<Note> notes() {
        return notes;
    }

    public long articleCount() {
        return sections.stream().filter(s -> s.part() == Part.ARTICLE).count();
    }

    public long sectionCount() {
        return sections.stream().filter(s -> s.part() == Part.SECTION).count();
    }

    public static DraftOutline of(String draft) {
        DraftOutline outline = new DraftOutline();
        outline.read(draft.split("\\R", -1));
        return outline;
    }

    private void read(String[] lines) {
        Part current = null;
        int currentStart = 0;
        int bodyStart = 0;
        String number = null;
        String title = null;
        boolean bracketed = false;
        int chapter = -1;
        StringBuilder body = new StringBuilder();
        boolean skipping = false;
        boolean inDefinition = false;
        int definitions = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher article = ARTICLE.matcher(line);
            Matcher chapterHeading = CHAPTER.matcher(line);
            Matcher sectionHeading = SECTION.matcher(line);
            boolean isArticle = article.matches() && isHeading(line, article);
            boolean isChapter = !isArticle && chapterHeading.matches();
            boolean isSection = !isArticle && !isChapter && sectionHeading.matches() && isSectionTitle(sectionHeading.group(3));
            boolean isPreamble = !isArticle && !isChapter && !isSection && PREAMBLE.matcher(line).matches();
            // A published draft labels its preambular paragraphs (Pp1, Pp2) instead of heading a preamble.
            boolean isLabelledPreamble = !isArticle && !isChapter && !isSection && !isPreamble && current != Part.ARTICLE
                    && current != Part.PREAMBLE && PP_LABEL.matcher(line).find();
            boolean isOther = !isArticle && !isChapter && !isSection && !isPreamble && !isLabelledPreamble
                    && OTHER_HEADING.matcher(line).matches();
            if (!(isArticle || isChapter || isSection || isPreamble || isLabelledPreamble || isOther)) {
                // Footnote and link definitions ("[^8]: …", "[source]: http…") gather at the end of a Markdown draft:
                // they are the document's, not the last article's (4 Dec 2015: Article 26 held all fifteen).
                if (DEFINITION.matcher(line).lookingAt()) {
                    inDefinition = true;
                    definitions++;
                    continue;
                }
                if (inDefinition && (line.isBlank() || line.startsWith("  ") || line.startsWith("\t"))) {
                    continue;
                }
                inDefinition = false;
                if (current != null && !skipping) {
                    body.append(line).append('\n');
                }
                continue;
            }
            inDefinition = false;
            String chapeau = null;
            int chapeauLine = i + 1;
            if (isLabelledPreamble && current != null && !skipping) {
                // "The Parties to this Agreement," just before Pp1 is the preamble's chapeau, not the section's text.
                String[] taken = takeTrailingChapeau(body);
                if (taken != null) {
                    chapeau = taken[0];
                    chapeauLine = bodyStart + Integer.parseInt(taken[1]);
                }
            }
            if (current != null && !skipping) {
                int index = close(current, number, title, body, currentStart, bodyStart, parentOf(current, chapter), bracketed);
                if (current == Part.CHAPTER || current == Part.SECTION) {
                    chapter = index;
                }
            }
            body.setLength(0);
            skipping = false;
            currentStart = i + 1;
            bracketed = false;
            if (isArticle) {
                current = Part.ARTICLE;
                number = normaliseNumber(article.group(2));
                bracketed = article.group(1) != null && article.group(3) != null;
                title = cleanTitle(article.group(4));
                if (title.isEmpty() && (title = titleOnNextLine(lines, i)) != null) {
                    i = nextNonBlank(lines, i);
                }
            } else if (isChapter) {
                current = Part.CHAPTER;
                number = chapterHeading.group(1);
                title = cleanTitle(chapterHeading.group(2));
                if (title.isEmpty() && (title = titleOnNextLine(lines, i)) != null) {
                    i = nextNonBlank(lines, i);
                }
            } else if (isSection) {
                current = Part.SECTION;
                number = sectionHeading.group(1);
                bracketed = !sectionHeading.group(2).isEmpty();
                title = cleanTitle(sectionHeading.group(3).replaceAll("\\[\\^[^\\]]*\\]", "").replaceAll("[\\[\\]]", ""));
            } else if (isPreamble || isLabelledPreamble) {
                current = Part.PREAMBLE;
                number = null;
                title = "Preamble";
                if (isLabelledPreamble) {
                    currentStart = chapeau == null ? i + 1 : chapeauLine;
                    if (chapeau != null) {
                        body.append(chapeau).append("\n\n");
                    }
                    body.append(line).append('\n');
                    bodyStart = chapeau == null ? i + 1 : chapeauLine;
                    continue;
                }
                chapter = -1;
            } else {
                if (current != null) {
                    notes.add(new Note(i + 1, "section '" + line.replaceFirst("^#+\\s*", "") + "' is not part of the articles; left out"));
                }
                skipping = true;
            }
            bodyStart = i + 2;
        }
        if (current != null && !skipping) {
            close(current, number, title, body, currentStart, bodyStart, parentOf(current, chapter), bracketed);
        }
        if (definitions > 0) {
            notes.add(new Note(lines.length, definitions + " footnote or link definitions are the document's, kept out of the provisions"));
        }
    }

    /**
     * Where a part sits: an article in the chapter before it. A lettered section that holds a preamble or
     * articles ("A. DRAFT AGREEMENT", then "B. DRAFT DECISION") names the instrument that follows rather than
     * grouping its provisions, so they stay at the top, where a draft without such a heading has them too, and
     * the readings of one negotiation compare whether or not their files carry the heading.
     */
    private int parentOf(Part part, int container) {
        return part == Part.ARTICLE && container >= 0 && !isSectionIndex(container) ? container : -1;
    }

    /** Whether the container at this index is a lettered section (a chapter sits in a section, not in a chapter). */
    private boolean isSectionIndex(int index) {
        return index >= 0 && sections.get(index).part() == Part.SECTION;
    }

    /**
     * An article heading names the article and maybe a title; a line that goes on like a sentence ("Article 4,
     * paragraph 8, of the Convention shall apply") is text that happens to start a line, unless it is marked
     * as a heading (#).
     */
    private static boolean isHeading(String line, Matcher article) {
        if (line.startsWith("#")) {
            return true;
        }
        String rest = article.group(4);
        String between = line.substring(article.end(2), article.start(4)).replaceAll("[\\s*\\]]", "");
        return rest.isEmpty() || !between.isEmpty() || !rest.matches("^(?:[,;a-z]|of\\b|and\\b|or\\b).*");
    }

    /** A section's title reads like a heading: short, not a sentence, not a subparagraph's text. */
    private static boolean isSectionTitle(String title) {
        String plain = title.replaceAll("\\[\\^[^\\]]*\\]", "").strip();
        return plain.length() <= 160 && !plain.matches(".*[.,;]$") && !plain.isEmpty()
                && !Character.isLowerCase(plain.replaceAll("^[\\[\\s*]+", "").isEmpty() ? 'x' : plain.replaceAll("^[\\[\\s*]+", "").charAt(0));
    }

    /** Removes the last blank-line-separated paragraph of a body if it is a chapeau; answers it and its line offset. */
    private static String[] takeTrailingChapeau(StringBuilder body) {
        String text = body.toString().stripTrailing();
        int cut = text.lastIndexOf("\n\n");
        String last = (cut < 0 ? text : text.substring(cut + 2)).strip();
        if (last.isEmpty() || !isChapeau(last.replaceFirst("^\\[\\s*", ""))) {
            return null;
        }
        int offset = cut < 0 ? 0 : (int) text.substring(0, cut + 2).chars().filter(c -> c == '\n').count();
        body.setLength(cut < 0 ? 0 : cut);
        body.append('\n');
        return new String[] {last, Integer.toString(offset)};
    }

    /** Adds the section just read; a preamble is added with its preambular paragraphs after it. */
    private int close(Part part, String number, String title, StringBuilder body, int headingLine, int bodyLine, int parent,
                      boolean bracketed) {
        String text = trimBlankLines(body.toString());
        int textLine = bodyLine + leadingBlankLines(body.toString());
        if (part != Part.PREAMBLE) {
            int[] counts = countParagraphs(text);
            sections.add(new Section(part, number, title == null || title.isEmpty() ? null : title, text, headingLine, textLine,
                    parent, bracketed, counts[0], counts[1]));
            return sections.size() - 1;
        }
        // The preamble's own text is its chapeau ("The Parties to this Agreement,"); each further
        // blank-line-separated paragraph is a preambular paragraph, numbered in order.
        int preamble = sections.size();
        List<String> paragraphs = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int line = textLine;
        StringBuilder current = new StringBuilder();
        int currentLine = line;
        for (String l : text.split("\n", -1)) {
            if (l.isBlank()) {
                if (!current.isEmpty()) {
                    paragraphs.add(current.toString().strip());
                    lines.add(currentLine);
                    current.setLength(0);
                }
            } else {
                if (current.isEmpty()) {
                    currentLine = line;
                }
                current.append(l).append('\n');
            }
            line++;
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString().strip());
            lines.add(currentLine);
        }
        String chapeau = null;
        if (!paragraphs.isEmpty() && isChapeau(paragraphs.get(0).replaceFirst("^\\[\\s*", ""))) {
            chapeau = paragraphs.remove(0);
            lines.remove(0);
        }
        List<String> numbers = new ArrayList<>();
        if (paragraphs.stream().anyMatch(p -> PP_LABEL.matcher(p).find())) {
            groupByLabels(paragraphs, lines, numbers);
        } else {
            for (int k = 0; k < paragraphs.size(); k++) {
                numbers.add(Integer.toString(k + 1));
            }
        }
        sections.add(new Section(Part.PREAMBLE, null, "Preamble", chapeau, headingLine, textLine, parent, false, 0, 0));
        for (int k = 0; k < paragraphs.size(); k++) {
            sections.add(new Section(Part.PREAMBULAR_PARAGRAPH, numbers.get(k), null, paragraphs.get(k), lines.get(k),
                    lines.get(k), preamble, false, 0, 0));
        }
        return preamble;
    }

    /**
     * Labelled preambular paragraphs ({@code Pp12} followed by its {@code Option 1:} and {@code Option 2:}
     * paragraphs) run from one label to the next and take the label's number; the label leaves the text.
     * Paragraphs before the first label keep their own numbers in order.
     */
    private static void groupByLabels(List<String> paragraphs, List<Integer> lines, List<String> numbers) {
        List<String> grouped = new ArrayList<>();
        List<Integer> groupedLines = new ArrayList<>();
        for (int k = 0; k < paragraphs.size(); k++) {
            Matcher label = PP_LABEL.matcher(paragraphs.get(k));
            if (label.find()) {
                numbers.add(label.group(2));
                grouped.add(label.group(1) + paragraphs.get(k).substring(label.end()));
                groupedLines.add(lines.get(k));
            } else if (grouped.isEmpty()) {
                numbers.add(Integer.toString(k + 1));
                grouped.add(paragraphs.get(k));
                groupedLines.add(lines.get(k));
            } else {
                int last = grouped.size() - 1;
                grouped.set(last, (grouped.get(last) + "\n\n" + paragraphs.get(k)).strip());
            }
        }
        paragraphs.clear();
        paragraphs.addAll(grouped);
        lines.clear();
        lines.addAll(groupedLines);
    }

    private static boolean isChapeau(String paragraph) {
        String plain = paragraph.replace("*", "").strip();
        return plain.endsWith(",") && plain.length() < 200
                && plain.toLowerCase(Locale.ROOT).matches("^(the )?(states )?parties\\b.*");
    }

    private static int[] countParagraphs(String text) {
        int paragraphs = 0;
        int subparagraphs = 0;
        for (String line : text.split("\n")) {
            if (PARAGRAPH.matcher(line).find()) {
                paragraphs++;
            } else if (SUBPARAGRAPH.matcher(line).find()) {
                subparagraphs++;
            }
        }
        return new int[] {paragraphs, subparagraphs};
    }

    /** A short line right after a bare heading, that reads like a title rather than text. */
    private static String titleOnNextLine(String[] lines, int heading) {
        int next = nextNonBlank(lines, heading);
        if (next < 0 || next - heading > 2) {
            return null;
        }
        String candidate = lines[next].strip();
        boolean heading2 = ARTICLE.matcher(candidate).matches() || CHAPTER.matcher(candidate).matches()
                || OTHER_HEADING.matcher(candidate).matches();
        if (heading2 || candidate.length() > 120 || candidate.matches("^[\\d(\\[*].*") || candidate.matches(".*[.,;:]$")
                || Character.isLowerCase(candidate.charAt(0))) {
            return null;
        }
        return cleanTitle(candidate);
    }

    private static int nextNonBlank(String[] lines, int from) {
        for (int i = from + 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** "*(REDD-plus)*" → "REDD-plus"; "Criminalization" stays. */
    static String cleanTitle(String raw) {
        if (raw == null) {
            return "";
        }
        String title = raw.strip().replaceAll("^[*_]+|[*_]+$", "").strip();
        if (title.startsWith("(") && title.endsWith(")")) {
            title = title.substring(1, title.length() - 1).strip();
        }
        return title.replaceAll("^[*_]+|[*_]+$", "").strip();
    }

    static String normaliseNumber(String raw) {
        return raw.replaceAll("[ \\t]+", "");
    }

    private static String trimBlankLines(String text) {
        return text.replaceAll("^(?:[ \\t]*\\n)+", "").stripTrailing();
    }

    private static int leadingBlankLines(String text) {
        int n = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                break;
            }
            n++;
        }
        return n;
    }
}
