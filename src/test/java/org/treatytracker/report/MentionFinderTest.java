package org.treatytracker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Articles of the draft, and articles of other instruments that are not the draft's; made-up sentences. */
class MentionFinderTest {

    private final MentionFinder finder = new MentionFinder(List.of(new MentionFinder.Target("art_2", "ARTICLE", null, null),
            new MentionFinder.Target("art_4", "ARTICLE", null, null), new MentionFinder.Target("art_5", "ARTICLE", null, null),
            new MentionFinder.Target("art_3", "ARTICLE", null, null), new MentionFinder.Target("art_3bis", "ARTICLE", null, null)));

    private List<String> found(String paragraph) {
        return finder.find(paragraph).stream().map(MentionFinder.Found::eId).toList();
    }

    @Test
    void articlesOfOtherInstrumentsAreNotTheDrafts() {
        assertEquals(List.of(), found("FREEDONIA recalled FCCC Article 4.1 on commitments."));
        assertEquals(List.of(), found("SYLVANIA invoked Article 2 of the Convention."));
        assertEquals(List.of(), found("One delegation cited UNTOC article 5 as a model."));
        assertEquals(List.of(), found("The text follows article 4 of decision 1/CP.17 closely."));
        assertEquals(List.of(), found("The Convention's article 5 was quoted."));
    }

    @Test
    void theDraftsOwnArticlesAreKept() {
        assertEquals(List.of("art_4"), found("FREEDONIA proposed deleting article 4."));
        assertEquals(List.of("art_2"), found("SYLVANIA supported article 2 of the draft text."));
        assertEquals(List.of("art_4", "art_5"), found("Several speakers discussed articles 4 and 5, while others did not."));
        assertEquals(List.of("art_3", "art_3bis"), found("SYLVANIA commented on Article 3 (commitments), 3bis and the preamble."));
    }
}
