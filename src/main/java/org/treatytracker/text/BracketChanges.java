package org.treatytracker.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How the bracket sets of a provision changed from one reading to the next. A set of the earlier text that
 * the later one still has (same alternatives) is kept; one it lacks was resolved, when the later text carries
 * one of its alternatives as agreed text (the longest that fits), or dropped. A set only the later text has
 * was opened. A dropped set and an opened one whose alternatives read mostly alike (a word edited, an alternative
 * added) are one set amended, not one dropped and another opened. Plain Java: no framework types.
 */
public final class BracketChanges {

    /** A set that was resolved, with the alternative (0-based) that the later text kept. */
    public record Resolved(BracketSet set, int alternative, String text) {
    }

    /** A set of the earlier text still open in the later one, with its wording edited. */
    public record Amended(BracketSet before, BracketSet after, double similarity) {
    }

    /** The changes; sets are those of the earlier text (resolved, dropped) or the later one (opened). */
    public record Result(List<BracketSet> opened, List<Resolved> resolved, List<BracketSet> dropped, int kept,
                         List<Amended> amended) {
    }

    /** How alike (0 to 1, by words) two sets must read to be one set amended. */
    static final double AMENDED_SIMILARITY = 0.5;

    private BracketChanges() {
    }

    public static Result between(ParsedDraft before, ParsedDraft after) {
        Map<String, Integer> afterKeys = new HashMap<>();
        for (BracketSet set : after.sets()) {
            afterKeys.merge(key(after, set), 1, Integer::sum);
        }
        Map<String, Integer> beforeKeys = new HashMap<>();
        for (BracketSet set : before.sets()) {
            beforeKeys.merge(key(before, set), 1, Integer::sum);
        }
        String agreedAfter = plain(after.renderChoosing(dropAll(after)));
        List<Resolved> resolved = new ArrayList<>();
        List<BracketSet> dropped = new ArrayList<>();
        int kept = 0;
        for (BracketSet set : before.sets()) {
            String key = key(before, set);
            if (afterKeys.merge(key, -1, Integer::sum) >= 0) {
                kept++;
                continue;
            }
            int best = -1;
            String bestText = "";
            String keptText = null;
            for (int i = 0; i < set.alternatives().size(); i++) {
                Alternative alternative = set.alternatives().get(i);
                // Kept with its nested sets resolved as their first alternatives, or kept with them all dropped.
                for (String written : List.of(before.resolvedText(alternative), before.resolvedTextWithoutNested(alternative))) {
                    String text = plain(written);
                    if (!text.isEmpty() && text.length() > bestText.length() && agreedAfter.contains(text)) {
                        best = i;
                        bestText = text;
                        keptText = SPACE_BEFORE_PUNCTUATION.matcher(written).replaceAll("$1");
                    }
                }
            }
            if (best < 0) {
                // Kept with some nested sets and not others: its own words, between them, all there in order.
                for (int i = 0; i < set.alternatives().size() && best < 0; i++) {
                    String fragments = keptInOrder(before, set.alternatives().get(i), agreedAfter);
                    if (fragments != null) {
                        best = i;
                        keptText = fragments;
                    }
                }
            }
            if (best >= 0) {
                resolved.add(new Resolved(set, best, keptText));
            } else {
                dropped.add(set);
            }
        }
        List<BracketSet> opened = new ArrayList<>();
        for (BracketSet set : after.sets()) {
            if (beforeKeys.merge(key(after, set), -1, Integer::sum) < 0) {
                opened.add(set);
            }
        }
        List<Amended> amended = amended(before, dropped, after, opened);
        for (Amended a : amended) {
            dropped.remove(a.before());
            opened.remove(a.after());
        }
        return new Result(opened, resolved, dropped, kept, amended);
    }

    /**
     * Past this many (dropped, opened) pairs in one provision, no set is taken for another amended: a draft read from a
     * PDF against one from Markdown can drop and open a thousand sets in one article, and pairing them is quadratic.
     */
    static final int MAX_AMENDED_PAIRS = 10_000;

