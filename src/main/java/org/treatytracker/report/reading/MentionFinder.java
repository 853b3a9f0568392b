package org.treatytracker.report.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.HashMap;
import java.util.Optional;
import org.treatytracker.text.QuoteMatcher;

/**
 * Finds the provisions a report paragraph refers to: {@code article 17}, {@code articles 29 and 30},
 * {@code preambular paragraphs 1 and 3}, {@code the preamble}, {@code the chapter on preventive measures},
 * {@code the general provisions of the draft text}, {@code section D}, {@code chapter II},
 * {@code article 4, paragraph 2 (b)}, {@code paragraph 12} (when one paragraph of the draft has that number),
 * an agenda item entitled with a chapter's title, and quoted draft text (in typographic quotes) that appears in
 * a provision, editorial brackets allowed. Each mention has the eId it points to and its span in the paragraph.
 * References to other instruments ({@code FCCC Article 4.1}, {@code Article 2 of the Convention},
 * {@code decision 1/CP.17}) are found too, as mentions without an eId: they are never the draft's provisions.
 * Plain Java: no framework types.
 */
public final class MentionFinder {

    /** How a paragraph refers to a provision. */
    public enum Kind {
        ARTICLE,
        PREAMBULAR_PARAGRAPH,
        PREAMBLE,
        CHAPTER,
        AGENDA_ITEM,
        QUOTATION,
        SECTION,
        PARAGRAPH,
        EXTERNAL_REFERENCE
    }

    /** One reference: the eId it points to (null for another instrument's), and where it is in the paragraph. */
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
    /**
     * Bounded: from every "agenda item" an unbounded {@code [^,“"]*} ran to the end of the paragraph and back. An item
     * number is a few characters, a title fits its 300-character column.
     */
    private static final Pattern AGENDA_TITLE = Pattern.compile("agenda item [^,“\"]{0,120},?\\s+entitled\\s+[“\"]([^”\"]{1,300})[”\"]");
    /** Sections and chapters named by letter, roman or arabic number: "section D", "sections C and E", "chapter II". */
    private static final String PART_NUMBER = "(?:[A-Z]|[IVXL]+|\\d+)\\b";
    private static final Pattern PARTS = Pattern.compile("\\b(?:[Ss]ections?|[Cc]hapters?)\\s+(" + PART_NUMBER
            + "(?:\\s*,\\s*" + PART_NUMBER + ")*(?:,?\\s+(?:and|or)\\s+" + PART_NUMBER + ")?)");
    private static final Pattern ONE_PART_NUMBER = Pattern.compile(PART_NUMBER);
    /**
     * "paragraph 12", "paragraphs 3 and 4", "paragraph 2 (b)", "paragraph 21.1" (a division the draft numbers inside
     * paragraph 21), "paragraphs 129–132.6" (a range); not a preambular paragraph.
     */
    private static final String PARAGRAPH_NUMBER = "\\d+(?:\\.\\d+){0,3}(?:\\s?(?:bis|ter|quater))?(?:\\s?\\(\\s?[a-z]{1,4}\\s?\\))?"
            + "(?:\\s?[–—-]\\s?\\d+(?:\\.\\d+){0,3})?";
    private static final Pattern PARAGRAPHS = Pattern.compile("(?<!preambular )\\b[Pp]aragraphs?\\s+(" + PARAGRAPH_NUMBER
            + "(?:\\s*,\\s*" + PARAGRAPH_NUMBER + ")*(?:,?\\s+(?:and|or)\\s+" + PARAGRAPH_NUMBER + ")?)");
    private static final Pattern ONE_PARAGRAPH_NUMBER = Pattern.compile(
            "(\\d+)((?:\\.\\d+){0,3})(\\s?(?:bis|ter|quater))?(?:\\s?\\(\\s?([a-z]{1,4})\\s?\\))?(?:\\s?[–—-]\\s?(\\d+)(?:\\.\\d+){0,3})?");
    /** The most paragraphs a range names: "paragraphs 1–10000" is not read as ten thousand mentions. */
    static final int LONGEST_RANGE = 60;
    /** The article a paragraph belongs to: "article 4, paragraph 2" or "paragraph 2 of article 4". */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("\\b[Aa]rticle\\s+(" + NUMBER + "),?\\s+$");
    private static final Pattern ARTICLE_AFTER = Pattern.compile("^\\s+of\\s+(?:draft\\s+)?[Aa]rticle\\s+(" + NUMBER + ")");
    /** Decisions and resolutions are other instruments: "decision 1/CP.17", "resolution 74/247". */
    private static final Pattern DECISION = Pattern.compile(
            "\\b(?:[Dd]ecisions?|[Rr]esolutions?)\\s+\\d+/(?:[A-Z]{2,4}\\.)?\\d+(?:\\s*(?:,|and)\\s*\\d+/(?:[A-Z]{2,4}\\.)?\\d+)*");

    /** A provision of the reading the report discusses: its eId, kind, number, title, and text. */
    public record Target(String eId, String kind, String number, String title, String text) {

