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
        /**
         * A lettered section ({@code A. DRAFT AGREEMENT}, {@code D. [Mitigation}): holds articles, or paragraphs itself;
         * or a decision's roman section ({@code II. Guidance}), numbered in arabic ({@code 2}), holding subsections.
         */
        SECTION,
        /** A lettered subsection of a roman section ({@code A. Participation} under {@code II.}). */
        SUBSECTION,
        ARTICLE,
        /** An operative paragraph of a decision that has no sections ({@code 1. Decides …} as {@code para_1}). */
        PARAGRAPH,
        /** An annex ({@code Annex I}, {@code [Annex II}), numbered in arabic, with its own sections and paragraphs. */
        ANNEX
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
    /**
     * A decision's (or resolution's) title line, the whole line: {@code Draft decision -/CMA.6}, {@code Decision 2/CP.21},
     * {@code Draft decision [x]/CMP.16}, {@code Draft resolution}.
     */
    private static final Pattern DECISION = Pattern.compile(
            "^#{0,6}[ \\t]*\\**(?:[Dd]raft[ \\t]+)?(?:[Dd]ecision|[Rr]esolution|DECISION|RESOLUTION)"
                    + "(?:[ \\t]+[-\\[\\]xX\\d.]*/[A-Za-z][A-Za-z.\\d\\[\\]]*)?\\**[ \\t]*$");
    /**
     * An annex heading: {@code Annex I}, {@code [Annex I}, {@code ANNEX 2. Title}, {@code Annex — Title}; the title
     * may also stand on the next line. A contents line (dot leaders, a page number at the end) is not a heading.
     */
    private static final Pattern ANNEX = Pattern.compile(
            "^#{0,6}[ \\t]*(\\[*)[ \\t]*\\**(?:Annex|ANNEX)(?:[ \\t]+([IVXLC]+|\\d+|[A-Z]))?\\**[ \\t]*(\\]?)[ \\t]*"
                    + "(?:(?:[.:]|[-–—])[ \\t]*(.*?))?[ \\t]*$");
    /** A heading that is a set of bracketed alternatives, and only that: {@code [Further guidance] [Additional information]}. */
    private static final Pattern HEADING_SET = Pattern.compile("^(?:\\[[^\\[\\]\\n]+\\][ \\t]*){2,}$");
    /** An operative paragraph at the margin ({@code 1. Decides …}, {@code [4][2]. …}): a decision's preamble has ended. */
    private static final Pattern OPERATIVE = Pattern.compile("^(\\[?)(\\d+[a-z]?|(?:\\[\\d+[a-z]?\\]){2,})\\.[ \\t]+");
    private static final Pattern OTHER_HEADING = Pattern.compile("^#{1,6}[ \\t]+\\S.*$");
    private static final Pattern PARAGRAPH = Pattern.compile(
            "^[ ]{0,3}(?:\\d+(?:bis|ter|\\.\\d+)?[a-z]?\\.|\\d+\\.\\d+[a-z]*:?|(?:\\[\\d+[a-z]?\\]){2,}\\.)[ \\t]");
    private static final Pattern SUBPARAGRAPH = Pattern.compile("^[ \\t]*(?:\\([a-z]{1,4}\\)|\\([ivx]+\\)|[ \\t]{2,}\\d+\\.)[ \\t]");

    private final List<Section> sections = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    /** The document is a decision: its preamble opens with a title and an acting body's chapeau. */
    private boolean decision;
    /**
     * Brackets that a section's or annex's heading opened and its text has not closed ({@code [Annex I},
     * {@code X. [Identifying …}): the closing bracket at the end of its (last) part is the heading's, not a stray.
     */
    private int openHeadingBrackets;

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

    /** Sections, subsections, annexes and a decision's operative paragraphs: a draft without articles may be made of these. */
    public long sectionCount() {
        return sections.stream().filter(s -> s.part() == Part.SECTION || s.part() == Part.SUBSECTION || s.part() == Part.ANNEX
                || s.part() == Part.PARAGRAPH).count();
    }

    /**
     * A report's annexes alone, where a body keeps the draft it has not finished ("Annex I. Draft rules of
     * procedure", brackets still open): every line before the first annex heading is blanked, so that what is
     * read stays on its own line numbers. Null when the text has no annex heading.
     */
    public static String annexesOf(String report) {
        String[] lines = report.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher annex = ANNEX.matcher(lines[i]);
            if (annex.matches() && (annex.group(4) == null || isAnnexTitle(annex.group(4)))) {
                StringBuilder kept = new StringBuilder(report.length());
                kept.append("\n".repeat(i));
                for (int k = i; k < lines.length; k++) {
                    kept.append(lines[k]).append(k + 1 < lines.length ? "\n" : "");
                }
                return kept.toString();
            }
        }
        return null;
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
        Numbering numbering = new Numbering();
        int parent = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher article = ARTICLE.matcher(line);
            Matcher chapterHeading = CHAPTER.matcher(line);
            Matcher sectionHeading = SECTION.matcher(line);
            Matcher annexHeading = ANNEX.matcher(line);
            boolean isArticle = article.matches() && isHeading(line, article);
            boolean isChapter = !isArticle && chapterHeading.matches();
            boolean isAnnex = !isArticle && !isChapter && annexHeading.matches()
                    && (annexHeading.group(4) == null || isAnnexTitle(annexHeading.group(4)));
            boolean isSection = !isArticle && !isChapter && !isAnnex && sectionHeading.matches() && isSectionTitle(sectionHeading.group(3));
            // A decision opens with its title ("Draft decision -/CMA.6"): what follows up to its first section is its preamble.
            boolean isDecision = current == null && !isArticle && !isChapter && !isAnnex && !isSection && DECISION.matcher(line).matches();
            // A decision's preamble ends at its first operative paragraph when no section heading comes before it.
            Matcher operative = OPERATIVE.matcher(line);
            boolean isOperative = (current == Part.PREAMBLE || current == Part.PARAGRAPH) && decision && !skipping && operative.find();
            boolean isPreamble = !isArticle && !isChapter && !isSection && !isAnnex && (isDecision || PREAMBLE.matcher(line).matches());
            // A published draft labels its preambular paragraphs (Pp1, Pp2) instead of heading a preamble.
            boolean isLabelledPreamble = !isArticle && !isChapter && !isSection && !isAnnex && !isPreamble && !isOperative && current != Part.ARTICLE
                    && current != Part.PREAMBLE && PP_LABEL.matcher(line).find();
            boolean isOther = !isArticle && !isChapter && !isSection && !isAnnex && !isPreamble && !isLabelledPreamble
                    && OTHER_HEADING.matcher(line).matches();
            if (!(isArticle || isChapter || isSection || isAnnex || isPreamble || isLabelledPreamble || isOperative || isOther)) {
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
                int index = close(current, number, title, body, currentStart, bodyStart, parentOf(current, chapter, parent), bracketed);
                if (current == Part.CHAPTER || current == Part.SECTION) {
                    chapter = index;
                }
                numbering.closed(current, index);
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
            } else if (isAnnex) {
                current = Part.ANNEX;
                number = annexHeading.group(2) == null ? "1" : ProvisionNumbers.arabic(annexHeading.group(2));
                bracketed = !annexHeading.group(1).isEmpty();
                openHeadingBrackets += bracketed && annexHeading.group(3).isEmpty() ? 1 : 0;
                title = cleanTitle(annexHeading.group(4));
                bracketed |= !annexHeading.group(3).isEmpty();
                if (title.isEmpty() && (title = titleOnNextLine(lines, i)) != null) {
                    i = nextNonBlank(lines, i);
                }
                if (openHeadingBrackets > 0 && title != null && title.endsWith("]") && balance(title) < 0) {
                    // The annex is its title alone, in brackets: "[Annex Y" over "List of Parties …]".
                    title = title.substring(0, title.length() - 1).strip();
                    openHeadingBrackets--;
                }
                numbering.annex();
                parent = -1;
            } else if (isSection) {
                String raw = sectionHeading.group(3).replaceAll("\\[\\^[^\\]]*\\]", "").strip();
                current = numbering.partOf(sectionHeading.group(1));
                number = current == Part.SECTION && numbering.roman() ? ProvisionNumbers.arabic(sectionHeading.group(1)) : sectionHeading.group(1);
                parent = current == Part.SUBSECTION ? numbering.section() : numbering.annexIndex();
                bracketed = !sectionHeading.group(2).isEmpty();
                if (bracketed && HEADING_SET.matcher("[" + raw).matches()) {
                    // A heading that is a set of alternatives keeps them, brackets and all: a later reading picks one.
                    title = "[" + raw;
                } else {
                    String heading = sectionHeading.group(2) + raw;
                    openHeadingBrackets += Math.max(0, balance(heading));
                    title = cleanTitle(raw.replaceAll("[\\[\\]]", ""));
                }
            } else if (isPreamble || isLabelledPreamble) {
                current = Part.PREAMBLE;
                number = null;
                title = "Preamble";
                if (isDecision) {
                    decision = true;
                    title = cleanTitle(line.replaceFirst("^#+", ""));
                }
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
            } else if (isOperative) {
                // A decision without sections: each operative paragraph is a provision of its own (para_1), its
                // text after its number; a number still open ("[4][2].") stays in the text, as the set it is.
                current = Part.PARAGRAPH;
                String digits = operative.group(2);
                boolean alternatives = digits.startsWith("[");
                number = alternatives ? digits.substring(1, digits.indexOf(']')) : digits;
                title = null;
                body.append(alternatives ? line : operative.group(1) + line.substring(operative.end())).append('\n');
                bodyStart = i + 1;
                continue;
            } else {
                if (current != null) {
                    notes.add(new Note(i + 1, "section '" + line.replaceFirst("^#+\\s*", "") + "' is not part of the articles; left out"));
                }
                skipping = true;
            }
            bodyStart = i + 2;
        }
        if (current != null && !skipping) {
            close(current, number, title, body, currentStart, bodyStart, parentOf(current, chapter, parent), bracketed);
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
    private int parentOf(Part part, int container, int heading) {
        if (part == Part.SECTION || part == Part.SUBSECTION) {
            return heading;
        }
        return part == Part.ARTICLE && container >= 0 && !isSectionIndex(container) ? container : -1;
    }

    /** The first closing bracket that no bracket of the text opened (the heading's), or -1. */
    private static int firstUnopenedCloser(String text) {
        int depth = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth < 0) {
                return k;
            }
        }
        return -1;
    }

    /** Opening minus closing brackets. */
    private static int balance(String text) {
        int n = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            n += c == '[' ? 1 : c == ']' ? -1 : 0;
        }
        return n;
    }

    /** An annex heading's title, if any, reads like a heading, not a sentence or a line of contents. */
    private static boolean isAnnexTitle(String rest) {
        String plain = rest.replaceAll("[*_]", "").strip();
        return plain.isEmpty() || isSectionTitle(plain) && !plain.matches(".*(?:\\.{3,}|…|\\s\\d+)$");
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
        int closer = openHeadingBrackets > 0 ? firstUnopenedCloser(text) : -1;
        if (closer >= 0) {
            // Text may follow the heading's closing bracket (a page number, a last line of its own): it stays.
            text = (text.substring(0, closer) + text.substring(closer + 1)).stripTrailing();
            openHeadingBrackets--;
        }
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
        if (decision && paragraphs.stream().anyMatch(DraftOutline::endsLikeChapeau)) {
            // A decision's title is followed by its subject, then the acting body ("The Conference of the Parties,").
            List<String> subject = new ArrayList<>();
            while (!endsLikeChapeau(paragraphs.get(0))) {
                subject.add(paragraphs.remove(0).replaceAll("\\s+", " "));
                lines.remove(0);
            }
            if (!subject.isEmpty()) {
                title = title + ": " + String.join(" ", subject);
            }
            chapeau = paragraphs.remove(0);
            lines.remove(0);
        } else if (!paragraphs.isEmpty() && isChapeau(paragraphs.get(0).replaceFirst("^\\[\\s*", ""))) {
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
        sections.add(new Section(Part.PREAMBLE, null, title, chapeau, headingLine, textLine, parent, false, 0, 0));
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

    /** A short paragraph ending with a comma that is no recital of its own: the body that acts. */
    private static boolean endsLikeChapeau(String paragraph) {
        String plain = paragraph.replace("*", "").strip();
        return plain.endsWith(",") && plain.length() < 300 && !plain.startsWith("[");
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

    /**
     * How the sections of the document, or of one annex, are numbered; its first section heading decides. A first
     * {@code A.} makes lettered sections (as in a negotiating text: A. to M., {@code I.} after {@code H.} a letter); a
     * first {@code I.} (or {@code II.}) makes roman sections, each holding lettered subsections ({@code A.}, {@code B.}),
     * as a decision has them. A roman number higher than the last is the next section, gaps allowed, unless it
     * is the letter that comes next among the subsections.
     */
    private static final class Numbering {
        private Boolean roman;
        private int lastRoman;
        private char lastLetter;
        private boolean pendingRoman;
        private int section = -1;
        private int annex = -1;
        private boolean inAnnex;

        Part partOf(String token) {
            boolean single = token.length() == 1;
            boolean romanToken = token.matches("[IVX]+");
            if (roman == null) {
                roman = !single || token.equals("I");
            }
            pendingRoman = false;
            if (!roman) {
                return Part.SECTION;
            }
            boolean nextLetter = section >= 0 && single && token.charAt(0) == (lastLetter == 0 ? 'A' : lastLetter + 1);
            int value = romanToken ? Integer.parseInt(ProvisionNumbers.arabic(token)) : 0;
            if (!nextLetter && romanToken && (value > lastRoman || section < 0)) {
                lastRoman = value;
                lastLetter = 0;
                pendingRoman = true;
                return Part.SECTION;
            }
            if (single && section >= 0) {
                lastLetter = token.charAt(0);
                return Part.SUBSECTION;
            }
            return Part.SECTION;
        }

        void closed(Part part, int index) {
            if (part == Part.SECTION && pendingRoman) {
                section = index;
                pendingRoman = false;
            } else if (part == Part.ANNEX) {
                annex = index;
            }
        }

        /** A new annex numbers its sections afresh. */
        void annex() {
            roman = null;
            lastRoman = 0;
            lastLetter = 0;
            pendingRoman = false;
            section = -1;
            inAnnex = true;
        }

        boolean roman() {
            return Boolean.TRUE.equals(roman);
        }

        int section() {
            return section;
        }

        int annexIndex() {
            return inAnnex ? annex : -1;
        }
    }
}
