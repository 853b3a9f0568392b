package org.treatytracker.text;

import java.util.regex.Pattern;

/**
 * Decides whether a quote appears verbatim in a text, as a reader would check it: white space runs count as
 * one space and typographic quotes and apostrophes count as their plain forms; every other character must
 * match exactly.
 */
public final class QuoteMatcher {

    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private QuoteMatcher() {
    }

    public static boolean appearsIn(String quote, String text) {
        if (quote == null || text == null) {
            return false;
        }
        String needle = normalise(quote);
        return !needle.isEmpty() && normalise(text).contains(needle);
    }

    /** The text with white space collapsed, trimmed, and typographic quotes made plain. */
    public static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(plain(text.charAt(i)));
        }
        return WHITE_SPACE.matcher(out).replaceAll(" ").trim();
    }

    private static char plain(char c) {
        return switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
            default -> c;
        };
    }
}
