package org.treatytracker.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every change is recorded with who and when, and can be followed as a feed; only editors see who. */
@QuarkusTest
class AuditTrailTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** treaty.public-base-url in the test profile (its default). */
    private static final String PUBLIC_BASE = "http://localhost:8080";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    @Test
    void recordsWhoChangedAProvisionAndWhen() {
        String slug = TestData.newNegotiation();
        long reading = TestData.newReading(slug, 1);
        long version = TestData.newProvision(slug, reading, "ARTICLE", "1", "Purpose", null);
        given().contentType(ContentType.JSON).header("If-Match", TestData.etagOf("/api/v1/provision-versions/{id}", version))
                .body(Map.of("readingId", reading, "number", "1", "title", "Statement of purpose"))
                .put("/api/v1/provision-versions/{id}", version).then().statusCode(200);
        long provision = TestData.provisionIdOf(version);
        given().get("/api/v1/provisions/{id}/revisions", provision).then().statusCode(200)
                .body("type", contains("Provision", "ProvisionVersion", "ProvisionVersion"))
                .body("action", contains("ADD", "ADD", "MOD"))
                .body("user", contains("admin", "admin", "admin"))
                .body("[2].state.title", equalTo("Statement of purpose"))
                .body("[1].state.title", equalTo("Purpose"))
                .body("[2].state.readingId", equalTo((int) reading));
    }

    @Test
    void keepsTheHistoryOfADeletedPosition() {
        String slug = TestData.newNegotiation();
        long reading = TestData.newReading(slug, 1);
        long paragraph = TestData.newParagraph(slug, reading);
        long position = given().contentType(ContentType.JSON)
                .body(Map.of("readingId", reading, "stance", "CONCERN", "quantifier", "SEVERAL", "paragraphId", paragraph))
                .post("/api/v1/positions").then().statusCode(201).extract().jsonPath().getLong("id");
        given().header("If-Match", TestData.etagOf("/api/v1/positions/{id}", position)).delete("/api/v1/positions/{id}", position)
                .then().statusCode(204);
        given().get("/api/v1/positions/{id}/revisions", position).then().statusCode(200)
                .body("action", contains("ADD", "DEL")).body("[0].state.stance", equalTo("CONCERN"));
        given().get("/api/v1/positions/{id}/revisions", 987654321).then().statusCode(404);
    }

    /** A feed's count is kept per data revision (ChangeCounts): every new change set moves it. */
    @Test
    void countsEveryNewChangeSetInTheFeedsTotal() {
        long total = feedTotal("/api/v1/changes?size=1");
        assertEquals(total, feedTotal("/api/v1/changes?size=1"));
        String slug = TestData.newNegotiation();
        assertEquals(total + 1, feedTotal("/api/v1/changes?size=1"));
        assertEquals(1, feedTotal("/api/v1/changes?size=1&negotiation=" + slug));
        TestData.newReading(slug, 1);
        assertEquals(total + 2, feedTotal("/api/v1/changes?size=1"));
        assertEquals(2, feedTotal("/api/v1/changes?size=1&negotiation=" + slug));
    }

    private static long feedTotal(String path) {
        return given().header("Cache-Control", "no-cache").get(path).then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void servesTheChangesFeedNewestFirstAndAsAtom() throws Exception {
        Instant before = Instant.now().minusMillis(1);
        String slug = TestData.newNegotiation();
        long stakeholder = TestData.newStakeholder("Feed test NGO", "OTHER_NGO", null, false);
        given().get("/api/v1/changes?since={since}", before.toString()).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].entities[0].type", equalTo("Stakeholder"))
                .body("items[0].entities[0].id", equalTo((int) stakeholder))
                .body("items[0].entities[0].href", equalTo("/api/v1/stakeholders/" + stakeholder))
                .body("items[1].entities[0].type", equalTo("Negotiation"))
                .body("items[1].entities[0].href", equalTo("/api/v1/negotiations/" + slug))
                .body("items.user", hasItem("admin"));
        given().get("/api/v1/changes?since=yesterday").then().statusCode(400).body("errors[0].field", equalTo("since"));

        String atom = given().get("/api/v1/changes.atom?since={since}", before.toString()).then().statusCode(200)
                .contentType(containsString("application/atom+xml")).extract().asString();
        Document feed = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(atom.getBytes(StandardCharsets.UTF_8)));
        org.junit.jupiter.api.Assertions.assertEquals(2, feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());
        org.junit.jupiter.api.Assertions.assertTrue(atom.contains("Revision ") && atom.contains(": 1 negotiation added</title>"), atom);
        assertEquals(List.of("admin", "admin"), texts(feed, "name"));
        // One negotiation's changes: its own and its readings', positions'…, never a stakeholder's or another negotiation's.
        long reading = TestData.newReading(slug, 1);
        TestData.newNegotiation();
        given().get("/api/v1/changes?since={since}&negotiation={slug}", before.toString(), slug).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].entities[0].type", equalTo("Reading")).body("items[0].entities[0].id", equalTo((int) reading))
                .body("items[1].entities[0].type", equalTo("Negotiation"));
        given().get("/api/v1/changes?negotiation=no-such-negotiation").then().statusCode(400).body("errors[0].field", equalTo("negotiation"));
        String page = given().accept("text/html").get("/negotiations/{slug}", slug).then().statusCode(200).extract().asString();
        assertTrue(page.contains("/api/v1/readings/" + reading) || page.contains("/readings/" + reading), page);
        assertFalse(page.contains("/stakeholders/" + stakeholder), "another thing's change is not this negotiation's");
    }

    @Test
    void hidesEditorsFromThePublicButNotFromEditors() throws Exception {
        Instant before = Instant.now().minusMillis(1);
        String slug = TestData.newNegotiation();
        long version = TestData.newProvision(slug, TestData.newReading(slug, 1), "ARTICLE", "1", "Purpose", null);
        long provision = TestData.provisionIdOf(version);
        given().auth().none().get("/api/v1/changes?since={since}", before.toString()).then().statusCode(200)
                .body("items", everyItem(not(hasKey("user"))));
        given().auth().none().get("/api/v1/provisions/{id}/revisions", provision).then().statusCode(200)
                .body("", everyItem(not(hasKey("user"))));
        given().get("/api/v1/provisions/{id}/revisions", provision).then().statusCode(200).body("user", everyItem(equalTo("admin")));

        String publicAtom = given().auth().none().get("/api/v1/changes.atom?since={since}", before.toString()).then().statusCode(200)
                .extract().asString();
        List<String> authors = texts(parse(publicAtom), "name");
        assertFalse(authors.isEmpty(), publicAtom);
        assertTrue(authors.stream().allMatch("Treaty Tracker editors"::equals), publicAtom);
        assertFalse(publicAtom.contains("admin"), publicAtom);
        given().auth().preemptive().basic(TestData.ADMIN, "not the password").get("/api/v1/changes").then().statusCode(401);
    }

    @Test
    void buildsAtomLinksFromThePublicBaseUrlNeverFromTheHostHeader() throws Exception {
        Instant before = Instant.now().minusMillis(1);
        String slug = TestData.newNegotiation();
        long stakeholder = TestData.newStakeholder("Atom links NGO", "OTHER_NGO", null, false);
        String atom = given().header("Host", "evil.example").get("/api/v1/changes.atom?since={since}", before.toString())
                .then().statusCode(200).extract().asString();
        assertFalse(atom.contains("evil.example"), atom);
        Document feed = parse(atom);
        List<String> selfLinks = new ArrayList<>();
        NodeList feedLinks = feed.getDocumentElement().getElementsByTagNameNS(ATOM, "link");
        for (int i = 0; i < feedLinks.getLength(); i++) {
            Element link = (Element) feedLinks.item(i);
            if (link.getParentNode() == feed.getDocumentElement() && link.getAttribute("rel").equals("self")) {
                selfLinks.add(link.getAttribute("href"));
            }
        }
        assertEquals(List.of(PUBLIC_BASE + "/api/v1/changes.atom"), selfLinks);
        // RFC 4287: every entry has content, and here alternate links to the page and the JSON resource it is about.
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(2, entries.getLength(), atom);
        assertEquals(List.of(PUBLIC_BASE + "/api/v1/stakeholders/" + stakeholder, PUBLIC_BASE + "/api/v1/negotiations/" + slug),
                alternates(entries, "application/json"));
        assertEquals(List.of(PUBLIC_BASE + "/stakeholders/" + stakeholder, PUBLIC_BASE + "/negotiations/" + slug),
                alternates(entries, "text/html"));
        for (int i = 0; i < entries.getLength(); i++) {
            NodeList content = ((Element) entries.item(i)).getElementsByTagNameNS(ATOM, "content");
            assertEquals(1, content.getLength(), atom);
            assertTrue(content.item(0).getTextContent().contains("added"), atom);
        }
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document feed, String element) {
        NodeList nodes = feed.getElementsByTagNameNS(ATOM, element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static List<String> alternates(NodeList entries, String type) {
        List<String> hrefs = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            NodeList links = ((Element) entries.item(i)).getElementsByTagNameNS(ATOM, "link");
            for (int j = 0; j < links.getLength(); j++) {
                Element link = (Element) links.item(j);
                if (link.getAttribute("rel").equals("alternate") && link.getAttribute("type").equals(type)) {
                    hrefs.add(link.getAttribute("href"));
                }
            }
        }
        return hrefs;
    }
}
