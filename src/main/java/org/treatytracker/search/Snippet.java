package org.treatytracker.search;

import org.treatytracker.text.Html;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The part of a found text that shows why it was found: a window of about {@link #WIDTH} characters around the
 * densest run of matches, the matches' places in it, and the same as HTML with every match in {@code <mark>} and
 * everything else escaped. Matches are found with the {@link SearchAnalyzer}'s own offsets, so what is marked is
 * exactly what the index matched (a stem, a prefix, a phrase from its first word to its last). Plain Java.
 *
 * @param text    the window of the text, with "…" where it was cut
 * @param html    the window as HTML: the text escaped, each match in {@code <mark>…</mark>}
 * @param matches each match's start (inclusive) and end (exclusive) in {@code text}
 */
public record Snippet(String text, String html, List<Match> matches) {

    public static final int WIDTH = 240;
    private static final int LEAD = 60;
    private static final String CUT = "…";
    /** Texts are analysed up to here for highlighting; a match further on shows the text's start. */
    private static final int ANALYSED = 200_000;

    /** Where one match stands in the snippet's text. */
    public record Match(int start, int end) {
    }

    /** The snippet of {@code text} for what {@code query} wanted. */
    public static Snippet of(String text, SearchQuery query) {
        String body = text == null ? "" : text;
        List<Match> marks = marks(SearchAnalyzer.tokens(body.length() > ANALYSED ? body.substring(0, ANALYSED) : body), query);
        int from = windowStart(body, marks);
        int to = Math.min(body.length(), from + WIDTH);
        if (to < body.length()) {
            int space = body.lastIndexOf(' ', to);
            to = space > from + WIDTH / 2 ? space : to;
        }
        String prefix = from > 0 ? CUT : "";
        String suffix = to < body.length() ? CUT : "";
        StringBuilder plain = new StringBuilder(prefix).append(body, from, to).append(suffix);
        StringBuilder html = new StringBuilder(Html.escape(prefix));
        List<Match> shown = new ArrayList<>();
        int at = from;
        for (Match mark : marks) {
            if (mark.start() < from || mark.end() > to) {
                continue;
            }
            html.append(Html.escape(body.substring(at, mark.start()))).append("<mark>")
                    .append(Html.escape(body.substring(mark.start(), mark.end()))).append("</mark>");
            shown.add(new Match(mark.start() - from + prefix.length(), mark.end() - from + prefix.length()));
            at = mark.end();
        }
        html.append(Html.escape(body.substring(at, to))).append(Html.escape(suffix));
        return new Snippet(plain.toString(), html.toString(), List.copyOf(shown));
    }

    /** The characters of every match in the text, in order, overlapping ones merged. */
    static List<Match> marks(List<SearchAnalyzer.Token> tokens, SearchQuery query) {
        List<Match> found = new ArrayList<>();
        for (SearchQuery.Item item : query.wanted()) {
            if (item.prefix()) {
                String prefix = item.terms().get(0);
                tokens.stream().filter(t -> t.term().startsWith(prefix)).forEach(t -> found.add(new Match(t.start(), t.end())));
            } else if (!item.phrase()) {
                String term = item.terms().get(0);
                tokens.stream().filter(t -> t.term().equals(term)).forEach(t -> found.add(new Match(t.start(), t.end())));
            } else {
                phrases(tokens, item, found);
            }
        }
        found.sort(Comparator.comparingInt(Match::start).thenComparingInt(Match::end));
        List<Match> merged = new ArrayList<>();
        for (Match m : found) {
            Match last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && m.start() < last.end()) {
                merged.set(merged.size() - 1, new Match(last.start(), Math.max(last.end(), m.end())));
            } else {
                merged.add(m);
            }
        }
        return merged;
    }

    /** Where a phrase's terms stand at its distances: tokens' positions are consecutive, so index by position. */
    private static void phrases(List<SearchAnalyzer.Token> tokens, SearchQuery.Item phrase, List<Match> found) {
        List<String> terms = phrase.terms();
        List<Integer> offsets = phrase.offsets();
        int span = offsets.get(offsets.size() - 1);
        for (int i = 0; i + span < tokens.size(); i++) {
            boolean all = true;
            for (int k = 0; k < terms.size() && all; k++) {
                SearchAnalyzer.Token t = tokens.get(i + offsets.get(k));
                all = t.term().equals(terms.get(k)) && t.position() == tokens.get(i).position() + offsets.get(k);
            }
            if (all) {
                found.add(new Match(tokens.get(i).start(), tokens.get(i + span).end()));
            }
        }
    }

    /** The start of the window that shows the most matches, a little before its first one, at a word's start. */
    private static int windowStart(String body, List<Match> marks) {
        if (marks.isEmpty() || body.length() <= WIDTH) {
            return 0;
        }
        int best = 0;
        int bestCount = 0;
        for (int i = 0; i < marks.size(); i++) {
            int count = 0;
            for (int j = i; j < marks.size() && marks.get(j).end() <= marks.get(i).start() + WIDTH - LEAD; j++) {
                count++;
            }
            if (count > bestCount) {
                bestCount = count;
                best = i;
            }
        }
        int start = Math.max(0, marks.get(best).start() - LEAD);
        if (start > 0) {
            int space = body.indexOf(' ', start);
            start = space >= 0 && space < marks.get(best).start() ? space + 1 : start;
        }
        // Near the end, show a full window rather than a short tail.
        int latest = body.length() - WIDTH;
        if (start > latest) {
            int space = body.indexOf(' ', latest);
            start = space >= 0 && space < marks.get(best).start() ? space + 1 : latest;
        }
        return start;
    }
}
