package org.treatytracker.report.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Unnamed speakers counted in a group, and the targets of a sentence; made-up sentences. */
class StatementDetectorTest {

    private static List<String> statements(String paragraph, List<StatementDetector.Mention> mentions) {
        return StatementDetector.detect(paragraph, mentions, "chp_1").stream()
                .map(s -> s.quantifier() + (s.among() == null ? "" : " among " + s.among()) + " " + s.stance() + " " + s.target())
                .toList();
    }

    @Test
    void unnamedSpeakersCountedInANamedGroup() {
        assertEquals(List.of("SEVERAL among LDCs SUPPORT chp_1"), statements("Several LDCs supported the proposal.", List.of()));
        assertEquals(List.of("A_NUMBER_OF among Annex I Parties OPPOSE chp_1"),
                statements("A number of Annex I Parties opposed the reference.", List.of()));
        assertEquals(List.of("MANY among developing countries AMEND chp_1"),
                statements("Many developing countries called for predictable finance.", List.of()));
        // Generic words name no group.
        assertEquals(List.of("SEVERAL SUPPORT chp_1"), statements("Several delegations supported the proposal.", List.of()));
        // Not a speaker: no verb follows.
        assertEquals(List.of(), statements("The text lists many NDCs in an annex.", List.of()));
    }

    @Test
    void aParagraphOfAnArticleIsTheTargetNotTheWholeArticle() {
        String paragraph = "On article 4, paragraph 2, several delegations supported the text.";
        assertEquals(List.of("SEVERAL SUPPORT art_4__para_2"), statements(paragraph,
                List.of(new StatementDetector.Mention("art_4", 3, 12), new StatementDetector.Mention("art_4__para_2", 14, 25))));
    }
}
