package org.treatytracker.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.HashSet;
import java.util.Optional;

/**
 * Parses a draft text into agreed text and bracket sets. Total on any input: it never fails in tolerant mode
 * and renders back to its input exactly.
 *
 * <p>Two passes. The first pairs every {@code [} with its {@code ]} using a stack. The second walks the text by
 * ranges: a pair becomes an alternative (its content parsed one level deeper), pairs separated only by spaces
 * or tabs join one set, and a line that opens with an {@code Option N:} marker starts an option group whose
 * alternatives run to the next marker at the same indentation; the group ends at the first line indented less
 * than its marker.
 *
 * <p>Not negotiation brackets, and kept as agreed text: Markdown footnote references ({@code [^2]}), links
 * ({@code [text](#)}, {@code [text][ref]} where {@code ref} is a defined label, and the {@code [ref]: url}
 * definitions themselves), and editorial brackets in quotes, where one letter changes case at the start of a
 * word ({@code [o]ther}). In strict mode a bracket that does not pair is an {@link UnbalancedBracketsException};
 * in tolerant mode it stays as literal text and is reported as a {@link BracketWarning}.
 *
 * <p>Linear on any input: sets nest at most {@link #MAX_DEPTH} deep (deeper brackets and option groups stay literal
 * text with one warning, so the recursion here and in every consumer of the set tree is bounded); every "where is
 * the next newline, {@code )}, {@code Option}" is a binary search in offsets found once ({@link Occurrences}), not a
 * scan to the end of the text; the regular expressions run on one line with possessive quantifiers; at most
 * {@link #MAX_WARNINGS} warnings are kept. A character is looked at a bounded number of times: once by the walk,
 * and once more by the look-ahead of each option group around it.
 */
public final class BracketParser {

    /** Strict for editors' input through the API; tolerant for importing official texts. */
    public enum Mode {
        STRICT,
        TOLERANT
    }

    /**
     * Deepest nesting of bracket sets that is parsed (sets at depth 1 to 32). A bracket or option group that would
     * open a set deeper stays literal text inside its alternative, with one warning (strict mode: an error). No
     * draft nests that deep; the cap keeps the set tree, and every consumer that walks it, bounded.
     */
    public static final int MAX_DEPTH = 32;
    /** Most warnings listed; past it one last warning says how many more there were. */
    public static final int MAX_WARNINGS = 1000;

    private static final Pattern OPTION_MARKER = Pattern.compile(
            "([ \\t]*+)(?:[-+][ \\t]++)?(\\*\\*|__|\\*)?Option[ \\t]++(?:[0-9]++[a-z]?|[IVXL]++|[A-Z])(?:[ \\t]*+(?:bis|ter))?"
                    + "(?:[ \\t]*+:[ \\t]*+(?:\\*\\*|__|\\*)?|(?:\\*\\*|__|\\*)[ \\t]*+:?)");
    /** A paragraph number before an option label on one line: {@code 1. **Option 1:** …} (23 Oct 2015, line 450). */
    private static final Pattern NUMBERED_OPTION = Pattern.compile(
            "([ \\t]*+)\\d++(?:\\.\\d++)*+(?:bis|ter|quater)?[a-z]?\\.[ \\t]++(?=(?:\\*\\*|__|\\*)?Option[ \\t])");
    private static final Pattern LINK_DEFINITION = Pattern.compile("(?m)^[ ]{0,3}\\[([^\\]\\n]++)\\]:[ \\t]++\\S");

    private final String text;
    private final Mode mode;
    private final Set<String> linkLabels;
    private final StatusVocabulary vocabulary;
    private final List<DraftNode.Tag> tags = new ArrayList<>();
    private final int[] partner;
    private final List<BracketSet> sets = new ArrayList<>();
    private final List<BracketWarning> warnings = new ArrayList<>();
    private final Occurrences newlines;
    private final Occurrences options;
    private final Occurrences closingParentheses;
    private final Occurrences closingBraces;
    private final Occurrences spaces;
    private final Occurrences slashes;
    private final Occurrences dots;
    private final int longestLabel;
    /** Warnings past {@link #MAX_WARNINGS}: how many, and where the first was. */
    private int unlisted;
    private int firstUnlisted = -1;