        public Target(String eId, String kind, String title, String text) {
            this(eId, kind, null, title, text);
        }
    }

    private final Map<String, Target> byEId;
    private final List<Target> chapters;
    private final List<Target> withText;
    /** Parts of the draft by their number, upper case: "D" → sec_d, "II" → chp_2. */
    private final Map<String, Target> partsByNumber = new HashMap<>();
    /** Paragraph provisions by their number, when the number is unique in the draft. */
    private final Map<String, Target> paragraphsByNumber = new HashMap<>();

    public MentionFinder(List<Target> provisions) {
        this.byEId = new HashMap<>();
        provisions.forEach(p -> byEId.put(p.eId(), p));
        this.chapters = provisions.stream().filter(p -> "CHAPTER".equals(p.kind()) && p.title() != null).toList();
        this.withText = provisions.stream().filter(p -> p.text() != null && !p.text().isBlank()).toList();
        Map<String, Integer> paragraphNumbers = new HashMap<>();
        for (Target p : provisions) {
            if (p.number() == null) {
                continue;
            }
            String number = p.number().strip().toUpperCase(Locale.ROOT);
            if (p.eId().matches(".*__para_[^_]+$")) {
                if (!p.eId().startsWith("preamble")) {
                    paragraphNumbers.merge(number, 1, Integer::sum);
                    paragraphsByNumber.put(number, p);
                }
            } else if (p.eId().matches("(?:sec|chp|part)_[^_]+")) {
                partsByNumber.putIfAbsent(number, p);
            }
        }
        // "paragraph 12" alone names a paragraph only when the draft numbers its paragraphs once, not per article.
        paragraphNumbers.forEach((number, count) -> {
            if (count > 1) {
                paragraphsByNumber.remove(number);
            }
        });
    }

