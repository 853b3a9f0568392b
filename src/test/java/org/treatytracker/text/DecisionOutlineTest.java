package org.treatytracker.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.treatytracker.text.DraftOutline.Part;
import org.treatytracker.text.DraftOutline.Section;

/** The outline rules for decisions: title and preamble, roman sections and lettered subsections, annexes, bracketed headings. */
class DecisionOutlineTest {

    static String fixture(String name) throws IOException {
        try (InputStream in = DecisionOutlineTest.class.getResourceAsStream("/drafts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String shape(DraftOutline outline) {
        List<Section> all = outline.sections();
        return all.stream().map(s -> s.part() + " " + s.number() + (s.parent() < 0 ? "" : " in " + all.get(s.parent()).part()
                + " " + all.get(s.parent()).number()) + (s.bracketedHeading() ? " [bracketed]" : "") + " | " + s.title())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void readsTheMadeUpDecision() throws IOException {
        DraftOutline outline = DraftOutline.of(fixture("made-up-decision-1.txt"));
        assertEquals("""
                PREAMBLE null | Draft decision -/CMA.9: Guidance on made-up cooperative arrangements
                PREAMBULAR_PARAGRAPH 1 in PREAMBLE null | null
                PREAMBULAR_PARAGRAPH 2 in PREAMBLE null | null
                PREAMBULAR_PARAGRAPH 3 in PREAMBLE null | null
                SECTION 1 | Definitions
                SECTION 2 [bracketed] | [Further guidance on reporting] [Additional upfront information]
                SUBSECTION A in SECTION 2 | Initial report
                SUBSECTION B in SECTION 2 | Annual information
                SECTION 10 [bracketed] | Identifying the made-up units
                SECTION 11 | Review
                ANNEX 1 [bracketed] | Draft rules of procedure of the made-up body
                SECTION 1 in ANNEX 1 | Scope
                ANNEX 2 | Table of reporting elements""", shape(outline));
        assertEquals("The Conference of the Parties serving as the meeting of the Parties to the Made-up Agreement,",
                outline.sections().get(0).text());
        assertEquals(List.of(), outline.notes().stream().filter(n -> !n.message().contains("not part of")).toList());
    }

    @Test
    void theClosingBracketOfABracketedSectionOrAnnexIsTheHeadingsNotAStray() throws IOException {
        DraftOutline outline = DraftOutline.of(fixture("made-up-decision-1.txt"));
        for (Section s : outline.sections()) {
            ParsedDraft parsed = BracketParser.parse(s.text(), BracketParser.Mode.TOLERANT);
            assertEquals(List.of(), parsed.warnings(), s.part() + " " + s.number() + ": " + s.text());
        }
        Section identifying = outline.sections().get(8);
        assertTrue(identifying.text().endsWith("recorded in the registry."), identifying.text());
    }

    @Test
    void theHeadingsBracketMayCloseBeforeTheLastLine() {
        // As the Geneva text ends: "[Annex Y" closed at the end of its list, then a line and a page number.
        DraftOutline outline = DraftOutline.of("[Annex X\nList of Parties to be agreed]\n\n[Annex Y\nList of Parties, to be updated]\n"
                + "[Annex Z / III]\n\n86\n");
        assertEquals(List.of("10", "Y"), outline.sections().stream().map(Section::number).toList());
        assertEquals(List.of("List of Parties to be agreed", "List of Parties, to be updated"),
                outline.sections().stream().map(Section::title).toList());
        assertEquals("[Annex Z / III]\n\n86", outline.sections().get(1).text());
        assertTrue(outline.sections().stream().allMatch(Section::bracketedHeading));
        assertEquals(List.of(), BracketParser.parse(outline.sections().get(1).text(), BracketParser.Mode.TOLERANT).warnings());
    }

    @Test
    void theFirstSectionHeadingDecidesTheNumbering() {
        DraftOutline lettered = DraftOutline.of("A. Preamble\n\n1. Text.\n\nH. Finance\n\n2. Text.\n\nI. Technology\n\n3. Text.\n");
        assertEquals(List.of("A", "H", "I"), lettered.sections().stream().map(Section::number).toList());
        assertTrue(lettered.sections().stream().allMatch(s -> s.part() == Part.SECTION && s.parent() < 0));

        DraftOutline roman = DraftOutline.of("I. Scope\n\n1. Text.\n\nA. First\n\n2. Text.\n\nB. Second\n\n3. Text.\n\n"
                + "V. Gap before\n\n4. Text.\n\nA. Again first\n\n5. Text.\n");
        assertEquals(List.of("SECTION 1", "SUBSECTION A", "SUBSECTION B", "SECTION 5", "SUBSECTION A"),
                roman.sections().stream().map(s -> s.part() + " " + s.number()).toList());
        assertEquals(3, roman.sections().get(4).parent());
    }

    @Test
    void aDecisionWithoutSectionsHasItsOperativeParagraphsAsProvisions() {
        DraftOutline outline = DraftOutline.of("Decision 3/CP.99\n\nThe Conference of the Parties,\n\nRecalling its work,\n\n"
                + "1. Decides to go on:\n    (a) Soon;\n    (b) [Later][Never];\n\n[4][2]. Requests a report;\n\n[3. Invites views.]\n");
        assertEquals(List.of("PREAMBLE null", "PREAMBULAR_PARAGRAPH 1", "PARAGRAPH 1", "PARAGRAPH 4", "PARAGRAPH 3"),
                outline.sections().stream().map(s -> s.part() + " " + s.number()).toList());
        assertEquals("Decides to go on:\n    (a) Soon;\n    (b) [Later][Never];", outline.sections().get(2).text());
        assertEquals("[4][2]. Requests a report;", outline.sections().get(3).text());
        assertEquals("[Invites views.]", outline.sections().get(4).text());
        assertEquals(List.of(), outline.notes());
    }

    @Test
    void annexHeadingsAndReportAnnexes() {
        assertNull(DraftOutline.annexesOf("Report of the body\n\nI. Opening\n\n1. The body met.\n"));
        String report = "Report\n\nContents\n\nAnnex I. Draft rules of procedure ........ 12\n\nI. Opening\n\n1. The body met.\n\n"
                + "Annex I contains the rules.\n\nAnnex I\n\nDraft rules of procedure\n\n1. These rules [shall][may] apply.\n";
        String annexes = DraftOutline.annexesOf(report);
        assertNotNull(annexes);
        assertEquals(report.split("\n", -1).length, annexes.split("\n", -1).length);
        DraftOutline outline = DraftOutline.of(annexes);
        assertEquals(List.of("ANNEX 1 | Draft rules of procedure"),
                outline.sections().stream().map(s -> s.part() + " " + s.number() + " | " + s.title()).toList());
        assertEquals(13, outline.sections().get(0).line());
    }

    @Test
    void theTrickyBracketsOfADecisionParseWithoutWarnings() {
        for (String text : List.of("[4][2]. Each Party shall report.", "under decision [x]/CMA.9", "Article[s 5.2 and] 6.4",
                "Parties and[/or] observers", "the views {submissions are on the portal} of Parties",
                "Option 1: one\n    Option A: a\n        Option I: i\n        Option II: ii\n    Option B: b\nOption 2: two\nOption 4: four")) {
            ParsedDraft parsed = BracketParser.parse(text, BracketParser.Mode.TOLERANT);
            assertEquals(List.of(), parsed.warnings(), text);
            assertEquals(text, parsed.render());
        }
        ParsedDraft options = BracketParser.parse("Option 1: one\n    Option A: a\n        Option I: i\n        Option II: ii\n"
                + "    Option B: b\nOption 2: two\nOption 4: four", BracketParser.Mode.TOLERANT);
        assertEquals(3, options.maxDepth());
        assertEquals(3, options.optionGroupCount());
    }

    @Test
    void aParagraphWhoseNumberIsOpenIsNamedByItsFirstAlternative() {
        String text = "[4][2]. Each Party shall report.\n\n5. Each Party shall publish.";
        List<ProvisionParts.Part> parts = ProvisionParts.of(text, BracketParser.parse(text, BracketParser.Mode.TOLERANT));
        assertEquals(List.of("4", "5"), parts.stream().map(ProvisionParts.Part::number).toList());
        assertTrue(parts.get(0).text().startsWith("[4][2]."));
    }
}
