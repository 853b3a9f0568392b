package org.treatytracker.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public site without a browser: every page kind answers HTML with one h1, a link to its JSON twin, the data a
 * reader needs (seed data and a made-up agreement imported in the test), conditional requests like the API, and
 * pages, not JSON, for failures.
 */
@QuarkusTest
class SitePagesTest {

    /** Article 17 of the seed (provision 9) and the seed report (source 1); ids of a fresh database. */
    static final long ARTICLE_17 = 9;
    static final long SEED_REPORT = 1;

    @BeforeEach
    @AfterEach
    void anonymous() {
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
    }

    private static String page(String path) {
        return given().accept("text/html").get(path).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
    }

    private static void assertOneH1AndJsonTwin(String path, String html) {
        assertEquals(1, count(html, "<h1[ >]"), path + " has one h1");
        Matcher json = Pattern.compile("<link rel=\"alternate\" type=\"application/json\" href=\"([^\"]+)\">").matcher(html);
        assertTrue(json.find(), path + " links to its JSON resource");
        String href = json.group(1).replace("&amp;", "&");
        given().get(href).then().statusCode(200).contentType(containsString("json"));
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
    void homeListsTheSeedNegotiation() {
        String html = page("/");
        assertOneH1AndJsonTwin("/", html);
        assertTrue(html.contains("href=\"/negotiations/ahc-cybercrime\""), html);
        assertTrue(html.contains("class=\"skip-link\" href=\"#main\""), html);
        assertTrue(html.contains("<html lang=\"en\">"), html);
        assertTrue(html.contains("href=\"/api/v1/negotiations?size=200&amp;page=0\""), html);
        given().get("/assets/site.css").then().statusCode(200).contentType(containsString("text/css"));
    }

    @Test
    void everyPageKindOfTheSeedHasOneH1AndItsJsonTwin() {
        for (String path : List.of("/", "/negotiations/ahc-cybercrime", "/readings/1", "/provisions/" + ARTICLE_17,
                "/reports/" + SEED_REPORT, "/changes", "/negotiations/ahc-cybercrime/compare?from=1&to=1")) {
            String html = page(path);
            assertOneH1AndJsonTwin(path, html);
            assertFalse(html.contains("<script"), path + " works without scripts because it has none");
            assertTrue(html.contains("<main id=\"main\""), path + " has the skip link's target");
        }
    }

    @Test
    void searchFindsTheSeedWithMarkedSnippetsAndLinks() {
        String empty = page("/search");
        assertTrue(empty.contains("<form class=\"filters\" method=\"get\" action=\"/search\" role=\"search\">"), empty);
        String html = given().accept("text/html").queryParam("q", "\"computer system\"").queryParam("kind", "PROVISION")
                .queryParam("negotiation", "ahc-cybercrime").get("/search").then().statusCode(200).extract().asString();
        assertOneH1AndJsonTwin("/search", html);
        assertTrue(html.contains("<mark>computer</mark> <mark>system</mark>")
                || html.contains("<mark>computer system</mark>"), html);
        assertTrue(html.contains("href=\"/provisions/"), "each hit links to its page");
        assertTrue(html.contains("<option value=\"PROVISION\" selected>"), "the form shows the filter in force");
        assertTrue(page("/negotiations/ahc-cybercrime").contains("name=\"negotiation\" value=\"ahc-cybercrime\""),
                "the negotiation page searches within it");
        given().accept("text/html").get("/search?q=the").then().statusCode(400).contentType(containsString("text/html"));
    }

    @Test
    void theReadingOutlineFiltersByKindAndItsFormCanAskForEveryKind() {
        String articles = page("/readings/1?kind=ARTICLE");
        assertTrue(articles.contains("href=\"/provisions/" + ARTICLE_17 + "?reading=1\""), articles);
        assertFalse(articles.contains("Preambular paragraph 1"), "only articles");
        assertTrue(articles.contains("<option value=\"ARTICLE\" selected>"), "the form shows the filter in force");
        assertTrue(page("/readings/1?kind=").contains("Preambular paragraph 1"), "the form's 'all kinds' sends an empty kind");
    }

    @Test
    void article17ShowsItsPositionsWithTheirQuantifiersAndLinksToTheCitedParagraph() {
        String html = page("/provisions/" + ARTICLE_17);
        assertTrue(html.contains("<span class=\"quantifier\">several speakers</span>"), html);
        assertTrue(html.contains("id=\"stance-concern\""), html);
        assertTrue(html.contains("no speaker named"), html);
        Matcher citation = Pattern.compile("class=\"citation\" href=\"(/reports/(\\d+)#(p-\\d+))\"").matcher(html);
        assertTrue(citation.find(), html);
        String report = page("/reports/" + citation.group(2));
        assertTrue(report.contains("id=\"" + citation.group(3) + "\""), "the cited paragraph has its anchor");
    }

    @Test
    void aProvisionShowsItsBracketSetsMarkedAndItsHistory() {
        MadeUpAgreement agreement = MadeUpAgreement.create();
        String html = page("/provisions/" + agreement.article2() + "?reading=" + agreement.first());
        assertTrue(html.contains("class=\"options depth-1\""), "the option group is marked");
        assertTrue(html.contains("class=\"set depth-2\""), "a set nested in another is marked as such");
        assertTrue(html.contains("<span class=\"glyph\">[</span>"), "the brackets stay visible");
        assertTrue(html.contains("class=\"alt alt-2\""), "the second alternative of a set is told apart");
        assertTrue(html.contains("1 position names this set"), html);
        assertTrue(html.contains("first recorded") && html.contains(">changed<"), "history across both readings");
        String latest = page("/provisions/" + agreement.article2());
        assertTrue(latest.contains("aria-current=\"page\">Reading 2"), "without ?reading, the latest reading");
    }

    @Test
    void theComparisonMarksInsertionsAndDeletionsAndFiltersInTheQueryString() {
        MadeUpAgreement agreement = MadeUpAgreement.create();
        String base = "/negotiations/" + agreement.slug() + "/compare?from=" + agreement.first() + "&to=" + agreement.second();
        String all = page(base);
        assertOneH1AndJsonTwin(base, all);
        assertTrue(all.contains("<ins>"), all);
        assertTrue(all.contains("<del>"), all);
        assertTrue(all.contains("unchanged provision"), "without the filter, unchanged provisions are listed, collapsed");
        assertTrue(all.contains("class=\"fate fate-resolved\""), all);
        String changedOnly = page(base + "&changed=true");
        assertFalse(changedOnly.contains("unchanged provision"), changedOnly);
        assertTrue(changedOnly.contains("id=\"changed\" name=\"changed\" type=\"checkbox\" value=\"true\" checked"), "the filter shows as set");
        String defaults = page("/negotiations/" + agreement.slug() + "/compare");
        assertTrue(defaults.contains("<ins>"), "without from and to, the last two readings");
    }

    @Test
    void theNegotiationChartsEveryChapterWithABarPerReading() {
        MadeUpAgreement agreement = MadeUpAgreement.create();
        String html = page("/negotiations/" + agreement.slug());
        assertOneH1AndJsonTwin("/negotiations/" + agreement.slug(), html);
        int charts = count(html, "<svg class=\"chart\"");
        assertEquals(5, charts, "preamble and articles 2 to 5");
        assertEquals(4, count(html, "class=\"bar\" data-reading=\"R1\""), "a bar at the first reading for each but article 5");
        assertEquals(4, count(html, "class=\"bar\" data-reading=\"R2\""), "a bar at the second reading for each but article 4");
        int sets = given().get("/api/v1/provision-versions/{id}/brackets", agreement.article2First()).then().statusCode(200)
                .extract().jsonPath().getInt("counts.bracketSets");
        assertTrue(html.contains("data-reading=\"R1\" data-sets=\"" + sets + "\""), "article 2's bar counts its " + sets + " sets");
        assertTrue(html.contains("class=\"absent\""), "article 5 is absent from the first reading");
        String reading = page("/readings/" + agreement.first());
        assertOneH1AndJsonTwin("/readings/" + agreement.first(), reading);
        assertTrue(reading.contains("href=\"/provisions/" + agreement.article2() + "?reading=" + agreement.first() + "\""), reading);
    }

    @Test
    void theReportAndTheStakeholderPagesShowWhatWasSaid() {
        MadeUpAgreement agreement = MadeUpAgreement.create();
        String report = page("/reports/" + agreement.source());
        assertOneH1AndJsonTwin("/reports/" + agreement.source(), report);
        assertTrue(report.contains("id=\"p-1\""), report);
        assertTrue(report.contains("#position-" + agreement.position()), "the position taken from the paragraph links to it");
        long stakeholder = given().get("/api/v1/stakeholders/lookup?name=France").then().statusCode(200).extract().jsonPath().getLong("id");
        String page = page("/stakeholders/" + stakeholder);
        assertOneH1AndJsonTwin("/stakeholders/" + stakeholder, page);
        assertTrue(page.contains("France"), page);
    }

    @Test
    void shortAddressesRedirectToThePageThatShowsThem() {
        MadeUpAgreement agreement = MadeUpAgreement.create();
        given().redirects().follow(false).get("/provision-versions/{id}", agreement.article2First()).then().statusCode(303)
                .header("Location", containsString("/provisions/" + agreement.article2() + "?reading=" + agreement.first()));
        given().redirects().follow(false).get("/positions/{id}", agreement.position()).then().statusCode(303)
                .header("Location", containsString("#position-" + agreement.position()));
    }

    @Test
    void pagesAnswerConditionalRequestsAndAreKeptApartFromJson() {
        Response first = given().accept("text/html").get("/negotiations/ahc-cybercrime");
        first.then().statusCode(200).header("Vary", containsString("Accept"))
                .header("Content-Security-Policy", containsString("default-src 'none'"));
        String etag = first.header("ETag");
        assertTrue(etag != null && !etag.isBlank(), "a page has an ETag");
        given().accept("text/html").header("If-None-Match", etag).get("/negotiations/ahc-cybercrime").then().statusCode(304);
        given().accept("application/json").get("/api/v1/negotiations/ahc-cybercrime").then().statusCode(200)
                .contentType(containsString("json")).header("ETag", not(equalTo(etag)));
    }

    @Test
    void failuresArePagesWithTheirStatus() {
        String html = given().accept("text/html").get("/provisions/999999").then().statusCode(404)
                .contentType(containsString("text/html")).extract().asString();
        assertEquals(1, count(html, "<h1[ >]"), html);
        given().accept("text/html").get("/changes?since=yesterday").then().statusCode(400).contentType(containsString("text/html"));
        given().accept("text/html").get("/no-such-page").then().statusCode(404).contentType(containsString("text/html"));
        given().accept("text/html").get("/readings/1?kind=NOPE").then().statusCode(400).contentType(containsString("text/html"));
        given().get("/api/v1/provisions/999999").then().statusCode(404).contentType(containsString("problem+json"));
    }

    @Test
    void theSiteStaysOutOfTheApiContract() {
        String document = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertFalse(document.contains("\"/provisions/{id}\""), "site pages are not API operations");
        assertFalse(document.contains("\"/changes\""), "site pages are not API operations");
    }
}
