package org.treatytracker.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/**
 * The site as monitors' daily tool (issue 21): an index of a negotiation's evidence (its reports, who spoke),
 * position filters, citations that name the report, search by name, a clean reading view, a progress headline,
 * the changes as a digest with a date, downloads and permalinks, error pages that say what to do, and links that
 * land on something that exists.
 */
@QuarkusTest
class SiteEvidencePagesTest {

    @BeforeEach
    @AfterEach
    void anonymous() {
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
    }

    private static String page(String path) {
        return given().accept("text/html").get(path).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
    }

    private static String failing(String path, int status) {
        return given().accept("text/html").get(path).then().statusCode(status)
                .contentType(containsString("text/html")).extract().asString();
    }

    private static int count(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theChangesTakeADayAndSayHonestlyWhenAPageIsPastTheEnd() {
        page("/changes?since=2026-01-01");
        page("/changes?since=2026-01-01T00:00:00Z");
        given().get("/api/v1/changes?since=2026-01-01").then().statusCode(200);
        String bad = failing("/changes?since=2026-13-45", 400);
        assertTrue(bad.contains("a day (2026-12-01) or an ISO-8601 instant"), bad);
        String past = failing("/changes?page=999", 404);
        assertFalse(past.contains("Page 1000 of"), past);
        assertTrue(past.contains("page 1000 does not exist"), past);
        assertTrue(page("/changes").contains("type=\"date\""), "the changes page offers a date picker");
    }

    @Test
    void anImportReadsAsOneDigestEntryOfItsNegotiationNotAWall() {
        MadeUpAgreement agreement = MadeUpAgreement.create();
        String html = page("/changes?negotiation=" + agreement.slug());
        assertTrue(html.contains("provision versions added"), html);
        assertTrue(html.contains("more</li>"), "a kind with many things names a few and counts the rest");
        assertTrue(count(html, ">Provision version \\d+<") <= 3 * count(html, "<time "), "at most three named per kind and session");
        assertTrue(html.contains("that touched <a href=\"/negotiations/" + agreement.slug() + "\">"), html);
        String negotiation = page("/negotiations/" + agreement.slug());
        assertFalse(negotiation.contains("(all negotiations)"), "the negotiation's latest changes are its own");
        assertTrue(negotiation.contains("href=\"/changes?negotiation=" + agreement.slug() + "\""), negotiation);
        String atom = given().get("/api/v1/changes.atom?negotiation={slug}", agreement.slug()).then().statusCode(200).extract().asString();
        assertTrue(atom.contains("provision versions added"), atom);
        assertFalse(atom.contains("added ProvisionVersion"), "the feed has the digest's words");
    }

    @Test
    void theNegotiationHasAProgressHeadlineAndTheAgreedShareOnlyWhereTheTextTagsStatus() {
        MadeUpAgreement agreement = MadeUpAgreement.create();
        String html = page("/negotiations/" + agreement.slug());
        assertTrue(Pattern.compile("id=\"progress\"><strong>R2, [^:]+: \\d+ of \\d+ articles? ha(s|ve) no brackets left</strong>; \\d+ bracket sets? open, \\d+ resolved since the reading before")
                .matcher(html).find(), html);
        assertFalse(html.contains("no status tag"), "the made-up drafts tag no status: no agreed-share column");
        assertFalse(html.contains("Agreed share"), html);
    }

    @Test
    void aNegotiationListsItsReportsAndItsSpeakersWithCounts() {
        MadeUpAgreement agreement = MadeUpAgreement.create();
        String reports = page("/negotiations/" + agreement.slug() + "/reports");
        assertTrue(reports.contains("href=\"/reports/" + agreement.source() + "\""), reports);
        assertTrue(Pattern.compile("<td class=\"num\">\\d+</td><td class=\"num\">1</td>").matcher(reports).find(), "one position taken from it");
        String empty = page("/negotiations/" + agreement.slug() + "/stakeholders");
        assertTrue(empty.contains("No position of this negotiation names its speaker yet."), "the made-up position has no named speaker");
        TestData.asAdmin();
        long state = TestData.newStakeholder("Speaking State", "MEMBER_STATE", "BRA", false);
        long group = TestData.newStakeholder("Made-up Group", "GROUP_OF_STATES", null, true);
        long paragraph = given().get("/api/v1/positions/{id}", agreement.position()).then().statusCode(200).extract().jsonPath()
                .getLong("citation.paragraphId");
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).body(Map.of("provisionVersionId", agreement.article2First(), "stance", "SUPPORT",
                    "paragraphId", paragraph, "stakeholderId", state, "onBehalfOfId", group)).post("/api/v1/positions").then().statusCode(201);
        }
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
        String spoke = page("/negotiations/" + agreement.slug() + "/stakeholders");
        assertTrue(Pattern.compile("href=\"/stakeholders/" + state + "\">Speaking State [^<]+</a></th><td>member State</td><td class=\"num\">2</td><td class=\"num\">1</td>")
                .matcher(spoke).find(), spoke);
        assertTrue(Pattern.compile("href=\"/stakeholders/" + group + "\">Made-up Group [^<]+</a></th><td>group of States</td><td class=\"num\">2</td>")
                .matcher(spoke).find(), "the group the positions were spoken for");
        failing("/negotiations/no-such-negotiation/reports", 404);
    }

    @Test
    void citationsNameTheReportAndPositionsFilterByStanceStakeholderAndReport() {
        String html = page("/provisions/" + SitePagesTest.ARTICLE_17);
        String title = given().get("/api/v1/sources/{id}", SitePagesTest.SEED_REPORT).then().statusCode(200).extract().jsonPath().getString("title");
        assertTrue(html.replace("&#39;", "'").replace("&rsquo;", "’").contains(" of " + title), "the citation names the report: " + title);
        assertTrue(html.contains("name=\"stance\""), html);
        String concerns = page("/provisions/" + SitePagesTest.ARTICLE_17 + "?stance=CONCERN");
        assertTrue(concerns.contains("id=\"stance-concern\""), concerns);
        assertFalse(concerns.contains("id=\"stance-support\""), "only concerns");
        assertTrue(concerns.contains("<option value=\"CONCERN\" selected>"), "the form shows the filter in force");
        String none = page("/provisions/" + SitePagesTest.ARTICLE_17 + "?report=999999");
        assertTrue(none.contains("No position matches these filters."), none);
        failing("/provisions/" + SitePagesTest.ARTICLE_17 + "?stance=NOPE", 400);
        long state = given().get("/api/v1/stakeholders?size=200").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        String filtered = page("/stakeholders/" + state + "?stance=SUPPORT&report=999999");
        assertTrue(filtered.contains("No position of this stakeholder matches these filters."), filtered);
    }

    @Test
    void searchFindsStakeholdersAndNegotiationsByNameKeepsItsFormWhenRefusedAndSaysWhenNothingIsFound() {
        MadeUpAgreement agreement = MadeUpAgreement.create();
        long france = given().get("/api/v1/stakeholders/lookup?name=France").then().statusCode(200).extract().jsonPath().getLong("id");
        String html = page("/search?q=France");
        assertTrue(html.contains("<a href=\"/stakeholders/" + france + "\">France</a>"), html);
        assertTrue(page("/search?q=" + agreement.slug()).contains("href=\"/negotiations/" + agreement.slug() + "\""), "a negotiation by its slug");
        String refused = failing("/search?q=the", 400);
        assertTrue(refused.contains("action=\"/search\" role=\"search\""), "the form stays");
        assertTrue(refused.contains("value=\"the\""), "with the query in it");
        assertTrue(refused.contains("class=\"refused\""), refused);
        String nothing = page("/search?q=zzqxwv");
        assertTrue(nothing.contains("Nothing found for <q>zzqxwv</q>"), nothing);
    }

    @Test
    void aReadingHasACleanViewWithFirstAlternativesOrOnlyTheUncontestedText() {
        MadeUpAgreement agreement = MadeUpAgreement.create();
        String first = page("/readings/" + agreement.first() + "/text");
        assertTrue(first.contains("This Agreement aims to strengthen the global response to made-up threats, including by mobilizing support."), first);
        assertFalse(first.contains("[strengthen]"), "no bracket left");
        String agreed = page("/readings/" + agreement.first() + "/text?render=agreed");
        assertTrue(agreed.contains("This Agreement aims to the response to made-up threats."), agreed);
        failing("/readings/" + agreement.first() + "/text?render=nope", 400);
        assertTrue(page("/readings/" + agreement.first()).contains("href=\"/readings/" + agreement.first() + "/text\""), "the outline links to it");
    }

    @Test
    void everyDownloadButtonGivesItsFileAndEveryPageWithDataHasAPermalink() {
        MadeUpAgreement agreement = MadeUpAgreement.create();
        Map<String, String> downloads = Map.of(
                "/downloads/negotiations/" + agreement.slug() + ".zip", "application/zip",
                "/downloads/readings/" + agreement.first() + "/provisions.csv", "text/csv",
                "/downloads/readings/" + agreement.first() + "/akn.xml", "application/akn+xml",
                "/downloads/provisions/" + agreement.article2() + "/positions.csv", "text/csv",
                "/downloads/reports/" + agreement.source() + "/positions.csv", "text/csv",
                "/downloads/reports/" + agreement.source() + "/text.txt", "text/plain");
        downloads.forEach((path, type) -> {
            ExtractableResponse<Response> answer = given().accept("text/html,*/*;q=0.8").get(path).then().statusCode(200)
                    .contentType(containsString(type)).header("Content-Disposition", containsString("attachment")).extract();
            assertTrue(answer.asByteArray().length > 0, path);
        });
        for (String path : List.of("/negotiations/" + agreement.slug(), "/readings/" + agreement.first(),
                "/provisions/" + agreement.article2() + "?reading=" + agreement.first(), "/reports/" + agreement.source(),
                "/negotiations/" + agreement.slug() + "/reports", "/readings/" + agreement.first() + "/text")) {
            String html = page(path);
            assertTrue(html.contains("Permalink: <a href="), path + " shows its permalink");
            Matcher link = Pattern.compile("href=\"(/downloads/[^\"]+)\"").matcher(html);
            while (link.find()) {
                given().get(link.group(1).replace("&amp;", "&")).then().statusCode(200);
            }
        }
        given().get("/downloads/readings/999999/akn.xml").then().statusCode(404);
    }

    @Test
    void aParagraphsBreadcrumbLandsOnItsArticlesRowInTheOutline() {
        MadeUpAgreement agreement = MadeUpAgreement.create();
        List<Map<String, Object>> items = given().get("/api/v1/readings/{id}/provisions?size=200", agreement.first()).then().statusCode(200)
                .extract().jsonPath().getList("items");
        Map<String, Object> part = items.stream().filter(v -> Boolean.TRUE.equals(v.get("partOfParent"))).findFirst().orElseThrow();
        String html = page("/provisions/" + part.get("provisionId") + "?reading=" + agreement.first());
        Matcher crumb = Pattern.compile("href=\"(/readings/" + agreement.first() + "\\?at=[^\"#]+)#([^\"]+)\"").matcher(html);
        assertTrue(crumb.find(), html);
        String outline = page(crumb.group(1));
        assertTrue(outline.contains("id=\"" + crumb.group(2) + "\""), "the anchor #" + crumb.group(2) + " exists on " + crumb.group(1));
    }

    @Test
    void errorPagesSayWhatToDoNextInReadersWords() {
        String html = failing("/readings/not-a-number", 400);
        assertFalse(html.contains("OpenAPI"), html);
        assertTrue(html.contains("What to do next"), html);
        String missing = failing("/no-such-page", 404);
        assertTrue(missing.contains("there is no page at /no-such-page"), missing);
        assertEquals(1, count(missing, "<h1[ >]"));
    }
}
