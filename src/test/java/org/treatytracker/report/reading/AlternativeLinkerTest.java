package org.treatytracker.report.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.treatytracker.text.BracketParser;
import org.treatytracker.text.ParsedDraft;

/** Sentences in the style of negotiation bulletins, against a made-up provision with brackets and options. */
class AlternativeLinkerTest {

    private static final ParsedDraft DRAFT = BracketParser.parse("""
            1. Parties shall take [protection measures for infrastructure] [steps to secure critical systems], using \
            [models] [guidance] developed by the Conference.
            **Option 1:** Finance shall be new and additional to official development assistance.
            **Option 2:** Finance may come from a wide variety of sources, public and private.
            """, BracketParser.Mode.TOLERANT);

    private static String link(String sentence) {
        Optional<AlternativeLinker.Link> link = AlternativeLinker.link(sentence, DRAFT);
        return link.map(l -> l.setIndex() + ":" + l.alternativeIndex()).orElse("none");
    }

    private static int setHolding(String words) {
        return DRAFT.sets().stream().filter(s -> s.alternatives().stream().anyMatch(a -> DRAFT.text(a).contains(words)))
                .findFirst().orElseThrow().index();
    }

    @Test
    void quotedWordsNameTheirAlternative() {
        int infrastructure = setHolding("protection measures");
        assertEquals(infrastructure + ":0", link("The US bracketed ‘protection measures for infrastructure’."));
        assertEquals(infrastructure + ":1", link("JAPAN preferred \"steps to secure critical systems\"."));
        assertEquals(setHolding("models") + ":0", link("SYLVANIA proposed deleting 'models'."));
        // A word of the agreed text, or a quotation found nowhere, names no alternative.
        assertEquals("none", link("FREEDONIA questioned 'the Conference'."));
        assertEquals("none", link("FREEDONIA proposed adding 'capacity-building'."));
        // An apostrophe is not a quotation mark.
        assertEquals("none", link("The Parties' views on models differed."));
    }

    @Test
    void optionsByNumberOrOrdinal() {
        int options = setHolding("new and additional");
        assertEquals(options + ":1", link("The EU preferred option 2."));
        assertEquals(options + ":0", link("The G-77/CHINA supported the first option."));
        assertEquals("none", link("FREEDONIA preferred option 3."));
    }

    @Test
    void aParaphraseThatCoversOneAlternative() {
        int options = setHolding("new and additional");
        assertEquals(options + ":0", link("JAPAN favored an alternative stating that finance be new and additional to official development assistance."));
        assertEquals("none", link("JAPAN favored an alternative stating that finance matters."));
    }
}
