package org.treatytracker.text;

/**
 * The text of an imported document (a draft, a report) as it is stored: without the characters that no reader
 * sees and that a database may refuse. A PDF's unmapped glyph comes out of text extraction as a NUL, a Word file's
 * manual page break as a form feed, a copy from a terminal with a stray escape; PostgreSQL cannot store a NUL in
 * text at all, so one such character would fail the whole import. They are dropped, not refused: the document is
 * still the document. Vertical tabs and form feeds (Word's line and page breaks) become line breaks.
 */
public final class DocumentText {

    private DocumentText() {
    }

    /** The text without control characters (tab and line breaks stay), unpaired surrogates or non-characters. */
    public static String clean(String text) {
        int first = firstUnwanted(text);
        if (first < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (c == '\u000B' || c == '\f') {
                kept.append('\n');
            } else if (!unwanted(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static int firstUnwanted(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (unwanted(c)) {
                return i;
            }
        }
        return -1;
    }

    /** A control character other than tab and the line breaks (C0, DEL, C1); api/SafeText refuses the same ones. */
    public static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f;
    }

    /** A Unicode non-character of the basic plane (U+FDD0–U+FDEF, U+FFFE, U+FFFF). */
    public static boolean isNonCharacter(char c) {
        return c == 0xfffe || c == 0xffff || c >= 0xfdd0 && c <= 0xfdef;
    }

    /** Dropped from a document; a surrogate reaches this only when it is unpaired. */
    private static boolean unwanted(char c) {
        return isControl(c) || Character.isSurrogate(c) || isNonCharacter(c);
    }
}
