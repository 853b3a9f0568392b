package org.treatytracker.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Matches the provisions of a new reading to those of the previous one, so that a provision keeps its
 * identity when it is renumbered or moved. In order: the same kind and number with a similar title or text;
 * then the most similar title and text among the rest of the same kind (a renumbered provision); then the same
 * kind and number alone. Similarity is the Dice coefficient of word bigrams, so it is cheap and ignores
 * brackets, punctuation and case. Plain Java: no framework types.
 */
public final class ProvisionMatcher {

    /** What is compared of a provision. */
    public record Candidate(String kind, String number, String title, String text) {
    }

    private static final double SAME_NUMBER_SIMILARITY = 0.3;
    private static final double RENUMBERED_SIMILARITY = 0.5;

    private ProvisionMatcher() {
    }

    /** For each new candidate, the index of its match among the previous ones, or -1 for a new provision. */
    public static int[] match(List<Candidate> previous, List<Candidate> next) {
        List<Set<String>> previousWords = previous.stream().map(c -> bigrams(c.text())).toList();
        List<Set<String>> nextWords = next.stream().map(c -> bigrams(c.text())).toList();
        int[] matches = new int[next.size()];
        java.util.Arrays.fill(matches, -1);
        boolean[] taken = new boolean[previous.size()];

        for (int n = 0; n < next.size(); n++) {
            for (int p = 0; p < previous.size(); p++) {
                if (!taken[p] && sameKind(previous.get(p), next.get(n)) && next.get(n).number() != null
                        && Objects.equals(previous.get(p).number(), next.get(n).number())
                        && similarity(previous.get(p), previousWords.get(p), next.get(n), nextWords.get(n)) >= SAME_NUMBER_SIMILARITY) {
                    matches[n] = p;
                    taken[p] = true;
                    break;
                }
            }
        }
        for (int n = 0; n < next.size(); n++) {
            if (matches[n] >= 0) {
                continue;
            }
            int best = -1;
            double bestScore = RENUMBERED_SIMILARITY;
            for (int p = 0; p < previous.size(); p++) {
                if (!taken[p] && sameKind(previous.get(p), next.get(n))) {
                    double score = similarity(previous.get(p), previousWords.get(p), next.get(n), nextWords.get(n));
                    if (score >= bestScore) {
                        best = p;
                        bestScore = score;
                    }
                }
            }
            if (best >= 0) {
                matches[n] = best;
                taken[best] = true;
            }
        }
        for (int n = 0; n < next.size(); n++) {
            for (int p = 0; matches[n] < 0 && p < previous.size(); p++) {
                if (!taken[p] && sameKind(previous.get(p), next.get(n))
                        && Objects.equals(previous.get(p).number(), next.get(n).number())) {
                    matches[n] = p;
                    taken[p] = true;
                }
            }
        }
        return matches;
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
