package org.treatytracker.draftfile;

import java.util.Locale;

/**
 * Writes a list counter in one of Word's number formats ({@code w:numFmt}): decimal, decimalZero, lowerLetter,
 * upperLetter, lowerRoman, upperRoman, ordinal and none. Other formats (cardinalText, chicago, the East Asian
 * ones) are written as decimal; a value out of a format's range (a letter past "zzzzzzzzzz", a Roman number past
 * 3999, zero or less) is written as decimal too, so a hostile counter never becomes a huge string.
 */
final class ListNumberFormat {

    private static final int MAX_LETTER_REPEATS = 10;
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_DIGITS = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};

    private ListNumberFormat() {
    }

    static String format(long n, String numFmt) {
        String fmt = numFmt == null ? "decimal" : numFmt;
        return switch (fmt) {
            case "none" -> "";
            case "decimalZero" -> n >= 0 && n < 10 ? "0" + n : Long.toString(n);
            case "lowerLetter" -> letters(n);
            case "upperLetter" -> letters(n).toUpperCase(Locale.ROOT);
            case "lowerRoman" -> roman(n);
            case "upperRoman" -> roman(n).toUpperCase(Locale.ROOT);
            case "ordinal" -> n + ordinalSuffix(n);
            default -> Long.toString(n);
        };
    }

    /** Word's letters: a … z, then aa … zz, then aaa (the letter repeated, not a base-26 number). */
    private static String letters(long n) {
        if (n < 1 || (n - 1) / 26 >= MAX_LETTER_REPEATS) {
            return Long.toString(n);
        }
        return String.valueOf((char) ('a' + (n - 1) % 26)).repeat((int) ((n - 1) / 26) + 1);
    }

    private static String roman(long n) {
        if (n < 1 || n > 3999) {
            return Long.toString(n);
        }
        StringBuilder out = new StringBuilder();
        long rest = n;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            for (; rest >= ROMAN_VALUES[i]; rest -= ROMAN_VALUES[i]) {
                out.append(ROMAN_DIGITS[i]);
            }
        }
        return out.toString();
    }

    private static String ordinalSuffix(long n) {
        long lastTwo = Math.abs(n) % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return "th";
        }
        return switch ((int) (Math.abs(n) % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