    private BracketParser(String text, Mode mode, Set<String> linkLabels, StatusVocabulary vocabulary) {
        this.text = text;
        this.mode = mode;
        this.linkLabels = linkLabels;
        this.vocabulary = vocabulary;
        this.partner = pair(text);
        this.newlines = new Occurrences(text, "\n");
        this.options = new Occurrences(text, "Option");
        this.closingParentheses = new Occurrences(text, ")");
        this.closingBraces = new Occurrences(text, "}");
        this.spaces = new Occurrences(text, " ");
        this.slashes = new Occurrences(text, "/");
        this.dots = new Occurrences(text, ".");
        this.longestLabel = linkLabels.stream().mapToInt(String::length).max().orElse(0);
    }

    public static ParsedDraft parse(String text, Mode mode) {
        return parse(text, mode, linkLabelsOf(text));
    }

    /**
     * Parses with the link labels of the whole document the text comes from ({@link #linkLabelsOf}), so that
     * {@code [text][ref]} is known as a link even when {@code [ref]: url} stands elsewhere in the document.
     */
    public static ParsedDraft parse(String text, Mode mode, Set<String> linkLabels) {
        return parse(text, mode, linkLabels, StatusVocabulary.COMMON);
    }

    /** Parses reading status tags and notes with the given vocabulary ({@link StatusVocabulary#COMMON} otherwise). */
    public static ParsedDraft parse(String text, Mode mode, Set<String> linkLabels, StatusVocabulary vocabulary) {
        String source = text == null ? "" : text;
        BracketParser parser = new BracketParser(source, mode, linkLabels, vocabulary);
        List<DraftNode> nodes = parser.parseRange(0, source.length(), 1);
        parser.listUnlisted();
        return new ParsedDraft(source, nodes, parser.sets, parser.warnings, parser.tags);
    }

