package org.treatytracker.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/**
 * The comparison a monitor reads, on two made-up readings (src/test/resources/drafts/compared-agreement-*.md): the
 * jump list, each set's fate in words, the rewritten sentence whole, the drafts' Markdown rendered, renumbered
 * articles said so, unchanged provisions collapsed; the provision page's backers next to their alternative, and
 * its comparison of any two readings.
 */
@QuarkusTest
class ComparisonPagesTest {

    @AfterEach
    void anonymous() {
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
    }

    private static String page(String path) {
        return given().accept("text/html").get(path).then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();
    }

    private static MadeUpAgreement agreement() {
        return MadeUpAgreement.create("compared-agreement-1.md", "compared-agreement-2.md");
    }

    private static JsonPath comparison(MadeUpAgreement agreement) {
        return given().get("/api/v1/negotiations/{slug}/compare?from={a}&to={b}", agreement.slug(), agreement.first(), agreement.second())
                .then().statusCode(200).extract().jsonPath();
    }

    private static long provisionAt(JsonPath comparison, String eIdAfter) {
        return comparison.getLong("provisions.find { it.to != null && it.to.eId == '" + eIdAfter + "' }.provisionId");
    }

    @Test
    void theComparisonTellsEachSetsFateInWordsAndCountsAnEditedSetAsAmended() {
        MadeUpAgreement agreement = agreement();
        String html = page("/negotiations/" + agreement.slug() + "/compare?from=" + agreement.first() + "&to=" + agreement.second());
        assertTrue(html.contains("<span class=\"fate fate-resolved\">resolved</span>"), html);
        assertTrue(html.contains("[strengthen] [enhance]: alternative 2 of 2 kept, “enhance”"), html);
        assertTrue(html.contains("<span class=\"fate fate-amended\">amended</span>"), html);
        assertTrue(html.contains("[shall] [may] now reads [shall] [should]"), html);
        assertFalse(html.contains("fate-dropped") || html.contains("fate-opened"), "the edited set is neither dropped nor opened");
        JsonPath json = comparison(agreement);
        assertEquals(1, json.getInt("totals.setsAmended"));
        assertEquals(0, json.getInt("totals.setsDropped"));
        assertEquals(0, json.getInt("totals.setsOpened"));
    }

    @Test
    void theComparisonOpensWithAJumpListOfChangedProvisionsAndCollapsesTheUnchanged() {
        MadeUpAgreement agreement = agreement();
        String html = page("/negotiations/" + agreement.slug() + "/compare?from=" + agreement.first() + "&to=" + agreement.second());
        JsonPath json = comparison(agreement);
        int unchanged = json.getInt("totals.unchanged");
        assertTrue(unchanged >= 2, "the preamble and article 4 at least: " + unchanged);
        assertTrue(html.contains("<summary>" + unchanged + " unchanged provisions (not shown)</summary>"), html);
        long article4 = provisionAt(json, "art_4");
        assertFalse(html.contains("id=\"change-" + article4 + "\""), "an unchanged provision has no section of its own");
        assertTrue(html.contains("<li><a href=\"/provisions/" + article4 + "?reading=" + agreement.second() + "\">Article 4. (review)</a></li>")
                || html.contains("href=\"/provisions/" + article4 + "?reading=" + agreement.second() + "\">Article 4"), "but is listed, collapsed");
        Matcher jumps = Pattern.compile("<li><a href=\"#(change-\\d+)\">").matcher(html.substring(html.indexOf("class=\"jump-list\"")));
        List<String> anchors = new ArrayList<>();
        while (jumps.find()) {
            anchors.add(jumps.group(1));
        }
        int changed = json.getList("provisions.findAll { it.status != 'UNCHANGED' }").size();
        assertEquals(changed, anchors.size(), "one jump per changed provision: " + anchors);
        for (String anchor : anchors) {
            assertTrue(html.contains("<h3 id=\"" + anchor + "\">"), anchor + " leads to its section");
        }
    }

