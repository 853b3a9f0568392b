package org.treatytracker.site;

import org.treatytracker.text.Html;
import java.util.List;
import java.util.Map;
import org.treatytracker.text.Alternative;
import org.treatytracker.text.BracketSet;
import org.treatytracker.text.DraftNode;
import org.treatytracker.text.ParsedDraft;

/**
 * A provision's text as HTML with its bracket sets marked, for the provision page. Every character of the text
 * appears once and in order (the brackets themselves stay visible, so the marking never depends on colour alone);
 * each set is a {@code span.set} (an option group a {@code span.options}, shown as a block per option), each
 * alternative a {@code span.alt} whose class says its place in the set (so neighbouring alternatives differ in
 * border style as well as tint), nested sets sit inside their alternative, and each set ends with a small link
 * to its entry in the page's list of sets; an alternative that positions back or oppose is followed by a badge
 * with their number, linking to the names in that list. Plain Java: the page only prints the result.
 */
final class BracketMarkup {

    private BracketMarkup() {
    }

    static String render(ParsedDraft draft) {
        return render(draft, Map.of());
    }

    /** With badges: {@code badges} words the positions on each alternative ("2 for, 1 against"), keyed by {@link #alternativeId}. */
    static String render(ParsedDraft draft, Map<String, String> badges) {
        StringBuilder out = new StringBuilder(draft.source().length() * 2);
        nodes(draft, draft.nodes(), badges, out);
        return out.toString();
    }

    /** The id of an alternative's entry in the page's list of sets, where its backers are named. */
    static String alternativeId(int setIndex, int alternativeIndex) {
        return detailId(setIndex) + "-alt-" + (alternativeIndex + 1);
    }

    /** The id of a set's entry in the page's list of sets; the marked text links to it. */
    static String detailId(int index) {
        return "set-" + (index + 1);
    }

    private static void nodes(ParsedDraft draft, List<DraftNode> nodes, Map<String, String> badges, StringBuilder out) {
        for (DraftNode node : nodes) {
            if (node instanceof DraftNode.Bracketed bracketed) {
                set(draft, bracketed.set(), badges, out);
            } else {
                out.append(Html.escape(draft.source().substring(node.start(), node.end())));
            }
        }
    }

    private static void set(ParsedDraft draft, BracketSet set, Map<String, String> badges, StringBuilder out) {
        String source = draft.source();
        boolean options = set.kind() == BracketSet.Kind.OPTIONS;
        int number = set.index() + 1;
        String label = (options ? "Option group, bracket set " : "Bracket set ") + number + ", " + set.alternatives().size()
                + (set.alternatives().size() == 1 ? " alternative" : " alternatives") + ", depth " + set.depth();
        out.append("<span class=\"").append(options ? "options" : "set").append(" depth-").append(Math.min(set.depth(), 4))
                .append("\" data-set=\"").append(number).append("\" title=\"").append(Html.escape(label)).append("\">");
        if (options) {
            setNumber(set, true, out);
        }
        for (int k = 0; k < set.alternatives().size(); k++) {
            Alternative alternative = set.alternatives().get(k);
            if (k > 0) {
                out.append(Html.escape(set.separators().get(k - 1)));
            }
            out.append("<span class=\"").append(options ? "option" : "alt").append(" alt-").append(k % 3 + 1)
                    .append("\" data-alternative=\"").append(k + 1).append("\">");
            String opening = source.substring(alternative.start(), alternative.contentStart());
            // An option's header is written in Markdown ("**Option 1:**"): a reader sees the label, not the asterisks.
            out.append("<span class=\"glyph\">").append(Html.escape(options ? opening.replaceAll("[*_]{1,3}", "") : opening))
                    .append("</span>");
            nodes(draft, alternative.content(), badges, out);
            if (alternative.contentEnd() < alternative.end()) {
                out.append("<span class=\"glyph\">").append(Html.escape(source.substring(alternative.contentEnd(), alternative.end())))
                        .append("</span>");
            }
            out.append("</span>");
            badge(set.index(), k, badges.get(alternativeId(set.index(), k)), out);
        }
        if (!options) {
            setNumber(set, false, out);
        }
        out.append("</span>");
    }

    /** Who is for and against an alternative, in numbers, linking to their names; the words are there for screen readers. */
    private static void badge(int setIndex, int alternativeIndex, String words, StringBuilder out) {
        if (words == null) {
            return;
        }
        out.append("<a class=\"backers-badge\" href=\"#").append(alternativeId(setIndex, alternativeIndex)).append("\">")
                .append(Html.escape(words))
                .append("<span class=\"visually-hidden\"> on alternative ").append(alternativeIndex + 1).append(" of bracket set ")
                .append(setIndex + 1).append("</span></a>");
    }

    /** A link to the set's entry in the list of sets: after a bracket set, before an option group (which ends a line). */
    private static void setNumber(BracketSet set, boolean options, StringBuilder out) {
        out.append("<a class=\"set-no\" href=\"#").append(detailId(set.index())).append("\"><span class=\"visually-hidden\">")
                .append(options ? "option group " : "bracket set ").append("</span>").append(set.index() + 1).append("</a>");
    }
}
