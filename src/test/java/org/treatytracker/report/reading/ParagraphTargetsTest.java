package org.treatytracker.report.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.treatytracker.position.Stance;
import org.treatytracker.text.BracketParser;
import org.treatytracker.text.ParsedDraft;

/**
 * Positions that name paragraphs of a decision-style draft (numbered across its sections) land on those paragraph
 * provisions, and on the option they name. Made-up sentences in the style of a bulletin that reads a text paragraph
 * by paragraph.
 */
class ParagraphTargetsTest {

    private static final List<MentionFinder.Target> DRAFT = new ArrayList<>(List.of(
            new MentionFinder.Target("sec_c", "SECTION", "C", "General", null),
            new MentionFinder.Target("sec_d", "SECTION", "D", "Mitigation", null),
            new MentionFinder.Target("sec_d__para_21", "PARAGRAPH", "21", null, null),
            new MentionFinder.Target("sec_d__para_21__subpara_a", "SUBPARAGRAPH", "a", null, null),
            new MentionFinder.Target("sec_d__para_22", "PARAGRAPH", "22", null, null)));

    static {
        for (int n = 129; n <= 133; n++) {
            DRAFT.add(new MentionFinder.Target("sec_k__para_" + n, "PARAGRAPH", String.valueOf(n), null, null));
        }
    }

    private static final MentionFinder FINDER = new MentionFinder(DRAFT);
    private static final SpeakerFinder SPEAKERS = new SpeakerFinder(name -> List.of("Freedonia", "Sylvania", "European Union", "EU")
            .stream().anyMatch(name::equalsIgnoreCase));

    private static List<String> targets(String paragraph) {
        return FINDER.find(paragraph).stream().map(f -> f.kind() + ":" + f.eId() + ":" + f.text()).toList();
    }

    @Test
    void paragraphsTheirDivisionsAndRanges() {
        assertEquals(List.of("PARAGRAPH:sec_d__para_21:paragraphs 21", "PARAGRAPH:sec_d__para_21:21.1"),
                targets("On paragraphs 21 and 21.1, FREEDONIA proposed text."));
        assertEquals(List.of("PARAGRAPH:sec_k__para_129:paragraphs 129–132.6", "PARAGRAPH:sec_k__para_130:paragraphs 129–132.6",
                "PARAGRAPH:sec_k__para_131:paragraphs 129–132.6", "PARAGRAPH:sec_k__para_132:paragraphs 129–132.6"),
                targets("SYLVANIA bracketed paragraphs 129–132.6."));
        assertEquals(List.of("PARAGRAPH:sec_d__para_21:paragraph 21"), targets("FREEDONIA preferred options 1–7 of paragraph 21."));
        assertEquals(List.of("PARAGRAPH:sec_d__para_21__subpara_a:paragraph 21 (a)"), targets("On the chapeau of paragraph 21 (a), …"));
    }

    @Test
    void anotherInstrumentsParagraphIsNeverTheDrafts() {
        assertEquals(List.of("EXTERNAL_REFERENCE:null:paragraph 21 of decision", "EXTERNAL_REFERENCE:null:decision 1/CP.20"),
                targets("FREEDONIA recalled paragraph 21 of decision 1/CP.20."));
        assertEquals(List.of("EXTERNAL_REFERENCE:null:Article 4 of the Convention", "SECTION:sec_c:section C"),
                targets("SYLVANIA cited Article 4 of the Convention on section C."));
    }

    @Test
    void eachClauseOnItsOwnParagraphAndOption() {
        String sentence = "The EU supported option 2 of paragraph 21 and opposed paragraph 22.";
        List<StatementDetector.Mention> mentions = FINDER.find(sentence).stream()
                .map(f -> new StatementDetector.Mention(f.eId(), f.start(), f.end())).toList();
        List<StatementDetector.Statement> found = StatementDetector.detect(sentence, mentions, "sec_d", SPEAKERS);
        assertEquals(List.of("SUPPORT sec_d__para_21", "OPPOSE sec_d__para_22"),
                found.stream().map(s -> s.stance() + " " + s.target()).toList());
        ParsedDraft paragraph21 = BracketParser.parse("21. [Option 1: Parties shall report.] [Option 2: Parties may report.] "
                + "[Option 3: Parties to report.]", BracketParser.Mode.TOLERANT);
        assertEquals(Optional.of(new AlternativeLinker.Link(0, 1)), AlternativeLinker.link(found.get(0).clause(), paragraph21));
        assertEquals(Optional.empty(), AlternativeLinker.link("FREEDONIA preferred options 1–3 of paragraph 21.", paragraph21));
        assertEquals(Stance.PREFER, BulletinStances.of("preferred option 3 of paragraph 21.").get(0).stance());
    }
}
