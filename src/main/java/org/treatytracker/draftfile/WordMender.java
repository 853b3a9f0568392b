package org.treatytracker.draftfile;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Function;

/**
 * Mends words that a PDF's text layer broke ({@code Conven tion}, {@code regis try}, {@code high -level},
 * {@code decision-} at a line end), with no dictionary but the document's own words, so that it works in any
 * language a secretariat writes in and never joins two real words.
 *
 * <p>Two fragments separated by one space are joined when the joined form is a word of the document found more
 * often whole than split, and at least one fragment is not a word of the document outside this split: so
 * {@code representa tion} is mended (the document says {@code representation} elsewhere), while {@code per cent}
 * and {@code clearing house}, written that way throughout, are not. A hyphen with a space on one side only
 * ({@code high -level}, {@code capacity- building}) is closed up, unless the word after it is a conjunction that
 * a suspended hyphen takes ({@code medium- and long-term}). A hyphen that ended a line is dropped only when the
 * document writes the word without it more often than with it.
 */
final class WordMender {

    /** A block's mended text and how many breaks were mended. */
    record Mended(String text, int count) {
    }

    /** Stands where a line ended in a hyphen, until {@link #mend} decides. */
    static final char LINE_END_HYPHEN = '\u00ad';

    // A break starts where a word starts: from every letter of a long word "\\p{L}+" ran to its end and back
    // (quadratic). A break found from inside a word is the one found from its start, so the matches are the same.
    private static final Pattern LINE_END = Pattern.compile("(?<!\\p{L})(\\p{L}++)\u00ad(\\p{L}+)");
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
    private static final Pattern SPLIT = Pattern.compile("(?<![\\p{L}\\-\\[\\]])(\\p{L}+) (\\p{L}+)(?![\\p{L}\\[\\]])");
    private static final Pattern OPEN_HYPHEN = Pattern.compile("(?<!\\p{L})(\\p{L}++)(?: -|- )(\\p{L}+)");
    private static final Pattern SUSPENDED = Pattern.compile("(?i)and|or|to|und|et|ou|y|o");

    private final Map<String, Integer> words = new HashMap<>();
    private final Map<String, Integer> pairs = new HashMap<>();

    private WordMender() {
    }

    /** Learns the document's words from its blocks. */
    static WordMender of(List<String> blocks) {
        WordMender mender = new WordMender();
        for (String block : blocks) {
            Matcher m = WORD.matcher(block);
            String last = null;
            int lastEnd = -1;
            while (m.find()) {
                String w = lower(m.group());
                mender.words.merge(w, 1, Integer::sum);
                if (last != null && m.start() == lastEnd + 1 && block.charAt(lastEnd) == ' ') {
                    mender.pairs.merge(last + ' ' + w, 1, Integer::sum);
                }
                last = w;
                lastEnd = m.end();
            }
        }
        return mender;
    }

    Mended mend(String block) {
        int[] count = new int[1];
        String text = replace(LINE_END, block, m -> (dropsLineEndHyphen(m.group(1), m.group(2)) ? m.group(1) : m.group(1) + "-")
                + m.group(2));
        text = text.replace(LINE_END_HYPHEN, '-');
        text = replace(OPEN_HYPHEN, text, m -> {
            if (SUSPENDED.matcher(m.group(2)).matches()) {
                return null;
            }
            count[0]++;
            return m.group(1) + "-" + m.group(2);
        });
        text = replace(SPLIT, text, m -> {
            String a = lower(m.group(1));
            String b = lower(m.group(2));
            if (shouldJoin(a, b)) {
                count[0]++;
                return m.group(1) + m.group(2);
            }
            return null;
        });
        return new Mended(text, count[0]);
    }

    /** The rule in the class comment, for one pair of fragments. */
    boolean shouldJoin(String a, String b) {
        String joined = a + b;
        int whole = words.getOrDefault(joined, 0);
        int split = pairs.getOrDefault(a + ' ' + b, 0);
        if (whole == 0 || whole <= split) {
            return false;
        }
        boolean aIsWord = words.getOrDefault(a, 0) > split;
        boolean bIsWord = words.getOrDefault(b, 0) > split;
        return !aIsWord || !bIsWord;
    }

    /** A hyphen at a line's end: kept unless the document writes the word closed up more often. */
    boolean dropsLineEndHyphen(String a, String b) {
        return words.getOrDefault(lower(a + b), 0) > words.getOrDefault(lower(a + "-" + b), 0);
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> fix) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            String replacement = fix.apply(m);
            if (replacement == null) {
                // Try again from the second fragment, which may start a break of its own.
                out.append(text, from, m.start(2));
                from = m.start(2);
                continue;
            }
            out.append(text, from, m.start()).append(replacement);
            from = m.end();
        }
        out.append(text.substring(Math.min(from, text.length())));
        return out.toString();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
