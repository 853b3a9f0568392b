package org.treatytracker.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.treatytracker.text.BracketParser.Mode;

/** Properties that hold for any input: round trip, offsets inside the text, balanced input never warns. */
class BracketParserPropertiesTest {

    @Property(tries = 2000)
    void tolerantModeNeverFailsAndRendersTheInputExactly(@ForAll("drafty") String text) {
        ParsedDraft draft = BracketParser.parse(text, Mode.TOLERANT);
        assertEquals(text, draft.render());
    }

    @Property(tries = 1000)
    void anyStringRoundTrips(@ForAll String text) {
        assertEquals(text, BracketParser.parse(text, Mode.TOLERANT).render());
    }

    @Property(tries = 2000)
    void offsetsStayInsideTheText(@ForAll("drafty") String text) {
        ParsedDraft draft = BracketParser.parse(text, Mode.TOLERANT);
        for (BracketSet set : draft.sets()) {
            assertTrue(0 <= set.start() && set.start() < set.end() && set.end() <= text.length());
            for (Alternative alternative : set.alternatives()) {
                assertTrue(set.start() <= alternative.start() && alternative.contentStart() <= alternative.contentEnd()
                        && alternative.end() <= set.end());
            }
        }
        for (BracketWarning warning : draft.warnings()) {
            assertTrue(warning.offset() >= 0 && warning.offset() < text.length() && warning.line() >= 1 && warning.column() >= 1);
        }
        for (int i = 0; i < draft.sets().size(); i++) {
            assertEquals(i, draft.sets().get(i).index());
        }
    }

    @Property(tries = 2000)
    void balancedInputNeverWarnsAndParsesStrictly(@ForAll("balanced") String text) {
        ParsedDraft tolerant = BracketParser.parse(text, Mode.TOLERANT);
        assertTrue(tolerant.warnings().isEmpty(), () -> tolerant.warnings().toString());
        assertEquals(text, BracketParser.parse(text, Mode.STRICT).render());
    }

    @Provide
    Arbitrary<String> drafty() {
        return Arbitraries.strings().withChars("[]  ab\n*Option1:^()#").ofMaxLength(80);
    }

    @Provide
    Arbitrary<String> balanced() {
        return Arbitraries.recursive(
                () -> Arbitraries.strings().withChars("ab ,.").ofMaxLength(6),
                inner -> Combinators.combine(inner, inner, Arbitraries.strings().withChars("ab ").ofMaxLength(3))
                        .as((a, b, glue) -> a + "[" + b + "]" + glue),
                4);
    }
}
