package org.treatytracker.provision;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;
import org.w3c.dom.Document;

/**
 * The Akoma Ntoso export of a Paris-like reading (a made-up fixture with the forms of the 2015 Paris drafts) is
 * valid against the OASIS Akoma Ntoso 3.0 schema (src/test/resources/akn, see SOURCE.md there) and maps the
 * draft's structure and bracket sets faithfully.
 */
@QuarkusTest
class AkomaNtosoExportTest {

    private static Schema schema;

    @BeforeAll
    static void schema() throws Exception {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // The schema imports ./xml.xsd, shipped beside it: nothing is fetched from the network.
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
        schema = factory.newSchema(AkomaNtosoExportTest.class.getResource("/akn/akomantoso30.xsd"));
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = AkomaNtosoExportTest.class.getResourceAsStream("/drafts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static long importedReading(String fixture, String date) throws IOException {
        TestData.asAdmin();
        String slug = TestData.newNegotiation();
        long reading = given().contentType(ContentType.JSON).body(date == null
                        ? Map.of("sequenceNumber", 1, "label", "Made-up first reading", "documentSymbol", "MADE/UP/1")
                        : Map.of("sequenceNumber", 1, "label", "Made-up first reading", "documentSymbol", "MADE/UP/1", "date", date))
                .post("/api/v1/negotiations/{slug}/readings", slug).then().statusCode(201).extract().jsonPath().getLong("id");
        given().contentType("text/markdown; charset=UTF-8").body(fixture(fixture))
                .post("/api/v1/readings/{id}/import", reading).then().statusCode(201);
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
        return reading;
    }

    private static byte[] export(long reading) {
        return given().accept("application/akn+xml").get("/api/v1/readings/{id}/akn", reading).then().statusCode(200)
                .header("Content-Type", startsWith("application/akn+xml")).extract().asByteArray();
    }

    private static Document dom(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theParisLikeReadingIsValidAkomaNtoso() throws Exception {
        long reading = importedReading("made-up-paris-like.md", "2015-10-23");
        byte[] xml = export(reading);
        // Kept for a look (target/ is the build's): what the fixture becomes.
        Files.write(Path.of("target/made-up-paris-like.akn.xml"), xml);
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));

        Document doc = dom(xml);
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {
            public String getNamespaceURI(String prefix) {
                return AkomaNtoso.NAMESPACE;
            }

            public String getPrefix(String uri) {
                return "a";
            }

            public Iterator<String> getPrefixes(String uri) {
                return List.of("a").iterator();
            }
        });
        String work = xpath.evaluate("//a:FRBRWork/a:FRBRuri/@value", doc);
        assertTrue(work.matches("/akn/un/bill/2015-10-23/test-[0-9a-f]{8}"), work);
        assertEquals(work + "/eng@2015-10-23", xpath.evaluate("//a:FRBRExpression/a:FRBRuri/@value", doc));
        assertEquals(work + "/eng@2015-10-23/!main.xml", xpath.evaluate("//a:FRBRManifestation/a:FRBRthis/@value", doc));
        // structure, with the project's eIds and wIds
        assertEquals("preamble", xpath.evaluate("//a:preamble/@eId", doc));
        // the importer makes each Option of the preamble a preambular paragraph of its own
        assertEquals(4.0, (Double) xpath.evaluate("count(//a:recital)", doc, XPathConstants.NUMBER), "recitals");
        assertEquals("art_2", xpath.evaluate("//a:article[@eId='art_2']/@wId", doc));
        assertEquals("2.", xpath.evaluate("//a:article[@eId='art_2']/a:paragraph[2]/a:num", doc));
        assertEquals("art_2__para_2", xpath.evaluate("//a:article[@eId='art_2']/a:paragraph[2]/@eId", doc));
        assertEquals("[1.5 °C][2 °C]", xpath.evaluate("//a:inline[@name='bracketSet'][a:inline='1.5 °C']", doc),
                "delimiters stay as text around the alternatives");
        // nested sets nest: [in accordance with [the principles of] the Convention]
        assertEquals("the principles of", xpath.evaluate(
                "//a:inline[@name='alternative']/a:inline[@name='bracketSet']/a:inline[@name='alternative'][.='the principles of']", doc));
        assertTrue(xpath.evaluate("//a:article[@eId='art_3']//a:inline[@name='optionGroup']/a:inline[@name='option'][2]", doc)
                .contains("Developing country Parties"), "option groups hold their options");

        // Faithful: every bracket set the API finds in every provision is in the export, with the same index (in its
        // eId), kind, and alternatives in the same order with the same text as written.
        int checked = 0;
        // Each numbered paragraph the import made a provision of is the export's paragraph of the same eId.
        List<String> paragraphs = given().get("/api/v1/readings/{id}/provisions?kind=PARAGRAPH&size=200", reading)
                .jsonPath().getList("items.eId");
        assertFalse(paragraphs.isEmpty());
        for (String eId : paragraphs) {
            assertEquals(1.0, (Double) xpath.evaluate("count(//a:paragraph[@eId='" + eId + "'])", doc, XPathConstants.NUMBER), eId);
        }
        for (Map<String, Object> version : given().get("/api/v1/readings/{id}/provisions?parts=false&size=200", reading).jsonPath()
                .<Map<String, Object>>getList("items")) {
            var brackets = given().get("/api/v1/provision-versions/{id}/brackets", version.get("id")).jsonPath();
            List<Map<String, Object>> apiSets = brackets.getList("sets");
            String eIdOf = (String) version.get("eId");
            assertEquals((double) apiSets.size(), (Double) xpath.evaluate("count(//a:inline[starts-with(@eId, '" + eIdOf
                    + "__brset_') and (@name='bracketSet' or @name='optionGroup')])", doc, XPathConstants.NUMBER), eIdOf);
            for (Map<String, Object> set : apiSets) {
                String setId = eIdOf + "__brset_" + set.get("index");
                assertEquals("OPTIONS".equals(set.get("kind")) ? "optionGroup" : "bracketSet",
                        xpath.evaluate("//a:inline[@eId='" + setId + "']/@name", doc), setId);
                List<Map<String, Object>> alternatives = (List<Map<String, Object>>) set.get("alternatives");
                assertEquals((double) alternatives.size(), (Double) xpath.evaluate("count(//a:inline[@eId='" + setId + "']/a:inline)",
                        doc, XPathConstants.NUMBER), setId);
                for (int k = 0; k < alternatives.size(); k++) {
                    assertEquals(alternatives.get(k).get("text"), xpath.evaluate("//a:inline[@eId='" + setId + "__alt_" + k + "']", doc),
                            setId + " alternative " + k);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 15, "alternatives compared: " + checked);
        given().get("/api/v1/readings/{id}", reading).then().statusCode(200)
                .header("Link", containsString("</api/v1/readings/" + reading + "/akn>; rel=\"alternate\"; type=\"application/akn+xml\""));
    }

    @Test
    void anUndatedReadingAndTheSimpleFixtureAreValidToo() throws Exception {
        long reading = importedReading("made-up-reading-1.md", null);
        byte[] xml = export(reading);
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        String text = new String(xml, StandardCharsets.UTF_8);
        assertTrue(text.contains("eng@reading-1"), "an undated reading is named by its sequence number");
        assertTrue(text.contains("<chapter eId=\"chp_2\" wId=\"chp_2\">"), text);
    }

    @Test
    void anUnknownReadingIsA404Problem() {
        given().accept("application/akn+xml").get("/api/v1/readings/999999/akn").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
