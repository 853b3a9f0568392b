package org.treatytracker.draftfile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/** PDF and Word drafts through the draft import: they import like their plain-text twins, and bad files are a 422. */
@QuarkusTest
class DraftFileImportResourceTest {

    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    String slug;
    long reading;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    @BeforeEach
    void aReading() {
        slug = TestData.newNegotiation();
        reading = TestData.newReading(slug, 1);
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = DraftFileImportResourceTest.class.getResourceAsStream("/drafts/" + name)) {
            return in.readAllBytes();
        }
    }

    private JsonPath importBody(long into, String contentType, byte[] body, int status) {
        return given().contentType(contentType).body(body).post("/api/v1/readings/{id}/import", into)
                .then().statusCode(status).extract().jsonPath();
    }

    /** The provisions of an import as eId → bracket sets, in order. */
    private static List<String> shape(JsonPath report) {
        return report.getList("entries", Map.class).stream().map(e -> e.get("eId") + ":" + e.get("bracketSets")).toList();
    }

    private static void assertImportsAlike(JsonPath twin, JsonPath file) {
        assertEquals(shape(twin), shape(file));
        for (String total : List.of("provisions", "articles", "sections", "bracketSets", "alternatives", "optionGroups", "options")) {
            assertEquals(twin.getInt(total), file.getInt(total), total);
        }
    }

    @Test
    void aPdfDraftImportsLikeItsPlainTextTwin() throws IOException {
        JsonPath twin = importBody(TestData.newReading(TestData.newNegotiation(), 1), "text/plain; charset=UTF-8",
                resource("made-up-draft.txt"), 201);
        JsonPath pdf = importBody(reading, PDF, resource("made-up-draft.pdf"), 201);
        assertImportsAlike(twin, pdf);
        assertEquals(List.of("sec_a", "preamble", "preamble__para_1", "preamble__para_2", "art_1", "art_2", "art_3", "sec_b", "art_4"),
                pdf.getList("entries.eId"));
        assertEquals(4, pdf.getInt("articles"));
        assertEquals(2, pdf.getInt("sections"));
        assertEquals(2, pdf.getInt("layout.pages"));
        assertEquals(6, pdf.getInt("layout.runningLinesDropped"), "a three-line header on each of two pages");
        assertTrue(pdf.getInt("layout.linesJoined") > 0);
        // The same PDF again changes nothing.
        importBody(reading, PDF, resource("made-up-draft.pdf"), 200);
        given().get("/api/v1/readings/{id}/provisions?kind=ARTICLE", reading).then()
                .body("items[3].eId", equalTo("art_4")).body("items[3].parent", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aWordDraftMadeWithPoiImportsLikeItsPlainTextTwin() throws IOException {
        String draft = new String(resource("made-up-draft.txt"), StandardCharsets.UTF_8);
        JsonPath twin = importBody(TestData.newReading(TestData.newNegotiation(), 1), "text/plain; charset=UTF-8",
                draft.getBytes(StandardCharsets.UTF_8), 201);
        JsonPath docx = importBody(reading, DOCX, DraftFileMaker.docx(draft), 201);
        assertImportsAlike(twin, docx);
        assertEquals(null, (Object) docx.get("layout"));
    }

    @Test
    void refusesFilesThatAreNotWhatTheirTypeSaysWith422AndCreatesNothing() throws IOException {
        byte[] pdf = resource("made-up-draft.pdf");
        importBody(reading, PDF, "not a PDF at all".getBytes(StandardCharsets.UTF_8), 422);
        JsonPath truncated = importBody(reading, PDF, Arrays.copyOf(pdf, pdf.length / 3), 422);
        assertTrue(truncated.getString("detail").contains("PDF"), truncated.getString("detail"));
        importBody(reading, DOCX, pdf, 422);
        importBody(reading, DOCX, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3}, 422);
        importBody(reading, "text/plain; charset=UTF-8", new byte[] {'A', (byte) 0xff, (byte) 0xfe, 'B'}, 422);
        given().get("/api/v1/readings/{id}/provisions", reading).then().body("total", equalTo(0));
    }

    @Test
    void refusesAnEncryptedPdfWith422() throws IOException {
        String draft = new String(resource("made-up-draft.txt"), StandardCharsets.UTF_8);
        given().contentType(PDF).body(DraftFileMaker.pdf(draft, "owner-secret", "user-secret"))
                .post("/api/v1/readings/{id}/import", reading).then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("encrypted"));
    }

    @Test
    void onlyTheDraftImportTakesABinaryBody() throws IOException {
        given().contentType(PDF).body(resource("made-up-draft.pdf")).post("/api/v1/negotiations/{slug}/readings", slug)
                .then().statusCode(415).body("detail", containsString("only taken by the draft import"));
    }
}