    @Test
    void aRewrittenSentenceIsShownWholeWithTheDraftsMarkdownRendered() {
        MadeUpAgreement agreement = agreement();
        String html = page("/negotiations/" + agreement.slug() + "/compare?from=" + agreement.first() + "&to=" + agreement.second());
        assertTrue(html.contains("<del>They shall avoid adverse effects on the poorest.</del>"), html);
        assertTrue(html.contains("<ins>They shall meet the <strong>specific</strong> needs and special circumstances of the least "
                + "developed countries<sup class=\"fn\">2</sup>.</ins>"), html);
        String diffs = String.join("", Pattern.compile("<div class=\"diff\">(.*?)</div>", Pattern.DOTALL).matcher(html).results()
                .map(r -> r.group(1)).toList());
        assertFalse(diffs.contains("**") || diffs.contains("[^"), "no raw Markdown in the diffs: " + diffs);
        assertFalse(html.contains(">0 words changed"), html);
        assertTrue(html.contains("Article 5 is now Article 6."), "the registry article was renumbered: " + html);
        assertTrue(html.contains("Article 6 is now Article 7."), html);
        assertTrue(html.contains("New at this reading."), "article 5 on entry into force");
    }

    @Test
    void theProvisionPageNamesTheBackersNextToTheirAlternativeAndBadgesItInTheText() {
        MadeUpAgreement agreement = agreement();
        JsonPath json = comparison(agreement);
        long article2 = provisionAt(json, "art_2");
        long version = json.getLong("provisions.find { it.provisionId == " + article2 + " }.to.provisionVersionId");
        TestData.asAdmin();
        long paragraph = given().get("/api/v1/sources/{id}/paragraphs", agreement.source()).then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        long france = given().get("/api/v1/stakeholders/lookup?name=France").then().statusCode(200).extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON).body(Map.of("provisionVersionId", version, "bracketSetIndex", 0, "alternativeIndex", 1,
                "stakeholderId", france, "stance", "SUPPORT", "paragraphId", paragraph)).post("/api/v1/positions").then().statusCode(201);
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
        String html = page("/provisions/" + article2);
        assertTrue(html.contains("<a class=\"backers-badge\" href=\"#set-1-alt-2\">1 for<span class=\"visually-hidden\"> on alternative 2 "
                + "of bracket set 1</span></a>"), html);
        assertTrue(html.contains("<li id=\"set-1-alt-2\">"), "the badge's target");
        Matcher who = Pattern.compile("<li id=\"who-set-1-alt-2\">(.*?)</li>", Pattern.DOTALL).matcher(html);
        assertTrue(who.find(), html);
        assertTrue(who.group(1).contains("<q>should</q>"), who.group(1));
        assertTrue(who.group(1).contains("For:</span> <a href=\"/stakeholders/" + france + "\">France</a>"), who.group(1));
        assertTrue(html.indexOf("id=\"backers\"") < html.indexOf("id=\"sets\""), "who backs what comes before the list of sets");
    }

    @Test
    void theProvisionPageComparesAnyTwoOfItsReadingsInEitherOrder() {
        MadeUpAgreement agreement = agreement();
        JsonPath json = comparison(agreement);
        long article3 = provisionAt(json, "art_3");
        String latest = page("/provisions/" + article3);
        assertTrue(latest.contains("<form class=\"compare-versions\" method=\"get\" action=\"/provisions/" + article3 + "/compare\">"), latest);
        assertTrue(latest.contains("<option value=\"" + agreement.first() + "\" selected>"), "from the reading before by default");
        for (String query : List.of("?from=" + agreement.first() + "&to=" + agreement.second(),
                "?from=" + agreement.second() + "&to=" + agreement.first(), "")) {
            String html = page("/provisions/" + article3 + "/compare" + query);
            assertTrue(html.contains("<del>They shall avoid adverse effects on the poorest.</del>"), query + ": " + html);
            assertEquals(1, Pattern.compile("<h1[ >]").matcher(html).results().count());
        }
        long added = provisionAt(json, "art_5");
        given().accept("text/html").get("/provisions/" + added + "/compare?from=" + agreement.first() + "&to=" + agreement.second())
                .then().statusCode(404).contentType(containsString("text/html"));
    }
}
