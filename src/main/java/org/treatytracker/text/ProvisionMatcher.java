package org.treatytracker.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * Matches the provisions of a new reading to those of the previous one, so that a provision keeps its
 * identity when it is renumbered or moved: one assignment over all candidates of a kind by text similarity,
 * number and position together ({@link #match}); then the same kind and number alone. An article's paragraphs and
 * subparagraphs are matched the same way among the parts of the article it was matched to. Similarity is the
 * Dice coefficient of word bigrams, so it is cheap and ignores
 * brackets, punctuation and case. Plain Java: no framework types.
 */
public final class ProvisionMatcher {

    /**
     * What is compared of a provision; {@code parent} is the index of the provision it sits in (or -1), and
     * {@code part} says it is a paragraph or subparagraph of that provision's text, matched only among the parts
     * of the provision its parent was matched to.
     */
    public record Candidate(String kind, String number, String title, String text, int parent, boolean part) {

        public Candidate(String kind, String number, String title, String text) {
            this(kind, number, title, text, -1, false);
        }
    }

    /**
     * Least similarity for a pair to be scored at all, renumbered or not: the number and the position weigh in
     * the score instead (a threshold of 0.5 for renumbered pairs, as before, left swapped preambular paragraphs
     * of 23 Oct → 4 Dec 2015, at 0.37 and 0.38, to be matched by number).
     */
    private static final double SIMILAR = 0.3;
    /**
     * The most pairs one assignment scores: the assignment takes n² memory and n³ time, so past about 500 candidates
     * a side (no draft has that many provisions of a kind at one level; paragraphs are matched within their article)
     * a hostile draft of 100,000 headings would exhaust the heap. Past it, provisions are matched by number alone.
     */
    static final long MAX_PAIRS = 250_000;

    private ProvisionMatcher() {
    }

    /** Weight of an equal number in a pair's score: it tips a choice between similar texts, never makes one. */
    private static final double NUMBER_WEIGHT = 0.15;
    /** Weight of standing at the same relative place among the provisions of its kind. */
    private static final double POSITION_WEIGHT = 0.1;

    /**
     * For each new candidate, the index of its match among the previous ones, or -1 for a new provision.
     *
     * <p>One assignment over all candidates of a kind: every pair whose text is similar enough (0.3 with the
     * same number, 0.5 without) is scored by similarity, an equal number and a close position together, and the
     * pairs that maximise the total score are chosen (the Hungarian method), so two paragraphs swapped between
     * readings keep their own texts instead of being matched by number. What is left is then matched by kind
     * and number alone, as a renumbering-free draft expects.
     */
    public static int[] match(List<Candidate> previous, List<Candidate> next) {
        List<Set<String>> previousWords = previous.stream().map(c -> bigrams(c.text())).toList();
        List<Set<String>> nextWords = next.stream().map(c -> bigrams(c.text())).toList();
        int[] matches = new int[next.size()];
        Arrays.fill(matches, -1);
        boolean[] taken = new boolean[previous.size()];

        Set<String> kinds = new LinkedHashSet<>();
        next.stream().filter(c -> !c.part()).forEach(c -> kinds.add(c.kind()));
        for (String kind : kinds) {
            List<Integer> ps = new ArrayList<>();
            List<Integer> ns = new ArrayList<>();
            for (int p = 0; p < previous.size(); p++) {
                if (previous.get(p).kind().equals(kind) && !previous.get(p).part()) {
                    ps.add(p);
                }
            }
            for (int n = 0; n < next.size(); n++) {
                if (next.get(n).kind().equals(kind) && !next.get(n).part()) {
                    ns.add(n);
                }
            }
            assign(previous, previousWords, ps, next, nextWords, ns, matches, taken);
        }
        for (int n = 0; n < next.size(); n++) {
            for (int p = 0; matches[n] < 0 && !next.get(n).part() && p < previous.size(); p++) {
                if (!taken[p] && !previous.get(p).part() && sameKind(previous.get(p), next.get(n))
                        && Objects.equals(previous.get(p).number(), next.get(n).number())) {
                    matches[n] = p;
                    taken[p] = true;
                }
            }
        }
        matchParts(previous, previousWords, next, nextWords, matches, taken);
        return matches;
    }

    /**
     * Paragraphs and subparagraphs, in the order they come (a paragraph before its subparagraphs): the parts of
     * a provision are matched among the parts of the provision it was matched to, by the same assignment, then
     * by number; the parts of a new provision are new. A paragraph moved to another article is therefore a new
     * paragraph there: the article it left shows it removed.
     */
    private static void matchParts(List<Candidate> previous, List<Set<String>> previousWords, List<Candidate> next,
                                   List<Set<String>> nextWords, int[] matches, boolean[] taken) {
        Map<String, List<Integer>> previousParts = new HashMap<>();
        for (int p = 0; p < previous.size(); p++) {
            if (previous.get(p).part()) {
                previousParts.computeIfAbsent(previous.get(p).parent() + "/" + previous.get(p).kind(), k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, List<Integer>> nextParts = new LinkedHashMap<>();
        for (int n = 0; n < next.size(); n++) {
            if (next.get(n).part()) {
                nextParts.computeIfAbsent(next.get(n).parent() + "/" + next.get(n).kind(), k -> new ArrayList<>()).add(n);
            }
        }
        // Keys are "parent index/kind"; groups come in the order of their first part, so a paragraph's group is
        // matched before the groups of its subparagraphs, whose parent's match they need.
        for (List<Integer> ns : nextParts.values()) {
            Candidate first = next.get(ns.get(0));
            int parentMatch = first.parent() < 0 ? -1 : matches[first.parent()];
            List<Integer> ps = parentMatch < 0 ? List.of() : previousParts.getOrDefault(parentMatch + "/" + first.kind(), List.of());
            if (ps.isEmpty()) {
                continue;
            }
            assign(previous, previousWords, ps, next, nextWords, ns, matches, taken);
            for (int n : ns) {
                for (int p = 0; matches[n] < 0 && p < ps.size(); p++) {
                    if (!taken[ps.get(p)] && Objects.equals(previous.get(ps.get(p)).number(), next.get(n).number())) {
                        matches[n] = ps.get(p);
                        taken[ps.get(p)] = true;
                    }
                }
            }
        }
    }

    /** One assignment of the new candidates {@code ns} to the previous ones {@code ps}, by score. */
    private static void assign(List<Candidate> previous, List<Set<String>> previousWords, List<Integer> ps,
                               List<Candidate> next, List<Set<String>> nextWords, List<Integer> ns, int[] matches,
                               boolean[] taken) {
        if (ps.isEmpty() || ns.isEmpty()) {
            return;
        }
        if ((long) ns.size() * ps.size() > MAX_PAIRS) {
            assignByNumber(previous, previousWords, ps, next, nextWords, ns, matches, taken);
            return;
        }
        double[][] score = new double[ns.size()][ps.size()];
        for (int i = 0; i < ns.size(); i++) {
            for (int j = 0; j < ps.size(); j++) {
                Candidate a = previous.get(ps.get(j));
                Candidate b = next.get(ns.get(i));
                double similarity = similarity(a, previousWords.get(ps.get(j)), b, nextWords.get(ns.get(i)));
                boolean sameNumber = b.number() != null && Objects.equals(a.number(), b.number());
                if (similarity < SIMILAR) {
                    score[i][j] = Double.NEGATIVE_INFINITY;
                    continue;
                }
                double place = Math.abs(relative(j, ps.size()) - relative(i, ns.size()));
                score[i][j] = similarity + (sameNumber ? NUMBER_WEIGHT : 0) + POSITION_WEIGHT * (1 - place);
            }
        }
        int[] assigned = Assignment.maximise(score);
        for (int i = 0; i < ns.size(); i++) {
            if (assigned[i] >= 0) {
                matches[ns.get(i)] = ps.get(assigned[i]);
                taken[ps.get(assigned[i])] = true;
            }
        }
    }

    /**
     * The linear fallback of {@link #assign} for very many candidates: each new one takes the first previous one of
     * the same number not yet taken, if their texts are similar enough; a renumbered provision is then not followed.
     */
    private static void assignByNumber(List<Candidate> previous, List<Set<String>> previousWords, List<Integer> ps,
                                       List<Candidate> next, List<Set<String>> nextWords, List<Integer> ns, int[] matches,
                                       boolean[] taken) {
        Map<String, ArrayDeque<Integer>> byNumber = new HashMap<>();
        for (int j : ps) {
            if (previous.get(j).number() != null && !taken[j]) {
                byNumber.computeIfAbsent(previous.get(j).number(), n -> new ArrayDeque<>()).add(j);
            }
        }
        for (int i : ns) {
            Candidate b = next.get(i);
            ArrayDeque<Integer> same = b.number() == null ? null : byNumber.get(b.number());
            if (same == null || same.isEmpty()) {
                continue;
            }
            int j = same.peekFirst();
            if (similarity(previous.get(j), previousWords.get(j), b, nextWords.get(i)) >= SIMILAR) {
                same.pollFirst();
                matches[i] = j;
                taken[j] = true;
            }
        }
    }

    private static double relative(int index, int size) {
        return size <= 1 ? 0 : (double) index / (size - 1);
    }

    /** Title and text similarity in [0, 1]: equal non-empty titles count most. */
    static double similarity(Candidate a, Set<String> aWords, Candidate b, Set<String> bWords) {
        double text = dice(aWords, bWords);
        if (a.title() != null && b.title() != null && !a.title().isBlank()) {
            double title = dice(bigrams(a.title()), bigrams(b.title()));
            return Math.max(title >= 0.99 ? 0.6 + 0.4 * text : 0, 0.4 * title + 0.6 * text);
        }
        return text;
    }

    public static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> smaller = a.size() < b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        int common = 0;
        for (String s : smaller) {
            if (larger.contains(s)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    /** Word bigrams (single words for one-word texts), lower-cased, without punctuation or brackets. */
    public static Set<String> bigrams(String text) {
        if (text == null) {
            return Set.of();
        }
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> kept = new ArrayList<>(words.length);
        for (String w : words) {
            if (!w.isEmpty()) {
                kept.add(w);
            }
        }
        Set<String> grams = new HashSet<>();
        if (kept.size() == 1) {
            grams.add(kept.get(0));
        }
        for (int i = 0; i + 1 < kept.size(); i++) {
            grams.add(kept.get(i) + ' ' + kept.get(i + 1));
        }
        return grams;
    }

    private static boolean sameKind(Candidate a, Candidate b) {
        return a.kind().equals(b.kind());
    }
}
