package org.treatytracker.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.treatytracker.text.BracketParser.Mode;

/**
 * Properties over depth and length: any nesting and any run of brackets parses (no stack overflow, no error in
 * tolerant mode, only {@link UnbalancedBracketsException} in strict mode), renders back exactly, keeps its sets at
 * most {@link BracketParser#MAX_DEPTH} deep and its warnings at most {@link BracketParser#MAX_WARNINGS} (plus one
 * that counts the rest), with every offset inside the text and every line and column where the offset is.
 */
class BracketParserDepthPropertiesTest {

    @Property(tries = 300)
    void anyNestingParsesWithinTheCap(@ForAll @IntRange(max = 20_000) int depth, @ForAll("drafty") String inside,
                                      @ForAll @IntRange(max = 3) int extraClosing) {
        String text = "[".repeat(depth) + inside + "]".repeat(depth + extraClosing);
        ParsedDraft draft = checked(text);
        assertTrue(draft.maxDepth() <= BracketParser.MAX_DEPTH);
    }

    @Property(tries = 300)
    void longRunsOfBracketsParse(@ForAll("runs") String text) {
        checked(text);
    }

    @Property(tries = 1000)
    void strictModeParsesOrRefusesWithAPlace(@ForAll("runs") String text) {
        try {
            assertEquals(text, BracketParser.parse(text, Mode.STRICT).render());
        } catch (UnbalancedBracketsException refused) {
            assertTrue(refused.offset() >= 0 && refused.offset() < text.length());
            assertEquals(lineAndColumn(text, refused.offset()), List.of(refused.line(), refused.column()));
        }
    }

    private static ParsedDraft checked(String text) {
        ParsedDraft draft = BracketParser.parse(text, Mode.TOLERANT);
        assertEquals(text, draft.render());
        assertTrue(draft.warnings().size() <= BracketParser.MAX_WARNINGS + 1);
        for (BracketSet set : draft.sets()) {
            assertTrue(0 <= set.start() && set.start() < set.end() && set.end() <= text.length());
            assertTrue(set.depth() >= 1 && set.depth() <= BracketParser.MAX_DEPTH);
            for (Alternative alternative : set.alternatives()) {
                assertTrue(set.start() <= alternative.start() && alternative.contentStart() <= alternative.contentEnd()
                        && alternative.end() <= set.end());
                if (set.kind() == BracketSet.Kind.BRACKETS) {
                    assertEquals('[', text.charAt(alternative.start()));
                    assertEquals(']', text.charAt(alternative.end() - 1));
                }
            }
        }
        for (int i = 0; i < draft.sets().size(); i++) {
            assertEquals(i, draft.sets().get(i).index());
        }
        for (BracketWarning warning : draft.warnings()) {
            assertTrue(warning.offset() >= 0 && warning.offset() < text.length());
            assertEquals(lineAndColumn(text, warning.offset()), List.of(warning.line(), warning.column()));
        }
        return draft;
    }

    private static List<Integer> lineAndColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return List.of(line, offset - lineStart + 1);
    }

    @Provide
    Arbitrary<String> drafty() {
        return Arbitraries.strings().withChars("[]  ab\n*Option1:^()#{}").ofMaxLength(60);
    }

    /** Runs of one character, some of them thousands long, strung together. */
    @Provide
    Arbitrary<String> runs() {
        Arbitrary<String> run = Combinators.combine(Arbitraries.of("[", "]", "(", ")", "{", "}", "\n", " ", "a", "Option 1: ", "[a](", "[^1]"),
                Arbitraries.integers().between(1, 3_000).withDistribution(net.jqwik.api.RandomDistribution.biased()))
                .as(String::repeat);
        return run.list().ofMaxSize(12).map(parts -> String.join("", parts));
    }
}
