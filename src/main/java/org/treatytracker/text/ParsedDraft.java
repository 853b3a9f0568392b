package org.treatytracker.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A draft text as agreed text and bracket sets, with the warnings tolerant parsing gave. Renders the text as
 * it is, with every set resolved to its first alternative, or with a chosen alternative per set.
 */
public record ParsedDraft(String source, List<DraftNode> nodes, List<BracketSet> sets, List<BracketWarning> warnings,
                          List<DraftNode.Tag> tags) {

    /** Alternative choice meaning: leave the set out of the text. */
    public static final int DROP = -1;

    public ParsedDraft {
        nodes = List.copyOf(nodes);
        sets = List.copyOf(sets);
        warnings = List.copyOf(warnings);
        tags = List.copyOf(tags);
    }

    public ParsedDraft(String source, List<DraftNode> nodes, List<BracketSet> sets, List<BracketWarning> warnings) {
        this(source, nodes, sets, warnings, List.of());
    }

    /**
     * The status the text's tags give (the last status tag, as a draft closes a paragraph with it), or
     * {@link StatusVocabulary#OPEN} when it has none.
     */
    public String status() {
        String status = StatusVocabulary.OPEN;
        for (DraftNode.Tag tag : tags) {
            if (tag.kind() == StatusVocabulary.Kind.STATUS) {
                status = tag.status();
            }
        }
        return status;
    }

    /** The editorial notes in the text ("Placeholder for annexes"), without their delimiters. */
    public List<String> notes() {
        return tags.stream().filter(t -> t.kind() == StatusVocabulary.Kind.NOTE).map(DraftNode.Tag::text).toList();
    }

    public int alternativeCount() {
        int n = 0;
        for (BracketSet set : sets) {
            n += set.alternatives().size();
        }
        return n;
    }

    public int optionGroupCount() {
        return (int) sets.stream().filter(s -> s.kind() == BracketSet.Kind.OPTIONS).count();
    }

    public int optionCount() {
        int n = 0;
        for (BracketSet set : sets) { // a loop, not a stream: every comparison and total asks each draft for it
            if (set.kind() == BracketSet.Kind.OPTIONS) {
                n += set.alternatives().size();
            }
        }
        return n;
    }

    public int maxDepth() {
        return sets.stream().mapToInt(BracketSet::depth).max().orElse(0);
    }

    /** The text exactly as given. */
    public String render() {
        StringBuilder out = new StringBuilder(source.length());
        for (DraftNode node : nodes) {
            out.append(source, node.start(), node.end());
        }
        return out.toString();
    }

    /** The text with the brackets removed, keeping the first alternative of every set. */
    public String renderFirstAlternatives() {
        return renderChoosing(Map.of());
    }

    /**
     * The text with, for each set index in {@code choices}, that alternative (0-based) or {@link #DROP}; sets
     * not named keep their first alternative. Delimiters ({@code [ ]}, option headers) are left out.
     */
    public String renderChoosing(Map<Integer, Integer> choices) {
        StringBuilder out = new StringBuilder(source.length());
        appendResolved(nodes, choices, out);
        return out.toString();
    }

    /** The content of one alternative, its nested sets resolved to their first alternatives. */
    public String resolvedText(Alternative alternative) {
        StringBuilder out = new StringBuilder();
        appendResolved(alternative.content(), Map.of(), out);
        return out.toString().strip();
    }

    /** The content of one alternative with every set nested in it dropped: what it reads if they all go. */
    public String resolvedTextWithoutNested(Alternative alternative) {
        StringBuilder out = new StringBuilder();
        Map<Integer, Integer> drop = new HashMap<>();
        sets.forEach(set -> drop.put(set.index(), DROP));
        appendResolved(alternative.content(), drop, out);
        return out.toString().strip();
    }

    /** The content of one alternative as written, nested brackets included. */
    public String text(Alternative alternative) {
        return source.substring(alternative.contentStart(), alternative.contentEnd());
    }

    private void appendResolved(List<DraftNode> content, Map<Integer, Integer> choices, StringBuilder out) {
        for (DraftNode node : content) {
            if (node instanceof DraftNode.Tag) {
                continue; // a status or a note is not part of the text
            }
            if (node instanceof DraftNode.Bracketed bracketed) {
                BracketSet set = bracketed.set();
                int choice = choices.getOrDefault(set.index(), 0);
                if (choice >= 0 && choice < set.alternatives().size()) {
                    appendResolved(set.alternatives().get(choice).content(), choices, out);
                }
            } else {
                out.append(source, node.start(), node.end());
            }
        }
    }
}
