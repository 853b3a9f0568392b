package org.treatytracker.draftfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;
import org.treatytracker.corpus.Corpus;

/**
 * The real drafts of the shared corpus (outside the repository: system property {@code corpus.root} (not {@code treaty.…}: Quarkus refuses to start on an unknown treaty.* property),
 * default {@code ../shared/corpus}) turned into Word documents whose numbers are list numbering and whose
 * footnotes are footnotes: each imports like its text.
 */
@QuarkusTest
class WordCorpusImportTest {

    @BeforeAll
    static void asAdmin() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    private static Path corpusFile(String relative) {
        return Corpus.require(relative.substring(0, relative.indexOf('/'))).resolve(relative.substring(relative.indexOf('/') + 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2015-10-23-draft-agreement.md", "2015-12-04-draft-agreement.md", "2015-12-09-draft-agreement.md"})
    void aParisMarkdownDraftInWordImportsLikeItsText(String name) throws IOException {
        String markdown = Files.readString(corpusFile("paris-2015/" + name));
        assertAlike("paris-2015/" + name, markdown);
    }

    @Test
    void theGenevaTextInWordImportsLikeItsText() throws IOException {
        byte[] pdf = Files.readAllBytes(corpusFile("geneva-2015/2015-02-12-geneva-negotiating-text.pdf"));
        assertAlike("geneva-2015 (text of the PDF)", PdfDraftReader.read(pdf).text());
    }

    private static void assertAlike(String name, String typed) {
        TypedNumbersToWord.Converted converted = TypedNumbersToWord.convert(typed);
        System.out.printf("%s: %d typed numbers became Word list numbering, %d footnotes became Word footnotes%n", name,
                converted.listNumbers(), converted.footnotes());
        assertTrue(converted.listNumbers() > 50, name + ": numbers were converted: " + converted.listNumbers());
        assertEquals(converted.twin(), DocxDraftReader.read(converted.docx()), name + ": the Word file reads as its text");
        JsonPath[] reports = WordDraftImportTest.importBoth(name, converted.twin(), converted.docx());
        assertEquals(reports[0].getInt("bracketSets"), reports[1].getInt("bracketSets"));
        assertTrue(reports[1].getInt("bracketSets") > 0, name + ": brackets counted");
    }
}