    /** The reference-link labels that a Markdown document defines, lower-cased. */
    public static Set<String> linkLabelsOf(String document) {
        if (document == null || document.indexOf("]:") < 0) {
            return Set.of();
        }
        Set<String> labels = new HashSet<>();
        Matcher m = LINK_DEFINITION.matcher(document);
        while (m.find()) {
            labels.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return labels;
    }

    /** For every '[' the offset of its ']', or -1; every other slot is -1. */
    private static int[] pair(String text) {
        int[] partner = new int[text.length()];
        Arrays.fill(partner, -1);
        int[] stack = new int[16];
        int top = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                if (top == stack.length) {
                    stack = Arrays.copyOf(stack, top * 2);
                }
                stack[top++] = i;
            } else if (c == ']' && top > 0) {
                partner[stack[--top]] = i;
            }
        }
        return partner;
    }

    private List<DraftNode> parseRange(int from, int to, int depth) {
        List<DraftNode> nodes = new ArrayList<>();
        boolean tooDeep = depth > MAX_DEPTH;
        boolean warnedTooDeep = false;
        int literalStart = from;
        int i = from;
        while (i < to) {
            if ((i == 0 || text.charAt(i - 1) == '\n') && mightBeOption(i, to)) {
                Matcher marker = OPTION_MARKER.matcher(text).region(i, lineEnd(i, to));
                if (marker.lookingAt()) {
                    if (tooDeep) {
                        // The group stays text, the whole of it: one warning, not one per option or per level.
                        warnedTooDeep = warnedTooDeep || tooDeep(i, "option group");
                        i = optionStarts(i, to, marker.group(1).length(), new ArrayList<>());
                        continue;
                    }
                    addLiteral(nodes, literalStart, i);
                    i = parseOptions(i, to, depth, marker.group(1).length(), nodes);
                    literalStart = i;
                    continue;
                }
            }
            if ((i == 0 || text.charAt(i - 1) == '\n') && options.within(i, lineEnd(i, to))) {
                Matcher numbered = NUMBERED_OPTION.matcher(text).region(i, lineEnd(i, to));
                if (numbered.lookingAt() && OPTION_MARKER.matcher(text).region(numbered.end(), lineEnd(i, to)).lookingAt()) {
                    if (tooDeep) {
                        warnedTooDeep = warnedTooDeep || tooDeep(numbered.end(), "option group");
                        i = numberedOptionStarts(numbered.end(), to, numbered.group(1).length(), new ArrayList<>());
                        continue;
                    }
                    // The number stays agreed text; the group is the item's: its other options are indented at
                    // least as far as the number, and it ends at the next line that is not (the next number).
                    addLiteral(nodes, literalStart, numbered.end());
                    i = parseNumberedOptions(numbered.end(), to, depth, numbered.group(1).length(), nodes);
                    literalStart = i;
                    continue;
                }
            }
            char c = text.charAt(i);
            if (c == '[' || c == '(' || c == '{') {
                int tagEnd = tag(i, to);
                if (tagEnd > 0) {
                    addLiteral(nodes, literalStart, i);
                    nodes.add(tags.get(tags.size() - 1));
                    i = tagEnd;
                    literalStart = i;
                    continue;
                }
            }
            if (c == '[') {
                int close = partner[i];
                if (close < 0 || close >= to) {
                    stray(i, "unclosed '['");
                    i++;
                    continue;
                }
                int literalEnd = notNegotiation(i, close, to);
                if (literalEnd > 0) {
                    i = literalEnd;
                    continue;
                }
                if (tooDeep) {
                    // The pair and all inside it stay text; what is inside is not looked at.
                    warnedTooDeep = warnedTooDeep || tooDeep(i, "'['");
                    i = close + 1;
                    continue;
                }
                addLiteral(nodes, literalStart, i);
                i = parseBrackets(i, to, depth, nodes);
                literalStart = i;
                continue;
            }
            if (c == ']') {
                stray(i, "']' closes nothing");
            }
            i++;
        }
        addLiteral(nodes, literalStart, to);
        return nodes;
    }

    /** A run of adjacent bracket pairs, joined by spaces or tabs only, as one set. Answers where it ends. */
    private int parseBrackets(int open, int to, int depth, List<DraftNode> nodes) {
        int index = reserveIndex();
        List<Alternative> alternatives = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        int i = open;
        while (true) {
            int close = partner[i];
            alternatives.add(new Alternative(i, close + 1, i + 1, close, parseRange(i + 1, close, depth + 1)));
            int next = close + 1;
            while (next < to && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
                next++;
            }
            if (next < to && text.charAt(next) == '[' && partner[next] > 0 && partner[next] < to
                    && notNegotiation(next, partner[next], to) < 0) {
                separators.add(text.substring(close + 1, next));
                i = next;
            } else {
                BracketSet set = new BracketSet(index, depth, BracketSet.Kind.BRACKETS, open, close + 1, alternatives, separators);
                sets.set(index, set);
                nodes.add(new DraftNode.Bracketed(set));
                return close + 1;
            }
        }
    }

    /** An option group starting at the line {@code lineStart}; answers where it ends (a line start, or {@code to}). */
    private int parseOptions(int lineStart, int to, int depth, int indent, List<DraftNode> nodes) {
        int index = reserveIndex();
        List<Integer> starts = new ArrayList<>();
        int end = optionStarts(lineStart, to, indent, starts);
        BracketSet set = optionSet(index, depth, lineStart, end, starts, to);
        sets.set(index, set);
        nodes.add(new DraftNode.Bracketed(set));
        return end;
    }

    /** The look-ahead of an option group at {@code lineStart}: its options' line starts into {@code starts}; answers its end. */
    private int optionStarts(int lineStart, int to, int indent, List<Integer> starts) {
        starts.add(lineStart);
        int end = to;
        int line = nextLine(lineStart, to);
        while (line < to) {
            int lineIndent = indentOf(line, to);
            boolean blank = line + lineIndent >= to || text.charAt(line + lineIndent) == '\n' || text.charAt(line + lineIndent) == '\r';
            if (!blank) {
                if (lineIndent < indent) {
                    end = line;
                    break;
                }
                if (lineIndent == indent && mightBeOption(line, to)
                        && OPTION_MARKER.matcher(text).region(line, lineEnd(line, to)).lookingAt()) {
                    starts.add(line);
                }
            }
            line = nextLine(line, to);
        }
        return end;
    }

    /**
     * Where a status tag or note opening at {@code open} ends, after recording it; -1 when the bracket,
     * parenthesis or brace holds something else. A tag holds no brackets and stays on one line.
     */
    private int tag(int open, int to) {
        char c = text.charAt(open);
        int close;
        if (c == '[') {
            close = partner[open];
        } else {
            close = (c == '(' ? closingParentheses : closingBraces).next(open + 1);
            int nl = newlines.next(open + 1);
            if (nl >= 0 && nl < close) {
                return -1;
            }
        }
        if (close < 0 || close >= to || close - open > 400 || open + 1 < to && text.charAt(open + 1) == '^') {
            return -1;
        }
        String content = text.substring(open + 1, close);
        Optional<StatusVocabulary.Term> term = vocabulary.match(content);
        if (term.isEmpty()) {
            return -1;
        }
        tags.add(new DraftNode.Tag(open, close + 1, term.get().kind(), term.get().status(), content.strip()));
        return close + 1;
    }

    /** An option group that opens after a paragraph number, at {@code markerStart}; answers where it ends. */
    private int parseNumberedOptions(int markerStart, int to, int depth, int numberIndent, List<DraftNode> nodes) {
        int index = reserveIndex();
        List<Integer> starts = new ArrayList<>();
        int end = numberedOptionStarts(markerStart, to, numberIndent, starts);
        BracketSet set = optionSet(index, depth, markerStart, end, starts, to);
        sets.set(index, set);
        nodes.add(new DraftNode.Bracketed(set));
        return end;
    }

    /** The look-ahead of a numbered option group: its options' starts into {@code starts}; answers its end. */
    private int numberedOptionStarts(int markerStart, int to, int numberIndent, List<Integer> starts) {
        starts.add(markerStart);
        int end = to;
        int siblingIndent = -1;
        int line = nextLine(markerStart, to);
        while (line < to) {
            int lineIndent = indentOf(line, to);
            boolean blank = line + lineIndent >= to || text.charAt(line + lineIndent) == '\n' || text.charAt(line + lineIndent) == '\r';
            if (!blank) {
                boolean marker = mightBeOption(line, to) && OPTION_MARKER.matcher(text).region(line, lineEnd(line, to)).lookingAt();
                if (marker && lineIndent >= numberIndent && (siblingIndent < 0 || lineIndent == siblingIndent)) {
                    siblingIndent = lineIndent;
                    starts.add(line);
                } else if (lineIndent <= numberIndent) {
                    end = line;
                    break;
                }
            }
            line = nextLine(line, to);
        }
        return end;
    }

    private BracketSet optionSet(int index, int depth, int from, int end, List<Integer> starts, int to) {
        List<Alternative> alternatives = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int start = starts.get(k);
            int altEnd = k + 1 < starts.size() ? starts.get(k + 1) : end;
            Matcher marker = OPTION_MARKER.matcher(text).region(start, lineEnd(start, to));
            marker.lookingAt();
            int contentStart = marker.end();
            alternatives.add(new Alternative(start, altEnd, contentStart, altEnd, parseRange(contentStart, altEnd, depth + 1)));
            if (k > 0) {
                separators.add("");
            }
        }
        return new BracketSet(index, depth, BracketSet.Kind.OPTIONS, from, end, alternatives, separators);
    }

    /**
     * Where a bracket pair that is not a negotiation bracket ends (footnote, link, link definition, editorial
     * letter), or -1 when it is one.
     */
    private int notNegotiation(int open, int close, int to) {
        if (open + 1 < close && text.charAt(open + 1) == '^') {
            return close + 1;
        }
        int after = close + 1;
        if (after < to && text.charAt(after) == '(') {
            int paren = closingParentheses.next(after);
            if (paren > 0 && paren < to && looksLikeLinkTarget(after + 1, paren)) {
                return paren + 1;
            }
        }
        if (after < to && text.charAt(after) == ':' && atLineStart(open)) {
            return lineEnd(open, to);
        }
        // "[text][ref]" is a link only when ref is a link label; "[text][^11]" is a bracket followed by a footnote
        // mark (4 Dec 2015, Article 3, paragraph 16, Option 2: "[The cooperation of Parties … host Party.][^11]").
        if (after < to && text.charAt(after) == '[' && !linkLabels.isEmpty() && partner[after] > 0 && partner[after] < to
                && text.charAt(after + 1) != '^' && partner[after] - after - 1 <= longestLabel
                && linkLabels.contains(text.substring(after + 1, partner[after]).toLowerCase(Locale.ROOT))) {
            return partner[after] + 1;
        }
        if (close == open + 2 && Character.isLetter(text.charAt(open + 1)) && after < to && Character.isLetter(text.charAt(after))
                && (open == 0 || !Character.isLetterOrDigit(text.charAt(open - 1)))) {
            return close + 1;
        }
        return -1;
    }

    private boolean looksLikeLinkTarget(int from, int to) {
        if (from >= to) {
            return false;
        }
        // As text.substring(from, to) would be tested, without copying a target that may run to the end of the text.
        return startsWithin("#", from, to) || startsWithin("http", from, to) || startsWithin("/", from, to)
                || startsWithin("mailto:", from, to)
                || (!spaces.within(from, to) && (slashes.within(from, to) || dots.within(from, to)));
    }

    private boolean startsWithin(String prefix, int from, int to) {
        return to - from >= prefix.length() && text.startsWith(prefix, from);
    }

    private boolean atLineStart(int offset) {
        int i = offset - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    /** Cheap test before the regular expression: does "Option" appear near the start of this line? */
    private boolean mightBeOption(int lineStart, int to) {
        int limit = Math.min(to, lineStart + 24);
        for (int i = lineStart; i < limit; i++) {
            char c = text.charAt(i);
            if (c == 'O') {
                return text.startsWith("Option", i);
            }
            if (c != ' ' && c != '\t' && c != '*' && c != '_' && c != '-' && c != '+') {
                return false;
            }
        }
        return false;
    }

    private int reserveIndex() {
        sets.add(null);
        return sets.size() - 1;
    }

    private int indentOf(int lineStart, int to) {
        int i = lineStart;
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i - lineStart;
    }

    private int lineEnd(int from, int to) {
        int nl = newlines.next(from);
        return nl < 0 || nl > to ? to : nl;
    }

    private int nextLine(int from, int to) {
        int nl = newlines.next(from);
        return nl < 0 || nl >= to ? to : nl + 1;
    }

    private static void addLiteral(List<DraftNode> nodes, int from, int to) {
        if (from < to) {
            nodes.add(new DraftNode.Agreed(from, to));
        }
    }

    private void stray(int offset, String cause) {
        if (mode == Mode.STRICT) {
            int[] where = lineAndColumn(offset);
            throw new UnbalancedBracketsException(offset, where[0], where[1], cause);
        }
        if (warnings.size() >= MAX_WARNINGS) {
            // 2 MB of ']' is two million warnings: a report nobody reads, and memory the parse should not take.
            unlisted++;
            firstUnlisted = firstUnlisted < 0 ? offset : firstUnlisted;
            return;
        }
        int[] where = lineAndColumn(offset);
        warnings.add(new BracketWarning(offset, where[0], where[1], cause + ", kept as text"));
    }

    /** A bracket or option group that would open a set deeper than {@link #MAX_DEPTH}; answers true (warned). */
    private boolean tooDeep(int offset, String what) {
        stray(offset, what + " nested deeper than " + MAX_DEPTH + " levels");
        return true;
    }

    private void listUnlisted() {
        if (unlisted > 0) {
            int[] where = lineAndColumn(firstUnlisted);
            warnings.add(new BracketWarning(firstUnlisted, where[0], where[1], unlisted + " more warnings like these, not listed"));
        }
    }

    /** 1-based line and column: the line is the number of newlines before the offset, found by binary search. */
    private int[] lineAndColumn(int offset) {
        int line = 0;
        int lineStart = 0;
        int before = newlines.countBefore(offset);
        if (before > 0) {
            line = before;
            lineStart = newlines.nth(before - 1) + 1;
        }
        return new int[] {line + 1, offset - lineStart + 1};
    }

}
