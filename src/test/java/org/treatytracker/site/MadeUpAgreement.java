package org.treatytracker.site;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.treatytracker.TestData;

/**
 * A negotiation for the site's tests: two readings of a made-up agreement in the forms of the 2015 Paris drafts
 * (src/test/resources/drafts/made-up-agreement-*.md: option groups, nested brackets), imported through the API,
 * and a position on article 2 naming its first bracket set, citing a made-up report paragraph.
 */
record MadeUpAgreement(String slug, long first, long second, long article2, long article2First, long position,
                       long source) {

    static MadeUpAgreement create() {
        return create("made-up-agreement-1.md", "made-up-agreement-2.md");
    }

    /** The same from two other fixtures under src/test/resources/drafts, whose first has a bracket set in article 2. */
    static MadeUpAgreement create(String firstFixture, String secondFixture) {
        TestData.asAdmin();
        String slug = TestData.newNegotiation();
        long first = TestData.newReading(slug, 1);
        long second = TestData.newReading(slug, 2);
        importDraft(first, firstFixture);
        importDraft(second, secondFixture);
        JsonPath draft = given().get("/api/v1/readings/{id}/provisions?size=200", first).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = draft.getList("items");
        Map<String, Object> article2 = items.stream().filter(v -> "art_2".equals(v.get("eId"))).findFirst().orElseThrow();
        long paragraph = TestData.newParagraph(slug, first);
        long source = given().get("/api/v1/paragraphs/{id}", paragraph).then().statusCode(200).extract().jsonPath()
                .getLong("sourceDocumentId");
        long position = given().contentType(ContentType.JSON)
                .body(Map.of("provisionVersionId", article2.get("id"), "bracketSetIndex", 0, "quantifier", "SEVERAL",
                        "stance", "CONCERN", "paragraphId", paragraph, "quote", "several speakers cautioned against the broad scope"))
                .post("/api/v1/positions").then().statusCode(201).extract().jsonPath().getLong("id");
        // Pages are then read as the public reads them.
        io.restassured.RestAssured.authentication = io.restassured.RestAssured.DEFAULT_AUTH;
        return new MadeUpAgreement(slug, first, second, ((Number) article2.get("provisionId")).longValue(),
                ((Number) article2.get("id")).longValue(), position, source);
    }

    private static void importDraft(long reading, String fixture) {
        given().contentType("text/markdown; charset=UTF-8").body(read("/drafts/" + fixture))
                .post("/api/v1/readings/{id}/import", reading).then().statusCode(201);
    }

    static String read(String resource) {
        try (InputStream in = MadeUpAgreement.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + resource, e);
        }
    }
}