    /** Pairs of a dropped and an opened set, most alike first, each set in one pair at most. */
    private static List<Amended> amended(ParsedDraft before, List<BracketSet> dropped, ParsedDraft after, List<BracketSet> opened) {
        List<Amended> candidates = new ArrayList<>();
        if ((long) dropped.size() * opened.size() > MAX_AMENDED_PAIRS) {
            return candidates;
        }
        List<String> openedWords = opened.stream().map(now -> words(after, now)).toList();
        List<Map<String, Integer>> openedBags = openedWords.stream().map(BracketChanges::bag).toList();
        for (BracketSet old : dropped) {
            String a = words(before, old);
            Map<String, Integer> bagA = bag(a);
            for (int j = 0; j < opened.size(); j++) {
                // The words both have, counted, bound the diff's likeness from above: most pairs end here, unaligned.
                if (likenessBound(bagA, openedBags.get(j)) < AMENDED_SIMILARITY) {
                    continue;
                }
                double similarity = similarity(a, openedWords.get(j));
                if (similarity >= AMENDED_SIMILARITY) {
                    candidates.add(new Amended(old, opened.get(j), similarity));
                }
            }
        }
        candidates.sort((x, y) -> Double.compare(y.similarity(), x.similarity()));
        List<Amended> pairs = new ArrayList<>();
        for (Amended candidate : candidates) {
            if (pairs.stream().noneMatch(p -> p.before() == candidate.before() || p.after() == candidate.after())) {
                pairs.add(candidate);
            }
        }
        pairs.sort((x, y) -> Integer.compare(x.after().index(), y.after().index()));
        return pairs;
    }

    private static String words(ParsedDraft draft, BracketSet set) {
        StringBuilder out = new StringBuilder();
        for (Alternative alternative : set.alternatives()) {
            out.append(plain(draft.text(alternative))).append('\n');
        }
        return out.toString();
    }

    /** The text's words (as the word diff cuts them, letters and digits only) with how often each comes. */
    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        for (String token : WordDiff.tokens(text)) {
            if (Character.isLetterOrDigit(token.charAt(0))) {
                bag.merge(token, 1, Integer::sum);
            }
        }
        return bag;
    }

    /** 2m / (a + b) for m words in common: no alignment of the two texts can share more. */
    private static double likenessBound(Map<String, Integer> a, Map<String, Integer> b) {
        long sizeA = a.values().stream().mapToLong(Integer::longValue).sum();
        long sizeB = b.values().stream().mapToLong(Integer::longValue).sum();
        if (sizeA + sizeB == 0) {
            return 1;
        }
        Map<String, Integer> small = a.size() <= b.size() ? a : b;
        Map<String, Integer> large = small == a ? b : a;
        long common = 0;
        for (Map.Entry<String, Integer> e : small.entrySet()) {
            common += Math.min(e.getValue(), large.getOrDefault(e.getKey(), 0));
        }
        return 2.0 * common / (sizeA + sizeB);
    }

    /** The share of words the two texts have in common: 1 alike, 0 nothing shared. */
    static double similarity(String a, String b) {
        List<WordDiff.Edit> edits = WordDiffs.shared().diff(a, b).edits(); // kept: every read of a comparison asks again
        long total = 0;
        for (WordDiff.Edit edit : edits) {
            long n = WordDiff.tokens(edit.text()).stream().filter(t -> Character.isLetterOrDigit(t.charAt(0))).count();
            total += edit.op() == WordDiff.Op.EQUAL ? 2 * n : n;
        }
        return total == 0 ? 0 : 1 - (double) WordDiff.changedWords(edits) / total;
    }

    /** The alternative's own words (outside its nested sets) joined by " … ", when the agreed text has them all in order. */
    private static String keptInOrder(ParsedDraft draft, Alternative alternative, String agreed) {
        List<String> fragments = new ArrayList<>();
        for (DraftNode node : alternative.content()) {
            if (node instanceof DraftNode.Agreed) {
                String text = draft.source().substring(node.start(), node.end()).strip();
                if (!plain(text).replaceAll("[\\p{P}\\s]", "").isEmpty()) {
                    fragments.add(text);
                }
            }
        }
        int from = 0;
        for (String fragment : fragments) {
            int at = agreed.indexOf(plain(fragment), from);
            if (at < 0) {
                return null;
            }
            from = at + plain(fragment).length();
        }
        // A word or two ("and", "shall") is found anywhere: only enough words of its own tell the set was kept.
        return String.join(" ", fragments).length() < 12 ? null : String.join(" … ", fragments);
    }

    private static Map<Integer, Integer> dropAll(ParsedDraft draft) {
        Map<Integer, Integer> drop = new HashMap<>();
        for (BracketSet set : draft.sets()) {
            drop.put(set.index(), ParsedDraft.DROP);
        }
        return drop;
    }

    private static String key(ParsedDraft draft, BracketSet set) {
        StringBuilder key = new StringBuilder(set.kind().name());
        for (Alternative alternative : set.alternatives()) {
            key.append('\u0000').append(plain(draft.text(alternative)));
        }
        return key.toString();
    }

    /** Compared text: normalised, lower case, no space before punctuation (a dropped set leaves "principles , including"). */
    private static String plain(String text) {
        return QuoteMatcher.collapse(text, true).toLowerCase(Locale.ROOT);
    }

    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([,.;:])");
}
