package org.treatytracker.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProvisionPartsTest {

    private static List<ProvisionParts.Part> parts(String text) {
        return ProvisionParts.of(text, BracketParser.parse(text, BracketParser.Mode.TOLERANT));
    }

    private static String names(List<ProvisionParts.Part> parts) {
        StringBuilder names = new StringBuilder();
        for (ProvisionParts.Part p : parts) {
            names.append(p.parent() < 0 ? "" : parts.get(p.parent()).number() + "/").append(p.number()).append(' ');
        }
        return names.toString().strip();
    }

    @Test
    void numberedParagraphsWithLetteredSubparagraphsInSequence() {
        String text = """
                1. Each Party shall adopt measures.

                2. Parties shall cooperate on:
                (a) training;
                (b) technical assistance, including:
                   (i) equipment;
                   (ii) software;
                (c) research.

                3bis. This article applies mutatis mutandis.""";
        List<ProvisionParts.Part> parts = parts(text);
        assertEquals("1 2 2/a 2/b 2/c 3bis", names(parts));
        assertEquals("Each Party shall adopt measures.", parts.get(0).text(), "the paragraph's number leaves its text");
        assertTrue(parts.get(1).text().startsWith("Parties shall cooperate on:") && parts.get(1).text().endsWith("(c) research."),
                "a paragraph holds its subparagraphs");
        assertTrue(parts.get(3).text().contains("(ii) software;"), "(i) under (b) is not the letter i: it stays in (b)");
        assertEquals(3, parts.get(1).line(), "the line of its number, 1-based");
    }

    @Test
    void iAfterHIsALetter() {
        String text = "(a) a;\n(b) b;\n(c) c;\n(d) d;\n(e) e;\n(f) f;\n(g) g;\n(h) h;\n(i) i;\n(j) j.";
        assertEquals("a b c d e f g h i j", names(parts(text)), "subparagraphs of an article without numbered paragraphs");
    }

    @Test
    void aBracketSetSpanningParagraphsBelongsToTheParagraphItOpensIn() {
        String text = "1. Agreed text.\n\n[2. Parties shall report.\n\n3. The report shall be public.]\n\n4. Final.";
        List<ProvisionParts.Part> parts = parts(text);
        assertEquals("1 2 4", names(parts));
        assertEquals("[2. Parties shall report.\n\n3. The report shall be public.]", parts.get(1).text(),
                "the bracket that opens before its number is kept, with the number inside it");
        for (ProvisionParts.Part p : parts) {
            BracketParser.parse(p.text(), BracketParser.Mode.STRICT); // every slice pairs its brackets
        }
    }

    @Test
    void aNumberRepeatedStaysInsideTheFirstParagraphOfThatNumber() {
        List<ProvisionParts.Part> parts = parts("1. One.\n2. Two.\n2. Two again.\n3. Three.");
        assertEquals("1 2 3", names(parts));
        assertTrue(parts.get(1).text().contains("Two again."));
    }

    @Test
    void textWithoutNumbersHasNoParts() {
        assertTrue(parts("The Conference shall review this Agreement every [five] [ten] years.").isEmpty());
        assertFalse(ProvisionParts.inSequence(null, "b"), "a list starts at (a)");
        assertFalse(ProvisionParts.inSequence("c", "i"), "(i) after (c) is a roman numeral");
        assertTrue(ProvisionParts.inSequence("c", "e"), "a letter may be skipped (a subparagraph deleted)");
    }
}
