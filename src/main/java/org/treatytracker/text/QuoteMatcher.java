package org.treatytracker.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a quote appears verbatim in a text, as a reader would check it: white space runs count as
 * one space and typographic quotes and apostrophes count as their plain forms; every other character must
 * match exactly. Plain Java: no framework types.
 */
public final class QuoteMatcher {

    private static final Pattern EDITORIAL = Pattern.compile("(?<![\\p{L}\\p{N}])\\[(\\p{L})\\](?=\\p{L})");

    private QuoteMatcher() {
    }

    public static boolean appearsIn(String quote, String text) {
        if (quote == null || text == null) {
            return false;
        }
        String needle = normalise(quote);
        return !needle.isEmpty() && normalise(text).contains(needle);
    }

    /**
     * Whether a report's quotation of draft text appears in a provision's text. Reports adapt quotations with
     * editorial brackets, where one letter changes case at the start of a word ({@code “[o]ther criminal
     * offences”} for the draft's "Other criminal offences"): such a bracket matches its letter in either case.
     * Every other bracket, negotiation brackets included, must stand in the text as it is in the quote.
     */
    public static boolean quotesDraft(String quote, String draftText) {
        if (quote == null || draftText == null) {
            return false;
        }
        // The report's own quotation marks delimit the quotation; they are not part of the draft.
        String needle = normalise(quote).replaceAll("^\"+|\"+$", "").strip();
        if (needle.isEmpty()) {
            return false;
        }
        StringBuilder pattern = new StringBuilder();
        int literal = 0;
        Matcher editorial = EDITORIAL.matcher(needle);
        while (editorial.find()) {
            pattern.append(Pattern.quote(needle.substring(literal, editorial.start())));
            char letter = editorial.group(1).charAt(0);
            pattern.append('[').append(Character.toLowerCase(letter)).append(Character.toUpperCase(letter)).append(']');
            literal = editorial.end();
        }
        pattern.append(Pattern.quote(needle.substring(literal)));
        return Pattern.compile(pattern.toString()).matcher(normalise(draftText)).find();
    }

    /** The text with white space collapsed, trimmed, and typographic quotes made plain. */
    public static String normalise(String text) {
        return collapse(text, false);
    }

    /**
     * {@link #normalise} in one pass (it runs on every alternative of every comparison, where a regular expression
     * was a third of the work), optionally with no space left before {@code , . ; :}.
     */
    static String collapse(String text, boolean noSpaceBeforePunctuation) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isWhiteSpace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space && !(noSpaceBeforePunctuation && (c == ',' || c == '.' || c == ';' || c == ':'))) {
                out.append(' ');
            }
            space = false;
            out.append(plain(c));
        }
        // trim() as before: control characters at either end go too.
        return out.toString().trim();
    }

    /** White space as the regular expression before had it: ASCII white space, no-break, figure and narrow no-break space. */
    private static boolean isWhiteSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    private static char plain(char c) {
        return switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
            default -> c;
        };
    }
}
