package org.treatytracker.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** What an imported document keeps: everything a reader sees; not the characters no reader sees and PostgreSQL refuses. */
class DocumentTextTest {

    @Test
    void dropsNulAndOtherControlCharacters() {
        assertEquals("Article 1. Scope", DocumentText.clean("Art\u0000icle 1.\u0007 Scope\u001B"));
        assertEquals("C1 gone", DocumentText.clean("C1\u0085 gone\u007F"));
    }

    @Test
    void turnsWordsLineAndPageBreaksIntoLineBreaks() {
        assertEquals("Article 1\nScope\nArticle 2", DocumentText.clean("Article 1\u000BScope\fArticle 2"));
    }

    @Test
    void keepsTabsLineBreaksAndEveryScript() {
        String text = "Article 1\r\n\t1. [Each State Party] 各缔约国 مكافحة 𝕏 \u200F";
        assertSame(text, DocumentText.clean(text));
    }

    @Test
    void dropsUnpairedSurrogatesAndNonCharactersButKeepsPairs() {
        assertEquals("a𝕏b", DocumentText.clean("a\uD835\uDD4F\uD800b\uDC00\uFFFE\uFDD0"));
    }
}
