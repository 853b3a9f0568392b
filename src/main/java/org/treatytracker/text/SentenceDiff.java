package org.treatytracker.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import org.treatytracker.text.WordDiff.Edit;
import org.treatytracker.text.WordDiff.Op;

/**
 * A diff a reader can follow: sentences and clauses (ended by a full stop, semicolon or colon before a space, or by
 * a line break) are compared first; inside a block of changed sentences, words are compared only when few of them
 * changed, otherwise the old sentences are shown deleted whole and the new ones inserted whole. A rewritten
 * paragraph then reads as two paragraphs, not as interleaved word salad. The runs concatenate back to either
 * side, as {@link WordDiff}'s do.
 */
public final class SentenceDiff {

    /** Above this share of changed words in a block, the block is shown replaced whole rather than word by word. */
    static final double WORD_LEVEL_SHARE = 0.35;

    private SentenceDiff() {
    }

    public static List<Edit> diff(String before, String after) {
        List<String> a = sentences(before);
        List<String> b = sentences(after);
        List<Edit> edits = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int start = delta.getSource().getPosition();
            add(edits, Op.EQUAL, String.join("", a.subList(position, start)));
            String removed = String.join("", delta.getSource().getLines());
            String added = String.join("", delta.getTarget().getLines());
            List<Edit> words = removed.isEmpty() || added.isEmpty() ? List.of() : WordDiff.diff(removed, added);
            if (!words.isEmpty() && changedShare(words, removed, added) <= WORD_LEVEL_SHARE) {
                words.forEach(e -> add(edits, e.op(), e.text()));
            } else {
                add(edits, Op.DELETE, removed);
                add(edits, Op.INSERT, added);
            }
            position = start + delta.getSource().size();
        }
        add(edits, Op.EQUAL, String.join("", a.subList(position, a.size())));
        return edits;
    }

    /** Changed words over the words of the longer side; a block of punctuation alone counts as small. */
    static double changedShare(List<Edit> edits, String before, String after) {
        long longer = Math.max(words(before), words(after));
        return longer == 0 ? 0 : (double) WordDiff.changedWords(edits) / longer;
    }

    private static long words(String text) {
        return WordDiff.tokens(text).stream().filter(t -> Character.isLetterOrDigit(t.charAt(0))).count();
    }

    /** Sentences and clauses with the spaces that follow them, so that joining them gives the text back. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i++);
            boolean ends = c == '\n' || (c == '.' || c == ';' || c == ':') && (i == text.length() || text.charAt(i) == ' ');
            if (ends) {
                while (c != '\n' && i < text.length() && text.charAt(i) == ' ') {
                    i++;
                }
                out.add(text.substring(start, i));
                start = i;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    private static void add(List<Edit> edits, Op op, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!edits.isEmpty() && edits.get(edits.size() - 1).op() == op) {
            text = edits.remove(edits.size() - 1).text() + text;
        }
        edits.add(new Edit(op, text));
    }
}
