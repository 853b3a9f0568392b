package org.treatytracker.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two texts, computed by java-diff-utils (Myers) over word, space and punctuation
 * tokens, and returned as runs of equal, deleted and inserted text that concatenate back to either side.
 * Lines are compared first and words only inside the changed blocks of lines, as {@code git diff
 * --word-diff} does: a long article with a few changed paragraphs costs little more than its changes.
 */
public final class WordDiff {

    /** What a run of text is in the diff. */
    public enum Op {
        EQUAL,
        DELETE,
        INSERT
    }

    /** A run of text. */
    public record Edit(Op op, String text) {
    }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}]+|.", Pattern.DOTALL);

    private WordDiff() {
    }

    public static List<Edit> diff(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<Edit> edits = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int start = delta.getSource().getPosition();
            append(edits, Op.EQUAL, a.subList(position, start));
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            if (removed.isEmpty() || added.isEmpty()) {
                append(edits, Op.DELETE, removed);
                append(edits, Op.INSERT, added);
            } else {
                wordDiff(String.join("", removed), String.join("", added), edits);
            }
            position = start + delta.getSource().size();
        }
        append(edits, Op.EQUAL, a.subList(position, a.size()));
        return edits;
    }

    private static void wordDiff(String before, String after, List<Edit> edits) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            append(edits, Op.EQUAL, a.subList(position, start));
            append(edits, Op.DELETE, delta.getSource().getLines());
            append(edits, Op.INSERT, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        append(edits, Op.EQUAL, a.subList(position, a.size()));
    }

    /** Lines with their line breaks, so that joining them gives the text back. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** The number of words inserted and deleted, a measure of how much a text changed. */
    public static int changedWords(List<Edit> edits) {
        int n = 0;
        for (Edit edit : edits) {
            if (edit.op() != Op.EQUAL) {
                n += tokens(edit.text()).stream().filter(t -> Character.isLetterOrDigit(t.charAt(0))).count();
            }
        }
        return n;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static void append(List<Edit> edits, Op op, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!edits.isEmpty() && edits.get(edits.size() - 1).op() == op) {
            Edit last = edits.remove(edits.size() - 1);
            text = last.text() + text;
        }
        edits.add(new Edit(op, text));
    }
}