    public List<Found> find(String paragraph) {
        List<Found> found = new ArrayList<>();
        numbered(paragraph, ARTICLES, "art_", Kind.ARTICLE, found);
        numbered(paragraph, PREAMBULAR, "preamble__para_", Kind.PREAMBULAR_PARAGRAPH, found);
        parts(paragraph, found);
        paragraphs(paragraph, found);
        externalReferences(paragraph, found);
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
        for (int[] quoted : quotations(paragraph)) {
            String words = paragraph.substring(quoted[0] + 1, quoted[1] - 1);
            for (Target provision : withText) {
                if (QuoteMatcher.quotesDraft(words, provision.text())) {
                    add(found, Kind.QUOTATION, provision.eId(), quoted[0], quoted[1], paragraph);
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

    /**
     * Quoted draft text: in double quotes, or in typographic single quotes (a straight one may be an apostrophe), 12
     * characters at least. The spans that {@code [“"]([^”"]{12,})[”"]|‘([^’]{12,})’} finds, in order, without its scan from every
     * opening quote to the end of the paragraph when none closes (100 kB of “ took minutes): the closing quote
     * after an opening one is the first closing quote after it, so the search for it goes on from where the last
     * one stopped.
     */
    static List<int[]> quotations(String paragraph) {
        List<int[]> spans = new ArrayList<>();
        int doubleClose = -1;
        int singleClose = -1;
        int i = 0;
        while (i < paragraph.length()) {
            char c = paragraph.charAt(i);
            if (c == '“' || c == '"' || c == '‘') {
                boolean single = c == '‘';
                int close = single ? singleClose : doubleClose;
                if (close <= i) {
                    close = i + 1;
                    while (close < paragraph.length() && !(single ? paragraph.charAt(close) == '’'
                            : paragraph.charAt(close) == '”' || paragraph.charAt(close) == '"')) {
                        close++;
                    }
                    if (single) {
                        singleClose = close;
                    } else {
                        doubleClose = close;
                    }
                }
                if (close < paragraph.length() && close - i - 1 >= 12) {
                    spans.add(new int[] {i, close + 1});
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
        return spans;
    }

    private static final Pattern SUBDIVISION = Pattern.compile("(?:\\.\\d+)+");
    private static final Pattern INSTRUMENT_NAME = Pattern.compile("^[\\p{L}\\d]+(?:[./'’-][\\p{L}\\d]+)*");

    static boolean external(String paragraph, int start, int end) {
        return externalSpan(paragraph, start, end) != null;
    }

    /** The span of another instrument's article with the instrument's name, or null when it is the draft's. */
    private static int[] externalSpan(String paragraph, int start, int end) {
        int from = Math.max(0, start - 40);
        Matcher before = INSTRUMENT_BEFORE.matcher(paragraph.substring(from, start));
        if (before.find()) {
            Matcher subdivision = SUBDIVISION.matcher(paragraph).region(end, paragraph.length());
            return new int[] {from + before.start(), subdivision.lookingAt() ? subdivision.end() : end};
        }
        String rest = paragraph.substring(end, Math.min(paragraph.length(), end + 80));
        Matcher after = INSTRUMENT_AFTER.matcher(rest);
        if (after.find()) {
            Matcher name = INSTRUMENT_NAME.matcher(rest.substring(after.end() - 1));
            return new int[] {start, end + after.end() - 1 + (name.find() ? name.end() : 1)};
        }
        return null;
    }

    private void externalReferences(String paragraph, List<Found> found) {
        Matcher articles = ARTICLES.matcher(paragraph);
        while (articles.find()) {
            int[] span = externalSpan(paragraph, articles.start(), articles.end());
            if (span != null) {
                found.add(new Found(Kind.EXTERNAL_REFERENCE, null, span[0], span[1], paragraph.substring(span[0], span[1])));
            }
        }
        Matcher decisions = DECISION.matcher(paragraph);
        while (decisions.find()) {
            boolean inside = found.stream().anyMatch(f -> f.kind() == Kind.EXTERNAL_REFERENCE && f.start() <= decisions.start()
                    && f.end() >= decisions.end());
            if (!inside) {
                found.add(new Found(Kind.EXTERNAL_REFERENCE, null, decisions.start(), decisions.end(), decisions.group()));
            }
        }
    }

    private void parts(String paragraph, List<Found> found) {
        Matcher m = PARTS.matcher(paragraph);
        while (m.find()) {
            Matcher number = ONE_PART_NUMBER.matcher(paragraph).region(m.start(1), m.end(1));
            boolean first = true;
            while (number.find()) {
                Target part = partsByNumber.get(number.group().toUpperCase(Locale.ROOT));
                if (part != null) {
                    found.add(new Found(Kind.SECTION, part.eId(), first ? m.start() : number.start(), number.end(),
                            paragraph.substring(first ? m.start() : number.start(), number.end())));
                }
                first = false;
            }
        }
    }

    /**
     * Paragraphs of an article ("article 4, paragraph 2 (b)", "paragraph 2 of article 4") by their Akoma Ntoso
     * names; a bare "paragraph 12" when the draft numbers its paragraphs once across the text.
     */
    private void paragraphs(String paragraph, List<Found> found) {
        Matcher m = PARAGRAPHS.matcher(paragraph);
        while (m.find()) {
            Matcher before = ARTICLE_BEFORE.matcher(paragraph.substring(Math.max(0, m.start() - 30), m.start()));
            Matcher after = ARTICLE_AFTER.matcher(paragraph.substring(m.end(), Math.min(paragraph.length(), m.end() + 40)));
            String article = before.find() ? before.group(1) : after.find() ? after.group(1) : null;
            if (article == null && external(paragraph, m.start(), m.end())) {
                // "paragraph 4 of decision 1/CP.20", "paragraph 2 of the Lima Call": another instrument's.
                int[] span = externalSpan(paragraph, m.start(), m.end());
                found.add(new Found(Kind.EXTERNAL_REFERENCE, null, span[0], span[1], paragraph.substring(span[0], span[1])));
                continue;
            }
            Matcher number = ONE_PARAGRAPH_NUMBER.matcher(paragraph).region(m.start(1), m.end(1));
            boolean first = true;
            while (number.find()) {
                int start = first ? m.start() : number.start();
                first = false;
                for (Target target : paragraphTargets(article, number)) {
                    found.add(new Found(Kind.PARAGRAPH, target.eId(), start, number.end(), paragraph.substring(start, number.end())));
                }
            }
        }
    }

    /**
     * The provisions one paragraph number names: the paragraph (its lettered subparagraph when one is named); a
     * division the draft does not make a provision of ("21.1") is the paragraph it sits in; a range every paragraph
     * from its first to its last.
     */
    private List<Target> paragraphTargets(String article, Matcher number) {
        String suffix = number.group(3) == null ? "" : number.group(3).replaceAll("\\s", "");
        List<String> numbers = new ArrayList<>();
        if (number.group(5) != null && suffix.isEmpty()) {
            int from = Integer.parseInt(number.group(1));
            int to = Integer.parseInt(number.group(5));
            for (int n = from; n <= to && n - from < LONGEST_RANGE; n++) {
                numbers.add(String.valueOf(n));
            }
        } else {
            numbers.add(number.group(1) + suffix);
        }
        List<Target> targets = new ArrayList<>();
        for (String para : numbers) {
            Target target;
            if (article != null) {
                String eId = "art_" + article.replaceAll("\\s", "") + "__para_" + para;
                target = number.group(4) == null ? byEId.get(eId) : byEId.getOrDefault(eId + "__subpara_" + number.group(4), byEId.get(eId));
            } else {
                String divided = para + number.group(2);
                target = paragraphsByNumber.getOrDefault(divided.toUpperCase(Locale.ROOT), paragraphsByNumber.get(para.toUpperCase(Locale.ROOT)));
                if (target != null && number.group(4) != null) {
                    target = byEId.getOrDefault(target.eId() + "__subpara_" + number.group(4), target);
                }
            }
            if (target != null) {
                targets.add(target);
            }
        }
        return targets;
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

    private Optional<Target> chapterTitled(String title) {
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
