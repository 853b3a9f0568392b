package org.treatytracker.report.reading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treatytracker.text.Alternative;
import org.treatytracker.text.BracketSet;
import org.treatytracker.text.ParsedDraft;

/**
 * Finds which alternative of which bracket set of a provision a report's sentence is about, the way reports
 * point at one: by its number ("preferred option 2", "the second alternative"), by quoting its words
 * ("proposed deleting 'models'", "bracketed 'protection measures for infrastructure'"), or by paraphrasing it
 * ("favored an alternative stating that finance shall be new and additional"). Nothing is guessed: when two
 * alternatives fit equally well, the sentence is linked to none. Plain Java: no framework types.
 */
public final class AlternativeLinker {

    /** The set (its index within the provision version) and the alternative (from 0) a sentence is about. */
    public record Link(int setIndex, int alternativeIndex) {
    }

    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4, "fifth", 5);
    private static final Pattern NUMBERED = Pattern.compile(
            "\\b(?:options?|alternatives?|alt\\.)\\s+(\\d{1,2})\\b(?!\\s*(?:[–—-]|,|and\\b|or\\b|to\\b)\\s*\\d)|\\bthe\\s+(first|second|third|fourth|fifth)\\s+(?:option|alternative)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words in quotation marks of any kind; an apostrophe inside a word ("Parties' ") does not open a quotation. */
    private static final String OPENING = "'‘\"“";
    private static final String CLOSING = "'’\"”";
    /** A paraphrase of an alternative's content follows these words. */
    private static final Pattern PARAPHRASE = Pattern.compile(
            "\\b(?:stating|providing|specifying|saying|reading|requiring|according to which)\\b(?:\\s+that)?\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "by",
            "with", "as", "at", "be", "is", "are", "shall", "should", "may", "that", "this", "its", "their", "from", "which", "it");

    private AlternativeLinker() {
    }

    /** The alternative the sentence points at, among the sets of one provision version, if exactly one fits. */
    public static Optional<Link> link(String sentence, ParsedDraft draft) {
        if (draft.sets().isEmpty()) {
            return Optional.empty();
        }
        Optional<Link> quoted = byQuotation(sentence, draft);
        if (quoted.isPresent()) {
            return quoted;
        }
        Optional<Link> numbered = byNumber(sentence, draft);
        if (numbered.isPresent()) {
            return numbered;
        }
        return byParaphrase(sentence, draft);
    }

    /**
     * The alternative a proposal names by quoting it or by its number, if exactly one fits. A proposal that describes
     * its text ("proposed text specifying that …") puts new text forward: it is not read as a paraphrase of one there.
     */
    public static Optional<Link> linkNamed(String sentence, ParsedDraft draft) {
        if (draft.sets().isEmpty()) {
            return Optional.empty();
        }
        Optional<Link> quoted = byQuotation(sentence, draft);
        return quoted.isPresent() ? quoted : byNumber(sentence, draft);
    }

    /** "option 2" (not "options 1–7", which names several): the one set of options (or of plain alternatives) with that many alternatives. */
    private static Optional<Link> byNumber(String sentence, ParsedDraft draft) {
        Matcher m = NUMBERED.matcher(sentence);
        if (!m.find()) {
            return Optional.empty();
        }
        int number = m.group(1) != null ? Integer.parseInt(m.group(1)) : ORDINALS.get(m.group(2).toLowerCase(Locale.ROOT));
        List<BracketSet> fitting = draft.sets().stream().filter(s -> s.alternatives().size() >= number && s.alternatives().size() > 1)
                .toList();
        List<BracketSet> options = fitting.stream().filter(s -> s.kind() == BracketSet.Kind.OPTIONS).toList();
        List<BracketSet> candidates = options.isEmpty() ? fitting : options;
        return candidates.size() == 1 ? Optional.of(new Link(candidates.get(0).index(), number - 1)) : Optional.empty();
    }

    /** Quoted words found in exactly one alternative, the innermost one that holds them. */
    private static Optional<Link> byQuotation(String sentence, ParsedDraft draft) {
        for (String words : quotations(sentence)) {
            String quoted = plain(words);
            if (quoted.isEmpty()) {
                continue;
            }
            Link best = null;
            int bestDepth = -1;
            boolean tie = false;
            for (BracketSet set : draft.sets()) {
                for (int a = 0; a < set.alternatives().size(); a++) {
                    String alternative = plain(draft.text(set.alternatives().get(a)));
                    if (!containsWords(alternative, quoted)) {
                        continue;
                    }
                    if (set.depth() > bestDepth) {
                        best = new Link(set.index(), a);
                        bestDepth = set.depth();
                        tie = false;
                    } else if (set.depth() == bestDepth) {
                        tie = true;
                    }
                }
            }
            if (best != null && !tie) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    /**
     * The words that {@code (?<![\\p{L}\\d])['‘"“]([^'’"”]{3,400})['’"”](?![\\p{L}\\d])} finds, in order, found without trying up to 400 characters after every opening mark:
     * the words hold no closing mark, so the only closing mark that can end them is the first one after the opening,
     * and that is looked for from where the last look stopped.
     */
    static List<String> quotations(String sentence) {
        List<String> found = new ArrayList<>();
        int close = -1;
        int i = 0;
        while (i < sentence.length()) {
            if (OPENING.indexOf(sentence.charAt(i)) >= 0 && (i == 0 || !letterOrDigitBefore(sentence, i))) {
                if (close <= i) {
                    close = i + 1;
                    while (close < sentence.length() && CLOSING.indexOf(sentence.charAt(close)) < 0) {
                        close++;
                    }
                }
                int length = close - i - 1;
                if (close < sentence.length() && length >= 3 && length <= 400
                        && (close + 1 == sentence.length() || !letterOrDigitAt(sentence, close + 1))) {
                    found.add(sentence.substring(i + 1, close));
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
        return found;
    }

    /** As {@code [\\p{L}\\d]} reads the code point that ends just before {@code i}. */
    private static boolean letterOrDigitBefore(String s, int i) {
        int cp = s.codePointBefore(i);
        return Character.isLetter(cp) || cp >= '0' && cp <= '9';
    }

    private static boolean letterOrDigitAt(String s, int i) {
        int cp = s.codePointAt(i);
        return Character.isLetter(cp) || cp >= '0' && cp <= '9';
    }

    /**
     * The words after "stating that …": the alternative whose content words they cover best, when they cover
     * at least two thirds of them (three words at least) and no other alternative comes as close.
     */
    private static Optional<Link> byParaphrase(String sentence, ParsedDraft draft) {
        Matcher m = PARAPHRASE.matcher(sentence);
        if (!m.find()) {
            return Optional.empty();
        }
        Set<String> said = contentWords(m.group(1));
        Link best = null;
        double bestScore = 0;
        double second = 0;
        for (BracketSet set : draft.sets()) {
            for (int a = 0; a < set.alternatives().size(); a++) {
                Alternative alternative = set.alternatives().get(a);
                Set<String> words = contentWords(draft.resolvedText(alternative));
                if (words.size() < 3) {
                    continue;
                }
                long covered = words.stream().filter(said::contains).count();
                double score = (double) covered / words.size();
                if (covered < 3) {
                    continue;
                }
                if (score > bestScore) {
                    second = bestScore;
                    bestScore = score;
                    best = new Link(set.index(), a);
                } else if (score > second) {
                    second = score;
                }
            }
        }
        return best != null && bestScore >= 2.0 / 3 && bestScore - second >= 0.2 ? Optional.of(best) : Optional.empty();
    }

    /** Whether the quoted words stand in the text as whole words, in order. */
    private static boolean containsWords(String text, String quoted) {
        return Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(quoted) + "(?![\\p{L}\\d])").matcher(text).find();
    }

    /** Lower case, brackets and punctuation out, white space single. */
    private static String plain(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return String.join(" ", words);
    }

    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        for (String word : plain(text).split(" ")) {
            if (!word.isEmpty() && !FUNCTION_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
