package org.treatytracker.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.HashSet;
import java.util.Set;

/**
 * The numbered paragraphs and lettered subparagraphs of an article's (or a lettered section's) text, each a
 * slice of that text, so that "article 4, paragraph 2 (b)" has somewhere to point while the article keeps its
 * whole text. Plain Java: no framework types.
 *
 * <p>A paragraph starts at a line that opens with its number ({@code 2.}, {@code 3bis.}, {@code [4. }); a
 * paragraph whose number is open ({@code [4][2].}) is named by its first alternative; a
 * subparagraph at a line that opens with its letter ({@code (b)}) in sequence, so that a roman {@code (i)}
 * under {@code (c)} stays inside {@code (c)} while the {@code (i)} after {@code (h)} is a subparagraph. A line
 * inside a bracket set that spans several paragraphs starts nothing: the set belongs whole to the paragraph it
 * opens in, so every slice pairs its brackets as the whole text does.
 */
public final class ProvisionParts {

    /** A paragraph or subparagraph: {@code parent} is the index of the paragraph it sits in, or -1 for the text's own. */
    public record Part(Kind kind, String number, String text, int start, int end, int line, int parent) {
    }

    public enum Kind {
        PARAGRAPH,
        SUBPARAGRAPH
    }

    private static final Pattern NUMBERED = Pattern.compile(
            "^[ ]{0,3}(\\[[ \\t]*)?(\\d{1,3}(?:[ ]?(?:bis|ter|quater|quinquies|sexies))?[a-z]?)\\.(?=[ \\t]|$)[ \\t]*");
    /**
     * A paragraph whose number is still open, its alternatives in brackets ({@code [4][2].}: 4 if the paragraphs
     * before it stay, 2 if two go): named by the first, its brackets kept in its text as the sets they are.
     */
    private static final Pattern NUMBER_ALTERNATIVES = Pattern.compile("^[ ]{0,3}\\[(\\d{1,3}[a-z]?)\\](?:\\[\\d{1,3}[a-z]?\\])+\\.(?=[ \\t]|$)");
    private static final Pattern LETTERED = Pattern.compile("^[ \\t]*(\\[[ \\t]*)?\\(([a-z]{1,2})\\)[ \\t]+");

    private ProvisionParts() {
    }

    /** The parts of a text, in order; none when it has no numbered paragraph and no lettered list. */
    public static List<Part> of(String text, ParsedDraft parsed) {
        List<Part> parts = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return parts;
        }
        List<int[]> sets = parsed.sets().stream().map(s -> new int[] {s.start(), s.end()}).toList();
        List<Start> starts = new ArrayList<>();
        int offset = 0;
        int line = 1;
        String lastLetter = null;
        Set<String> numbers = new HashSet<>();
        for (String l : text.split("\n", -1)) {
            if (!inside(sets, offset)) {
                Matcher number = NUMBERED.matcher(l);
                Matcher letter = LETTERED.matcher(l);
                // A draft that numbers two paragraphs alike (a misprint, or a paragraph kept under its old number)
                // keeps the first as the paragraph and the second inside it, so every part has one name.
                Matcher alternatives = NUMBER_ALTERNATIVES.matcher(l);
                if (alternatives.find() && numbers.add(alternatives.group(1))) {
                    starts.add(new Start(Kind.PARAGRAPH, alternatives.group(1), offset, offset, line));
                    lastLetter = null;
                } else if (number.find() && numbers.add(number.group(2).replace(" ", ""))) {
                    String bracket = number.group(1);
                    starts.add(new Start(Kind.PARAGRAPH, number.group(2).replace(" ", ""), offset,
                            bracket == null ? offset + number.end() : offset, line));
                    lastLetter = null;
                } else if (letter.find() && inSequence(lastLetter, letter.group(2))) {
                    starts.add(new Start(Kind.SUBPARAGRAPH, letter.group(2), offset,
                            letter.group(1) == null ? offset + letter.end() : offset, line));
                    lastLetter = letter.group(2);
                }
            }
            offset += l.length() + 1;
            line++;
        }
        int paragraph = -1;
        for (int i = 0; i < starts.size(); i++) {
            Start s = starts.get(i);
            int end = text.length();
            for (int j = i + 1; j < starts.size(); j++) {
                // A paragraph runs to the next paragraph; a subparagraph to the next part of either kind.
                if (s.kind == Kind.SUBPARAGRAPH || starts.get(j).kind == Kind.PARAGRAPH) {
                    end = starts.get(j).offset;
                    break;
                }
            }
            String slice = text.substring(s.textStart, end).strip();
            if (s.kind == Kind.PARAGRAPH) {
                paragraph = parts.size();
            }
            parts.add(new Part(s.kind, s.number, slice, s.offset, end, s.line, s.kind == Kind.PARAGRAPH ? -1 : paragraph));
        }
        return parts;
    }

    /**
     * The parts of a paragraph's own text (a decision's operative paragraph, {@code para_4}): its subparagraphs,
     * each in the paragraph itself; a number that opens its text ({@code [4][2].}) names no paragraph inside it.
     */
    public static List<Part> subparagraphsOf(List<Part> parts) {
        return parts.stream().filter(p -> p.kind() == Kind.SUBPARAGRAPH)
                .map(p -> new Part(p.kind(), p.number(), p.text(), p.start(), p.end(), p.line(), -1)).toList();
    }

    private record Start(Kind kind, String number, int offset, int textStart, int line) {
    }

    /** Strictly inside a set: a set that opens at the line's start ("[3. …]") belongs to that line's part. */
    private static boolean inside(List<int[]> sets, int offset) {
        for (int[] set : sets) {
            if (set[0] < offset && offset < set[1]) {
                return true;
            }
        }
        return false;
    }

    /** (a) opens a list; a later letter follows the previous one; (i), (v), (x) only right after (h), (u), (w). */
    static boolean inSequence(String previous, String letter) {
        if (previous == null) {
            return letter.equals("a");
        }
        if (letter.length() != previous.length() && !(previous.equals("z") && letter.equals("aa"))) {
            return false;
        }
        if (letter.compareTo(previous) <= 0) {
            return false;
        }
        boolean roman = letter.matches("[ivxl]+");
        return !roman || next(previous).equals(letter);
    }

    private static String next(String letter) {
        char last = letter.charAt(letter.length() - 1);
        return last == 'z' ? letter + "a" : letter.substring(0, letter.length() - 1) + (char) (last + 1);
    }
}
