package org.treatytracker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.Header;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/** Every list answers RFC 8288 Link headers to its first, previous, next and last pages, kept answers too. */
@QuarkusTest
class PageLinksTest {

    private static String slug;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** Once for the class, but after the application has started (a static @BeforeAll runs before it). */
    @BeforeEach
    void fiveReadings() {
        if (slug != null) {
            return;
        }
        TestData.asAdmin();
        slug = TestData.newNegotiation();
        for (int i = 1; i <= 5; i++) {
            TestData.newReading(slug, i);
        }
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
    }

    private static List<String> links(String path) {
        return given().get(path).then().statusCode(200).extract().headers().getList("Link").stream().map(Header::getValue).toList();
    }

    @Test
    void aMiddlePageLinksToAllFourNeighboursKeepingTheQuery() {
        String base = "/api/v1/negotiations/" + slug + "/readings";
        List<String> links = links(base + "?size=2&page=1&sort=-sequenceNumber");
        org.hamcrest.MatcherAssert.assertThat(links, containsInAnyOrder(
                "<" + base + "?size=2&sort=-sequenceNumber&page=0>; rel=\"first\"",
                "<" + base + "?size=2&sort=-sequenceNumber&page=0>; rel=\"prev\"",
                "<" + base + "?size=2&sort=-sequenceNumber&page=2>; rel=\"next\"",
                "<" + base + "?size=2&sort=-sequenceNumber&page=2>; rel=\"last\""));
    }

    @Test
    void theLastPageHasNoNextAndTheFirstNoPrev() {
        String base = "/api/v1/negotiations/" + slug + "/readings";
        org.hamcrest.MatcherAssert.assertThat(links(base + "?size=2&page=2"), containsInAnyOrder(
                "<" + base + "?size=2&page=0>; rel=\"first\"", "<" + base + "?size=2&page=1>; rel=\"prev\"",
                "<" + base + "?size=2&page=2>; rel=\"last\""));
        org.hamcrest.MatcherAssert.assertThat(links(base + "?size=5"), containsInAnyOrder(
                "<" + base + "?size=5&page=0>; rel=\"first\"", "<" + base + "?size=5&page=0>; rel=\"last\""));
    }

    @Test
    void aPageBeyondTheEndPointsBackToTheLast() {
        String base = "/api/v1/negotiations/" + slug + "/readings";
        org.hamcrest.MatcherAssert.assertThat(links(base + "?size=2&page=7"), containsInAnyOrder(
                "<" + base + "?size=2&page=0>; rel=\"first\"", "<" + base + "?size=2&page=2>; rel=\"prev\"",
                "<" + base + "?size=2&page=2>; rel=\"last\""));
    }

    @Test
    void anEmptyListHasOnePage() {
        TestData.asAdmin();
        String empty = "/api/v1/negotiations/" + TestData.newNegotiation() + "/readings";
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
        org.hamcrest.MatcherAssert.assertThat(links(empty), containsInAnyOrder(
                "<" + empty + "?page=0>; rel=\"first\"", "<" + empty + "?page=0>; rel=\"last\""));
    }

    @Test
    void aKeptAnswerKeepsItsLinks() {
        String path = "/api/v1/negotiations/" + slug + "/readings?size=3";
        List<String> first = links(path);
        List<String> kept = links(path);
        assertEquals(3, first.size(), "first, next, last");
        assertEquals(first, kept);
    }
}
