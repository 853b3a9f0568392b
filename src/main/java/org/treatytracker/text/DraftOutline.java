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
        int preamble = -1;
        int chapter = -1;
        StringBuilder body = new StringBuilder();
        boolean skipping = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher article = ARTICLE.matcher(line);
            Matcher chapterHeading = CHAPTER.matcher(line);
            boolean isArticle = article.matches();
            boolean isChapter = !isArticle && chapterHeading.matches();
            boolean isPreamble = !isArticle && !isChapter && PREAMBLE.matcher(line).matches();
            boolean isOther = !isArticle && !isChapter && !isPreamble && OTHER_HEADING.matcher(line).matches();
            if (!(isArticle || isChapter || isPreamble || isOther)) {
                if (current != null && !skipping) {
                    body.append(line).append('\n');
                }
                continue;
            }
            if (current != null && !skipping) {
                int index = close(current, number, title, body, currentStart, bodyStart, current == Part.ARTICLE ? chapter : -1, bracketed);
                if (current == Part.PREAMBLE) {
                    preamble = index;
                } else if (current == Part.CHAPTER) {
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
            } else if (isPreamble) {
                current = Part.PREAMBLE;
                number = null;
                title = "Preamble";
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
            close(current, number, title, body, currentStart, bodyStart, current == Part.ARTICLE ? chapter : -1, bracketed);
        }
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
        if (!paragraphs.isEmpty() && isChapeau(paragraphs.get(0))) {
            chapeau = paragraphs.remove(0);
            lines.remove(0);
        }
        sections.add(new Section(Part.PREAMBLE, null, "Preamble", chapeau, headingLine, textLine, -1, false, 0, 0));
        for (int k = 0; k < paragraphs.size(); k++) {
            sections.add(new Section(Part.PREAMBULAR_PARAGRAPH, Integer.toString(k + 1), null, paragraphs.get(k), lines.get(k),
                    lines.get(k), preamble, false, 0, 0));
        }
        return preamble;
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
