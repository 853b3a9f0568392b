package org.treatytracker.report.reading;

import java.util.Objects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Articles of the draft, and articles of other instruments that are not the draft's; made-up sentences. */
class MentionFinderTest {

    private final MentionFinder finder = new MentionFinder(List.of(new MentionFinder.Target("art_2", "ARTICLE", null, null),
            new MentionFinder.Target("art_4", "ARTICLE", null, null), new MentionFinder.Target("art_5", "ARTICLE", null, null),
            new MentionFinder.Target("art_3", "ARTICLE", null, null), new MentionFinder.Target("art_3bis", "ARTICLE", null, null)));

    private List<String> found(String paragraph) {
        return finder.find(paragraph).stream().map(MentionFinder.Found::eId).filter(Objects::nonNull).toList();
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

    private final MentionFinder sectioned = new MentionFinder(List.of(new MentionFinder.Target("sec_c", "CHAPTER", "C", "Mitigation", null),
            new MentionFinder.Target("sec_d", "CHAPTER", "D", "Adaptation", null),
            new MentionFinder.Target("sec_d__para_12", "PARAGRAPH", "12", null, null),
            new MentionFinder.Target("art_4", "ARTICLE", "4", null, null),
            new MentionFinder.Target("art_4__para_2", "PARAGRAPH", "2", null, null),
            new MentionFinder.Target("art_4__para_2__subpara_b", "SUBPARAGRAPH", "b", null, null),
            new MentionFinder.Target("art_5__para_2", "PARAGRAPH", "2", null, null)));

    private List<String> inSections(String paragraph) {
        return sectioned.find(paragraph).stream().map(f -> f.kind() + ":" + f.eId() + ":" + f.text()).toList();
    }

    @Test
    void sectionsAndParagraphsOfTheDraft() {
        assertEquals(List.of("SECTION:sec_d:section D"), inSections("On mitigation, FREEDONIA turned to section D."));
        assertEquals(List.of("SECTION:sec_c:Sections C", "SECTION:sec_d:D"), inSections("Sections C and D were discussed."));
        assertEquals(List.of("PARAGRAPH:sec_d__para_12:paragraph 12"), inSections("SYLVANIA proposed deleting paragraph 12."));
        assertEquals(List.of("ARTICLE:art_4:article 4", "PARAGRAPH:art_4__para_2__subpara_b:paragraph 2 (b)"),
                inSections("On article 4, paragraph 2 (b), FREEDONIA objected."));
        assertEquals(List.of("PARAGRAPH:art_5__para_2:paragraph 2"),
                inSections("FREEDONIA supported paragraph 2 of article 5."));
        // Paragraph 2 exists in two articles: alone, it names neither.
        assertEquals(List.of(), inSections("FREEDONIA supported paragraph 2."));
        assertEquals(List.of(), inSections("Section Z was not reached."));
    }

    @Test
    void otherInstrumentsAreRecordedAsExternalReferences() {
        assertEquals(List.of("EXTERNAL_REFERENCE:null:FCCC Article 4.1"), inSections("FREEDONIA recalled FCCC Article 4.1 on commitments."));
        assertEquals(List.of("EXTERNAL_REFERENCE:null:Article 2 of the Convention"), inSections("SYLVANIA invoked Article 2 of the Convention."));
        assertEquals(List.of("EXTERNAL_REFERENCE:null:UNTOC article 5"), inSections("One delegation cited UNTOC article 5 as a model."));
        assertEquals(List.of("EXTERNAL_REFERENCE:null:decision 1/CP.17"), inSections("The mandate of decision 1/CP.17 was recalled."));
        assertEquals(List.of("EXTERNAL_REFERENCE:null:resolution 74/247"), inSections("Under General Assembly resolution 74/247, the committee met."));
    }
}
