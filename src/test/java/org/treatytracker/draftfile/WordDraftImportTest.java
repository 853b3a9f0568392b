package org.treatytracker.draftfile;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;
import org.treatytracker.draftfile.WordDraftBuilder.Lvl;

/**
 * A Word draft decision whose numbers are Word list numbering imports through the real endpoint like its
 * plain-text twin, in which the same numbers are typed: the same provisions (names, kinds, texts) and brackets.
 */
@QuarkusTest
class WordDraftImportTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final List<String> TOTALS = List.of("provisions", "articles", "sections", "bracketSets", "alternatives",
            "optionGroups", "options", "bracketedHeadings");

    @BeforeAll
    static void asAdmin() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    /** Made up: a draft decision as the secretariat types it, numbers and all. */
    static final String TWIN = """
            Draft decision -/CMA.X

            Made-up guidance on a made-up mechanism

            The Conference of the Parties serving as the meeting of the Parties to the Paris Agreement,

            Recalling decision 1/CP.21 and the made-up decision 99/CMA.1,

            Recalling also [the made-up work programme][the made-up process] established at its last session[^1],

            I. General

            A. Scope

            1. Decides that the made-up mechanism [shall][should] apply to all Parties;

            2. Also decides that the mechanism shall:

            (a) Be guided by the made-up principles;

            (b) Operate [under the guidance of][in accordance with the decisions of] the Conference;

            B. Timelines

            3. Notes the timelines in the table below:

            Activity

            Timeline

            [Made-up review]

            [2030][2035]

            II. [Further guidance] [Additional information]

            4. Invites Parties to submit views [by 31 March][by 30 April];

            5. Requests the secretariat to prepare a synthesis report:

            (a) On the views submitted;

            (b) On [options][elements] for further work;

            III. Final provisions

            6. Decides to continue consideration of this matter at its next session.

            [Annex

            Made-up elements of further guidance

            1. Elements [to be developed] by the made-up body:

            (a) Element one;

            (b) [Element two].]

            [^1]: A made-up footnote: the process is not a real one.
            """;

    /** The same decision in Word: every number above is list numbering, the footnote a footnote, the table a table. */
    static byte[] docx() {
        WordDraftBuilder word = new WordDraftBuilder().note("1", "A made-up footnote: the process is not a real one.");
        // One list: sections I., II. (level 0), subsections A., B. (level 1, restarting in each section), paragraphs
        // 1., 2. (level 2, lvlRestart 0: numbered on across sections), subparagraphs (a), (b) (level 3).
        BigInteger decision = word.abstractNum(Lvl.of(0, "upperRoman", "%1.").withSuffix("space"),
                Lvl.of(1, "upperLetter", "%2.").withSuffix("space"), Lvl.of(2, "decimal", "%3.").withRestart(0),
                Lvl.of(3, "lowerLetter", "(%4)"));
        BigInteger num = word.num(decision);
        // The annex's paragraphs: the same list, its level 2 restarted at 1 by a second num's startOverride.
        BigInteger annex = word.numRestarting(decision, 2, 1);
        word.style("DecisionHeadingBase", null, num, null)
                .style("DecisionSection", "DecisionHeadingBase", null, 0)
                .style("DecisionSubsection", "DecisionSection", null, 1)
                .style("DecisionParagraph", null, num, 2);
        word.paragraph("Draft decision -/CMA.X");
        word.paragraph("Made-up guidance on a made-up mechanism");
        word.paragraph("The Conference of the Parties serving as the meeting of the Parties to the Paris Agreement,");
        word.paragraph("Recalling decision 1/CP.21 and the made-up decision 99/CMA.1,");
        word.paragraph("Recalling also [the made-up work programme][the made-up process] established at its last session[^1],");
        word.styled("General", "DecisionSection");
        word.styled("Scope", "DecisionSubsection");
        word.styled("Decides that the made-up mechanism [shall][should] apply to all Parties;", "DecisionParagraph");
        word.styled("Also decides that the mechanism shall:", "DecisionParagraph");
        word.numbered("Be guided by the made-up principles;", num, 3);
        word.numbered("Operate [under the guidance of][in accordance with the decisions of] the Conference;", num, 3);
        word.styled("Timelines", "DecisionSubsection");
        word.styled("Notes the timelines in the table below:", "DecisionParagraph");
        word.table(new String[][] {{"Activity", "Timeline"}, {"[Made-up review]", "[2030][2035]"}});
        word.styled("[Further guidance] [Additional information]", "DecisionSection");
        word.styled("Invites Parties to submit views [by 31 March][by 30 April];", "DecisionParagraph");
        word.styled("Requests the secretariat to prepare a synthesis report:", "DecisionParagraph");
        word.numbered("On the views submitted;", num, 3);
        word.numbered("On [options][elements] for further work;", num, 3);
        word.styled("Final provisions", "DecisionSection");
        word.styled("Decides to continue consideration of this matter at its next session.", "DecisionParagraph");
        word.paragraph("[Annex");
        word.paragraph("Made-up elements of further guidance");
        word.numbered("Elements [to be developed] by the made-up body:", annex, 2);
        word.numbered("Element one;", annex, 3);
        word.numbered("[Element two].]", annex, 3);
        return word.bytes();
    }

    @Test
    void theWordDraftReadsAsItsTypedTwin() {
        assertEquals(TWIN, DocxDraftReader.read(docx()));
    }

    @Test
    void aWordDraftDecisionImportsLikeItsPlainTextTwin() {
        JsonPath[] reports = importBoth("made-up draft decision", TWIN, docx());
        // The structure itself, exactly: Word's numbers made sections, subsections, paragraphs (numbered across
        // sections), subparagraphs and an annex of the draft decision.
        List<String> structure = given().get("/api/v1/readings/{id}/provisions?size=200", reports[1].getLong("readingId")).then()
                .statusCode(200).extract().jsonPath().getList("items", java.util.Map.class).stream()
                .map(i -> i.get("kind") + " " + i.get("eId")).toList();
        assertEquals(List.of("PREAMBLE preamble", "PREAMBULAR_PARAGRAPH preamble__para_1", "PREAMBULAR_PARAGRAPH preamble__para_2",
                "SECTION sec_1", "SUBSECTION sec_1__subsec_a", "PARAGRAPH sec_1__subsec_a__para_1", "PARAGRAPH sec_1__subsec_a__para_2",
                "SUBPARAGRAPH sec_1__subsec_a__para_2__subpara_a", "SUBPARAGRAPH sec_1__subsec_a__para_2__subpara_b",
                "SUBSECTION sec_1__subsec_b", "PARAGRAPH sec_1__subsec_b__para_3", "SECTION sec_2", "PARAGRAPH sec_2__para_4",
                "PARAGRAPH sec_2__para_5", "SUBPARAGRAPH sec_2__para_5__subpara_a", "SUBPARAGRAPH sec_2__para_5__subpara_b",
                "SECTION sec_3", "PARAGRAPH sec_3__para_6", "ANNEX annex_1", "PARAGRAPH annex_1__para_1",
                "SUBPARAGRAPH annex_1__para_1__subpara_a", "SUBPARAGRAPH annex_1__para_1__subpara_b"), structure);
        List<String> bracketedHeadings = given().get("/api/v1/readings/{id}/provisions?size=200", reports[1].getLong("readingId"))
                .then().extract().jsonPath().getList("items.findAll { it.brackets.bracketedHeadings > 0 }.eId", String.class);
        System.out.println("the Word decision's bracketed headings: " + bracketedHeadings);
        assertTrue(bracketedHeadings.contains("sec_2") && bracketedHeadings.contains("annex_1"),
                "the heading set of section II and the bracketed annex: " + bracketedHeadings);
        assertTrue(reports[1].getInt("bracketSets") >= 8, "the decision's bracket sets are counted: " + reports[1].getInt("bracketSets"));
    }

    /** Imports the twin as text and the Word file, each into a reading of its own; asserts they import alike; prints. */
    static JsonPath[] importBoth(String name, String twin, byte[] docx) {
        long textReading = TestData.newReading(TestData.newNegotiation(), 1);
        long wordReading = TestData.newReading(TestData.newNegotiation(), 1);
        JsonPath text = importBody(textReading, "text/plain; charset=UTF-8", twin.getBytes(StandardCharsets.UTF_8));
        JsonPath word = importBody(wordReading, DOCX, docx);
        List<String> textProvisions = provisions(textReading);
        List<String> wordProvisions = provisions(wordReading);
        System.out.printf("%s: provisions %d (.docx) vs %d (text), bracket pairs %d vs %d, top-level parts %d vs %d%n", name,
                word.getInt("provisions"), text.getInt("provisions"), word.getInt("bracketSets"), text.getInt("bracketSets"),
                topLevel(wordProvisions), topLevel(textProvisions));
        assertFalse(textProvisions.isEmpty(), name + ": the twin gives provisions");
        assertEquals(textProvisions, wordProvisions, name + ": provisions (kind, eId, number, title, text)");
        for (String total : TOTALS) {
            assertEquals(text.getInt(total), word.getInt(total), name + ": " + total);
        }
        assertEquals(text.getInt("parts.paragraphs"), word.getInt("parts.paragraphs"), name + ": paragraphs");
        assertEquals(text.getInt("parts.subparagraphs"), word.getInt("parts.subparagraphs"), name + ": subparagraphs");
        return new JsonPath[] {text, word};
    }

    private static long topLevel(List<String> provisions) {
        return provisions.stream().filter(p -> p.contains(" parent=-\n")).count();
    }

    private static JsonPath importBody(long reading, String contentType, byte[] body) {
        return given().contentType(contentType).body(body).post("/api/v1/readings/{id}/import", reading)
                .then().statusCode(201).extract().jsonPath();
    }

    /** Every provision of the reading, in order: kind, eId, number, title and text. */
    static List<String> provisions(long reading) {
        List<String> out = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath p = given().get("/api/v1/readings/{id}/provisions?size=200&page={page}", reading, page)
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = p.getList("items");
            for (Map<String, Object> item : items) {
                out.add(item.get("kind") + " " + item.get("eId") + " " + item.get("number") + " " + item.get("title")
                        + " parent=" + (item.get("parent") == null ? "-" : ((Map<?, ?>) item.get("parent")).get("eId")) + "\n" + item.get("text"));
            }
            if (items.size() < 200) {
                return out;
            }
        }
    }
}
