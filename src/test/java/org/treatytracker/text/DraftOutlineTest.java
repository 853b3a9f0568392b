package org.treatytracker.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatytracker.text.DraftOutline.Part;
import org.treatytracker.text.DraftOutline.Section;

/** Fixtures are made up, modelled on the forms of real drafts. */
class DraftOutlineTest {

    static String fixture(String name) throws IOException {
        try (InputStream in = DraftOutlineTest.class.getResourceAsStream("/drafts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Section> articles(DraftOutline outline) {
        return outline.sections().stream().filter(s -> s.part() == Part.ARTICLE).toList();
    }

    @Test
    void readsPreambleChaptersAndArticlesOfAPlainDraft() throws IOException {
        DraftOutline outline = DraftOutline.of(fixture("made-up-reading-1.md"));
        List<Section> sections = outline.sections();
        assertEquals(Part.PREAMBLE, sections.get(0).part());
        assertEquals("The States Parties to this Convention,", sections.get(0).text());
        assertEquals(List.of("1", "2"), sections.stream().filter(s -> s.part() == Part.PREAMBULAR_PARAGRAPH).map(Section::number).toList());
        assertEquals(List.of("General provisions", "Criminalization"),
                sections.stream().filter(s -> s.part() == Part.CHAPTER).map(Section::title).toList());
        List<Section> articles = articles(outline);
        assertEquals(List.of("1", "2", "3", "4"), articles.stream().map(Section::number).toList());
        assertEquals(List.of("Purpose", "Use of terms", "Illegal access", "Preservation of data"),
                articles.stream().map(Section::title).toList());
        Section illegalAccess = articles.get(2);
        assertEquals(2, illegalAccess.paragraphs());
        assertEquals(2, illegalAccess.subparagraphs());
        assertEquals("Criminalization", sections.get(illegalAccess.parent()).title());
        assertTrue(illegalAccess.text().startsWith("1. Each State Party"));
        assertEquals(29, illegalAccess.textLine());
        assertFalse(articles.get(3).text().contains("Not part of the articles"));
        // The draft's annex is a part of it, read as one, no longer a heading left out.
        assertEquals(List.of("ANNEX 1"), sections.stream().filter(s -> s.part() == Part.ANNEX).map(s -> s.part() + " " + s.number()).toList());
        assertEquals(0, outline.notes().size());
    }

    @Test
    void readsMarkdownHeadingForms() {
        String draft = """
                ## Article 2bis *(general)*

                Text.

                ## [Article 3bis] *(REDD-plus)*

                [Bracketed article.]

                ## Article 8 bis

                Parties shall cooperate.

                Article 9: Transparency

                1. A framework.
                3bis. Another paragraph.
                """;
        List<Section> articles = articles(DraftOutline.of(draft));
        assertEquals(List.of("2bis", "3bis", "8bis", "9"), articles.stream().map(Section::number).toList());
        assertEquals("general", articles.get(0).title());
        assertEquals("REDD-plus", articles.get(1).title());
        assertTrue(articles.get(1).bracketedHeading());
        assertFalse(articles.get(0).bracketedHeading());
        assertNull(articles.get(2).title());
        assertEquals("Transparency", articles.get(3).title());
        assertEquals(2, articles.get(3).paragraphs());
    }

    @Test
    void findsNoArticleInProse() {
        assertEquals(0, DraftOutline.of("A report.\n\nIt speaks of article 17 in passing.").articleCount());
    }
}
