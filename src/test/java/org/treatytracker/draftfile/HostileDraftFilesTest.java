package org.treatytracker.draftfile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/**
 * Hostile draft files are refused within their budgets (treaty.imports.*) with a problem that names the budget
 * and its limit; after each, the server still reads, writes and says it is ready. XXE and the billion laughs stay
 * refused, and nothing of a refused file is stored.
 */
@QuarkusTest
class HostileDraftFilesTest {

    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Duration GENEROUS = Duration.ofSeconds(30);

    long reading;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    @BeforeEach
    void aReading() {
        reading = TestData.newReading(TestData.newNegotiation(), 1);
    }

    private ValidatableResponse importFile(String type, byte[] body) {
        return assertTimeoutPreemptively(GENEROUS, () -> given().contentType(type).body(body)
                .post("/api/v1/readings/{id}/import", reading).then().contentType("application/problem+json"));
    }

    /** The next ordinary read, page and write succeed, readiness is UP, and the refused import stored nothing. */
    private void assertStillServes() {
        given().get("/api/v1/negotiations").then().statusCode(200);
        given().accept("text/html").get("/").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("name", "After a hostile import " + UUID.randomUUID(), "kind", "OTHER_NGO"))
                .post("/api/v1/stakeholders").then().statusCode(201);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("database answers queries"));
        given().get("/api/v1/readings/{id}/provisions", reading).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void refusesADocxWhosePartInflatesPastItsBudgetWith413() throws IOException {
        byte[] bomb = HostileFiles.docxBomb();
        assertTrue(bomb.length < 2_000_000, "the bomb fits in a request: " + bomb.length);
        assertTrue(94_000_000L / bomb.length < 100, "under POI's own 1:100 guard: 1:" + 94_000_000L / bomb.length);
        importFile(DOCX, bomb).statusCode(413).body("budget", equalTo("treaty.imports.max-part-bytes"))
                .body("limit", equalTo("16777216 bytes")).body("detail", containsString("word/document.xml"));
        assertStillServes();
    }

    @Test
    void stillRefusesTheBillionLaughsAndExternalEntitiesWith422() throws IOException {
        importFile(DOCX, HostileFiles.docxBillionLaughs()).statusCode(422);
        importFile(DOCX, HostileFiles.docxExternalEntity()).statusCode(422).body("detail", org.hamcrest.Matchers.not(containsString("root:")));
        assertStillServes();
    }

    @Test
    void refusesAPdfWithAHugeEmbeddedFontWith413() throws IOException {
        byte[] pdf = HostileFiles.pdfWithHugeFont(512L << 20);
        assertTrue(pdf.length < 2_000_000, "fits in a request: " + pdf.length);
        importFile(PDF, pdf).statusCode(413).body("budget", equalTo("treaty.imports.max-part-bytes"))
                .body("detail", containsString("stream of the PDF"));
        assertStillServes();
    }

    @Test
    void refusesAPdfWhosePagesShareOneLargeStreamWith413() throws IOException {
        byte[] pdf = HostileFiles.pdfSharingOneStream(1_000, 1 << 20);
        importFile(PDF, pdf).statusCode(413).body("budget", equalTo("treaty.imports.max-inflated-bytes"))
                .body("limit", equalTo("67108864 bytes"));
        assertStillServes();
    }

    @Test
    void refusesAPdfOfMorePagesThanItsBudgetWith413() throws IOException {
        importFile(PDF, HostileFiles.pdfOfPages(1_001)).statusCode(413).body("budget", equalTo("treaty.imports.max-pages"))
                .body("limit", equalTo("1000 pages")).body("detail", containsString("1001 pages"));
        assertStillServes();
    }

    @Test
    void aPdfWithinItsBudgetsStillImports() throws IOException {
        byte[] pdf = DraftFileMaker.pdf("Article 1. Scope\n\nThe Parties shall cooperate.\n\nArticle 2. Use of terms\n\n"
                + "For the purposes of this Convention, [computer data] [digital information] means any representation.", null, null);
        given().contentType(PDF).body(pdf).post("/api/v1/readings/{id}/import", reading)
                .then().statusCode(201).body("articles", equalTo(2));
    }
}
