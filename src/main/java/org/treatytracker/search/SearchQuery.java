package org.treatytracker.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A search as asked: groups of which every one must match (a group is one word or phrase, or several joined by
 * {@code OR}), and words or phrases that must not. Read from the query syntax documented in docs/search.md:
 * {@code transfer "critical infrastructure" -military tech* data OR information}. Words go through the same
 * {@link SearchAnalyzer} as the index, so a word the analyzer splits ("e-commerce", "A/AC.291/22") is a phrase
 * of its parts. Stop words are dropped from the words (they would match everything) but kept inside phrases.
 * Plain Java: a bad query is an {@link IllegalArgumentException} that says what is wrong.
 */
public record SearchQuery(List<List<Item>> required, List<Item> excluded) {

    public static final int MAX_LENGTH = 500;
    public static final int MAX_ITEMS = 16;
    public static final int MAX_PHRASE_TERMS = 12;
    public static final int MIN_PREFIX = 3;

    /**
     * One word or phrase: its terms and each term's position relative to the first (a phrase matches where its
     * terms stand at exactly these distances), or a prefix ({@code tech*}: every term that starts with it).
     */
    public record Item(List<String> terms, List<Integer> offsets, boolean prefix) {

        public boolean phrase() {
            return terms.size() > 1;
        }

        /** The terms worth scoring: all but stop words. */
        List<String> contentTerms() {
            return prefix ? List.of() : terms.stream().filter(t -> !SearchAnalyzer.isStopWord(t)).toList();
        }
    }

    /** What one whitespace-separated piece of the query said, before analysis. */
    private record Piece(String text, boolean quoted, boolean negated, boolean or) {
    }

    /** Reads a query; throws IllegalArgumentException saying why it cannot be searched. */
    public static SearchQuery parse(String q) {
        if (q == null || q.isBlank()) {
            throw new IllegalArgumentException("the query is empty");
        }
        if (q.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the query is longer than " + MAX_LENGTH + " characters");
        }
        List<Piece> pieces = pieces(q);
        if (pieces.size() > MAX_ITEMS * 2) {
            throw new IllegalArgumentException("the query has more than " + MAX_ITEMS + " words and phrases");
        }
        List<List<Item>> required = new ArrayList<>();
        List<Item> excluded = new ArrayList<>();
        List<Item> group = null;
        boolean anyRequiredWritten = false;
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (piece.or()) {
                boolean before = i > 0 && !pieces.get(i - 1).or() && !pieces.get(i - 1).negated();
                boolean after = i + 1 < pieces.size() && !pieces.get(i + 1).or() && !pieces.get(i + 1).negated();
                if (!before || !after) {
                    throw new IllegalArgumentException("OR needs a word or phrase on each side (not an exclusion)");
                }
                continue;
            }
            Item item = item(piece);
            if (piece.negated()) {
                if (item != null) {
                    excluded.add(item);
                }
                continue;
            }
            anyRequiredWritten = true;
            boolean joined = i > 0 && pieces.get(i - 1).or();
            if (!joined) {
                group = new ArrayList<>();
                required.add(group);
            }
            if (item != null) {
                group.add(item);
            }
        }
        // A group whose every word was a stop word asks for nothing.
        required.removeIf(List::isEmpty);
        if (required.isEmpty()) {
            throw new IllegalArgumentException(anyRequiredWritten
                    ? "the query has only stop words (such as 'the', 'of'); give a word that says more, or a phrase"
                    : "the query only excludes; give at least one word or phrase to find");
        }
        if (required.stream().mapToInt(List::size).sum() + excluded.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("the query has more than " + MAX_ITEMS + " words and phrases");
        }
        return new SearchQuery(required.stream().map(List::copyOf).toList(), List.copyOf(excluded));
    }

    /** The distinct terms to score with: the content terms of every required word and phrase. */
    public Set<String> scoringTerms() {
        Set<String> terms = new LinkedHashSet<>();
        required.forEach(group -> group.forEach(item -> terms.addAll(item.contentTerms())));
        return terms;
    }

    /** The distinct prefixes to score with. */
    public Set<String> scoringPrefixes() {
        Set<String> prefixes = new LinkedHashSet<>();
        required.forEach(group -> group.stream().filter(Item::prefix).forEach(item -> prefixes.add(item.terms().get(0))));
        return prefixes;
    }

    /** Every required item, for highlighting. */
    public List<Item> wanted() {
        return required.stream().flatMap(List::stream).toList();
    }

    private static List<Piece> pieces(String q) {
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        int n = q.length();
        while (i < n) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(q.charAt(i + 1))) {
                negated = true;
                i++;
                c = q.charAt(i);
            }
            if (c == '"' || c == '“' || c == '”') {
                int end = i + 1;
                while (end < n && q.charAt(end) != '"' && q.charAt(end) != '“' && q.charAt(end) != '”') {
                    end++;
                }
                // An unclosed quote runs to the end of the query.
                pieces.add(new Piece(q.substring(i + 1, end), true, negated, false));
                i = Math.min(n, end + 1);
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(q.charAt(end)) && q.charAt(end) != '"') {
                end++;
            }
            String word = q.substring(i, end);
            pieces.add(new Piece(word, false, negated, !negated && word.equals("OR")));
            i = end;
        }
        return pieces;
    }

    /** The item a piece stands for, or null when nothing of it is worth searching (stop words, punctuation). */
    private static Item item(Piece piece) {
        String text = piece.text();
        boolean prefix = !piece.quoted() && text.endsWith("*");
        if (prefix) {
            text = text.replaceAll("\\*+$", "");
        }
        List<SearchAnalyzer.Token> tokens = SearchAnalyzer.tokens(text);
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() > MAX_PHRASE_TERMS) {
            throw new IllegalArgumentException("a phrase has more than " + MAX_PHRASE_TERMS + " words");
        }
        if (prefix) {
            if (tokens.size() > 1) {
                throw new IllegalArgumentException("'" + piece.text() + "': a prefix is one word followed by *");
            }
            if (tokens.get(0).term().length() < MIN_PREFIX) {
                throw new IllegalArgumentException("'" + piece.text() + "': a prefix needs at least " + MIN_PREFIX + " letters");
            }
            return new Item(List.of(tokens.get(0).term()), List.of(0), true);
        }
        List<String> terms = tokens.stream().map(SearchAnalyzer.Token::term).toList();
        if (terms.stream().allMatch(SearchAnalyzer::isStopWord)) {
            return null;
        }
        int first = tokens.get(0).position();
        return new Item(terms, tokens.stream().map(t -> t.position() - first).toList(), false);
    }
}
