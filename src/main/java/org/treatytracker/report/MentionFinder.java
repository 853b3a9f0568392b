package org.treatytracker.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treatytracker.text.QuoteMatcher;

/**
 * Finds the provisions a report paragraph refers to: {@code article 17}, {@code articles 29 and 30},
 * {@code preambular paragraphs 1 and 3}, {@code the preamble}, {@code the chapter on preventive measures},
 * {@code the general provisions of the draft text}, an agenda item entitled with a chapter's title, and
 * quoted draft text (in typographic quotes) that appears in a provision, editorial brackets allowed. Each
 * mention has the eId it points to and its span in the paragraph. Plain Java: no framework types.
 */
public final class MentionFinder {

    /** How a paragraph refers to a provision. */
    public enum Kind {
        ARTICLE,
        PREAMBULAR_PARAGRAPH,
        PREAMBLE,
        CHAPTER,
        AGENDA_ITEM,
        QUOTATION
    }

    /** One reference: the eId it points to, and where it is in the paragraph. */
    public record Found(Kind kind, String eId, int start, int end, String text) {
    }

    private static final String NUMBER = "\\d+(?:\\s?(?:bis|ter|quater))?";
    /** A number, and the subject a report may add after it: "Article 3 (commitments), 3bis". */
    private static final String NUMBER_NOTE = NUMBER + "(?:\\s*\\([\\p{L} -]{1,40}\\))?";
    private static final Pattern ARTICLES = Pattern.compile(
            "\\b[Aa]rticles?\\s+(" + NUMBER_NOTE + "(?:\\s*,\\s*" + NUMBER_NOTE + ")*(?:,?\\s+(?:and|or)\\s+" + NUMBER_NOTE + ")?)");
    private static final Pattern PREAMBULAR = Pattern.compile(
            "\\bpreambular paragraphs?\\s+(\\d+(?:\\s*,\\s*\\d+)*(?:,?\\s+(?:and|or)\\s+\\d+)?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ONE_NUMBER = Pattern.compile(NUMBER);
    private static final Pattern PREAMBLE = Pattern.compile("\\bthe preamble\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGENDA_TITLE = Pattern.compile("agenda item [^,“\"]*,?\\s+entitled\\s+[“\"]([^”\"]+)[”\"]");
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{12,})[”\"]");

    /** A provision of the reading the report discusses: its eId, its title, and its text. */
    public record Target(String eId, String kind, String title, String text) {
    }

    private final Map<String, Target> byEId;
    private final List<Target> chapters;
    private final List<Target> withText;

    public MentionFinder(List<Target> provisions) {
        this.byEId = new java.util.HashMap<>();
        provisions.forEach(p -> byEId.put(p.eId(), p));
        this.chapters = provisions.stream().filter(p -> "CHAPTER".equals(p.kind()) && p.title() != null).toList();
        this.withText = provisions.stream().filter(p -> p.text() != null && !p.text().isBlank()).toList();
    }

    public List<Found> find(String paragraph) {
        List<Found> found = new ArrayList<>();
        numbered(paragraph, ARTICLES, "art_", Kind.ARTICLE, found);
        numbered(paragraph, PREAMBULAR, "preamble__para_", Kind.PREAMBULAR_PARAGRAPH, found);
        Matcher preamble = PREAMBLE.matcher(paragraph);
        while (preamble.find()) {
            add(found, Kind.PREAMBLE, "preamble", preamble.start(), preamble.end(), paragraph);
        }
        Matcher agenda = AGENDA_TITLE.matcher(paragraph);
        while (agenda.find()) {
            chapterTitled(agenda.group(1)).ifPresent(c -> add(found, Kind.AGENDA_ITEM, c.eId(), agenda.start(), agenda.end(), paragraph));
        }
        String lower = paragraph.toLowerCase(Locale.ROOT);
        for (Target chapter : chapters) {
            String title = chapter.title().toLowerCase(Locale.ROOT);
            for (String phrase : List.of("chapter on " + title, "the " + title + " of the draft")) {
                for (int at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
                    add(found, Kind.CHAPTER, chapter.eId(), at, at + phrase.length(), paragraph);
                }
            }
        }
        Matcher quoted = QUOTED.matcher(paragraph);
        while (quoted.find()) {
            for (Target provision : withText) {
                if (QuoteMatcher.quotesDraft(quoted.group(1), provision.text())) {
                    add(found, Kind.QUOTATION, provision.eId(), quoted.start(), quoted.end(), paragraph);
                }
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /**
     * Another instrument's article: named before it ("FCCC Article 4.1", "UNTOC article 5", "the Convention's
     * article 2") or after it ("Article 2 of the Convention", "article 5 of UNTOC"). The draft's own articles are
     * written bare, or "of the draft".
     */
    private static final Pattern INSTRUMENT_BEFORE = Pattern.compile(
            "(?:\\b\\p{Lu}{2,}[\\p{L}\\d]*|\\b(?:Convention|Protocol|Agreement|Charter|Covenant|Statute)(?:['’]s)?)\\s+$");
    private static final Pattern INSTRUMENT_AFTER = Pattern.compile(
            "^(?:\\.\\d+)*(?:\\s*\\([^)]{0,60}\\))?\\s+(?:of|under|in)\\s+(?:the\\s+)?(?!draft\\b|present\\b|revised\\b|text\\b)"
                    + "(?:\\p{Lu}|decision\\b|resolution\\b)");

    static boolean external(String paragraph, int start, int end) {
        return INSTRUMENT_BEFORE.matcher(paragraph.substring(Math.max(0, start - 40), start)).find()
                || INSTRUMENT_AFTER.matcher(paragraph.substring(end, Math.min(paragraph.length(), end + 80))).find();
    }

    private void numbered(String paragraph, Pattern pattern, String prefix, Kind kind, List<Found> found) {
        Matcher m = pattern.matcher(paragraph);
        while (m.find()) {
            if (kind == Kind.ARTICLE && external(paragraph, m.start(), m.end())) {
                continue;
            }
            Matcher number = ONE_NUMBER.matcher(paragraph).region(m.start(1), m.end(1));
            boolean first = true;
            while (number.find()) {
                String eId = prefix + number.group().replaceAll("\\s", "");
                add(found, kind, eId, first ? m.start() : number.start(), number.end(), paragraph);
                first = false;
            }
        }
    }

    private java.util.Optional<Target> chapterTitled(String title) {
        String wanted = title.strip().toLowerCase(Locale.ROOT);
        return chapters.stream().filter(c -> c.title().strip().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** Only mentions of provisions the reading has are kept: "article 99" of another instrument is not one. */
    private void add(List<Found> found, Kind kind, String eId, int start, int end, String paragraph) {
        if (byEId.containsKey(eId)) {
            found.add(new Found(kind, eId, start, end, paragraph.substring(start, end)));
        }
    }
}
