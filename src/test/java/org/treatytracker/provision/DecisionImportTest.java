package org.treatytracker.provision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/**
 * A made-up draft decision (src/test/resources/drafts/made-up-decision-1.txt, and its second reading -2.txt)
 * through the API: every provision's eId, kind, heading and bracket counts, and the comparison of the readings
 * section by section.
 */
@QuarkusTest
class DecisionImportTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = DecisionImportTest.class.getResourceAsStream("/drafts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String structure(long reading) {
        List<Map<String, Object>> items = given().get("/api/v1/readings/{id}/provisions?size=200", reading).then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().map(p -> p.get("eId") + " " + p.get("kind") + " " + (p.get("title") == null ? "-" : p.get("title"))
                + " sets=" + ((Map<?, ?>) p.get("brackets")).get("bracketSets")
                + (Integer.valueOf(1).equals(((Map<?, ?>) p.get("brackets")).get("bracketedHeadings")) ? " [bracketed]" : ""))
                .collect(Collectors.joining("\n"));
    }

    private static final String FIRST = """
            preamble PREAMBLE Draft decision -/CMA.9: Guidance on made-up cooperative arrangements sets=0
            preamble__para_1 PREAMBULAR_PARAGRAPH - sets=1
            preamble__para_2 PREAMBULAR_PARAGRAPH - sets=1
            preamble__para_3 PREAMBULAR_PARAGRAPH - sets=1
            sec_1 SECTION Definitions sets=1
            sec_1__para_1 PARAGRAPH - sets=1
            sec_2 SECTION [Further guidance on reporting] [Additional upfront information] sets=0 [bracketed]
            sec_2__subsec_a SUBSECTION Initial report sets=4
            sec_2__subsec_a__para_2 PARAGRAPH - sets=2
            sec_2__subsec_a__para_2__subpara_a SUBPARAGRAPH - sets=1
            sec_2__subsec_a__para_2__subpara_b SUBPARAGRAPH - sets=1
            sec_2__subsec_a__para_3 PARAGRAPH - sets=2
            sec_2__subsec_b SUBSECTION Annual information sets=1
            sec_2__subsec_b__para_4 PARAGRAPH - sets=1
            sec_10 SECTION Identifying the made-up units sets=0 [bracketed]
            sec_10__para_5 PARAGRAPH - sets=0
            sec_10__para_6 PARAGRAPH - sets=0
            sec_11 SECTION Review sets=0
            sec_11__para_7 PARAGRAPH - sets=0
            annex_1 ANNEX Draft rules of procedure of the made-up body sets=0 [bracketed]
            annex_1__sec_1 SECTION Scope sets=1
            annex_1__sec_1__para_1 PARAGRAPH - sets=0
            annex_1__sec_1__para_2 PARAGRAPH - sets=1
            annex_2 ANNEX Table of reporting elements sets=1
            annex_2__para_3 PARAGRAPH - sets=1""";

    private static final String COMPARISON = """
            preamble UNCHANGED
            preamble__para_1 UNCHANGED
            preamble__para_2 UNCHANGED
            preamble__para_3 UNCHANGED
            sec_1 UNCHANGED
            sec_1__para_1 UNCHANGED
            sec_2 CHANGED heading {alternatives=[Further guidance on reporting, Additional upfront information], resolvedTo=0, resolvedText=Further guidance on reporting}
            sec_2__subsec_a UNCHANGED
            sec_2__subsec_a__para_2 UNCHANGED
            sec_2__subsec_a__para_2__subpara_a UNCHANGED
            sec_2__subsec_a__para_2__subpara_b UNCHANGED
            sec_2__subsec_a__para_3 UNCHANGED
            sec_2__subsec_b CHANGED
            sec_2__subsec_b__para_4__2 ADDED
            sec_2__subsec_b__para_4 RENUMBERED
            sec_11 CHANGED
            sec_11__para_7 RENUMBERED
            annex_1 UNCHANGED
            annex_1__sec_1 UNCHANGED
            annex_1__sec_1__para_1 UNCHANGED
            annex_1__sec_1__para_2 UNCHANGED
            annex_2 UNCHANGED
            annex_2__para_3 UNCHANGED
            sec_10 REMOVED
            sec_10__para_5 REMOVED
            sec_10__para_6 REMOVED""";

    @Test
    void importsTheDecisionAndComparesItsReadings() throws Exception {
        String slug = TestData.newNegotiation();
        long first = TestData.newReading(slug, 1);
        long second = TestData.newReading(slug, 2);
        given().contentType("text/plain; charset=UTF-8").body(fixture("made-up-decision-1.txt"))
                .post("/api/v1/readings/{id}/import", first).then().statusCode(201).body("warnings.size()", equalTo(0))
                .body("bracketedHeadings", equalTo(3)).body("sections", equalTo(5));
        assertEquals(FIRST, structure(first));
        given().contentType("text/plain; charset=UTF-8").body(fixture("made-up-decision-2.txt"))
                .post("/api/v1/readings/{id}/import", second).then().statusCode(201).body("warnings.size()", equalTo(0))
                .body("unmatched", equalTo(List.of("sec_10")));
        String after = structure(second);
        assertEquals(List.of("sec_2 SECTION Further guidance on reporting sets=0", "sec_2__subsec_b__para_4 PARAGRAPH - sets=0",
                "sec_2__subsec_b__para_5 PARAGRAPH - sets=1", "sec_11__para_6 PARAGRAPH - sets=0"),
                after.lines().filter(l -> !FIRST.lines().toList().contains(l)).toList());
        List<Map<String, Object>> changes = given().get("/api/v1/negotiations/{slug}/compare?from={a}&to={b}&diffs=false&paragraphs=true",
                slug, first, second).then().statusCode(200).extract().jsonPath().getList("provisions");
        assertEquals(COMPARISON, changes.stream().map(c -> c.get("wId") + " " + c.get("status")
                + (c.get("heading") == null ? "" : " heading " + c.get("heading"))).collect(Collectors.joining("\n")));

        byte[] xml = given().get("/api/v1/readings/{id}/akn", first).then().statusCode(200).extract().asByteArray();
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(DecisionImportTest.class.getResource("/akn/akomantoso30.xsd"))
                .newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        String akn = new String(xml, StandardCharsets.UTF_8);
        assertTrue(akn.contains("<subsection eId=\"sec_2__subsec_a\""), akn);
        assertTrue(akn.contains("eId=\"annex_1__sec_1\""), akn);
    }

    @Test
    void aDecisionWithoutSectionsHasItsOperativeParagraphs() throws Exception {
        String decision = """
                Draft decision -/CP.99

                The Conference of the Parties,

                Recalling its earlier work,

                1. Decides to continue:
                    (a) In [2030][2035];
                    (b) With a review;

                [4][2]. Requests the secretariat to report [annually]:
                    (a) On progress;
                """;
        long reading = TestData.newReading(TestData.newNegotiation(), 1);
        given().contentType("text/plain; charset=UTF-8").body(decision).post("/api/v1/readings/{id}/import", reading)
                .then().statusCode(201).body("warnings.size()", equalTo(0))
                .body("entries.eId", equalTo(List.of("preamble", "preamble__para_1", "para_1", "para_4")));
        assertEquals("""
                preamble PREAMBLE Draft decision -/CP.99 sets=0
                preamble__para_1 PREAMBULAR_PARAGRAPH - sets=0
                para_1 PARAGRAPH - sets=1
                para_1__subpara_a SUBPARAGRAPH - sets=1
                para_1__subpara_b SUBPARAGRAPH - sets=0
                para_4 PARAGRAPH - sets=2
                para_4__subpara_a SUBPARAGRAPH - sets=0""", structure(reading));
        byte[] xml = given().get("/api/v1/readings/{id}/akn", reading).then().statusCode(200).extract().asByteArray();
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(DecisionImportTest.class.getResource("/akn/akomantoso30.xsd"))
                .newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    @Test
    void takesTheDraftFromAReportsAnnexes() {
        String report = """
                Report of the made-up body on its first session

                I. Opening of the session

                1. The session was opened on 1 January [sic].

                II. Draft rules of procedure

                2. The body agreed to forward the draft rules contained in annex I.

                Annex I

                Draft rules of procedure of the made-up body

                I. Scope

                1. These rules [shall][may] apply to any meeting of the body.

                II. Officers

                2. The body shall elect [a Chair][two Co-Chairs].
                """;
        long reading = TestData.newReading(TestData.newNegotiation(), 1);
        given().contentType("text/plain; charset=UTF-8").body(report).post("/api/v1/readings/{id}/import?from=body", reading)
                .then().statusCode(400).body("detail", containsString("annexes"));
        given().contentType("text/plain; charset=UTF-8").body("Report\n\nI. Opening\n\n1. The body met.\n")
                .post("/api/v1/readings/{id}/import?from=annexes", reading).then().statusCode(422).body("detail", containsString("annex heading"));
        given().contentType("text/plain; charset=UTF-8").body(report).post("/api/v1/readings/{id}/import?from=annexes", reading)
                .then().statusCode(201).body("entries.eId", equalTo(List.of("annex_1", "annex_1__sec_1", "annex_1__sec_2")))
                .body("bracketSets", equalTo(2)).body("warnings.size()", equalTo(0));
    }
}
