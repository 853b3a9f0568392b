package org.treatytracker.search;

import java.util.ArrayList;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/**
 * Search through the API: words and phrases, stems, ranking, filters, highlighting, the index following updates
 * and deletes, bad queries, paging and the cost in SQL statements. Each test works in a negotiation of its own and
 * filters on it, so the seed's texts never interfere. The texts are made up.
 */
@QuarkusTest
class SearchResourceTest {

    private static final String SEARCH = "/api/v1/search";

    @Inject
    SessionFactory sessionFactory;

    @Inject
    DataSource dataSource;

    private String slug;
    private long reading;

    @BeforeEach
    void negotiation() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
        slug = TestData.newNegotiation();
        reading = TestData.newReading(slug, 1);
    }

    private long provision(String number, String title, String text) {
        Map<String, Object> version = new HashMap<>();
        version.put("readingId", reading);
        version.put("number", number);
        version.put("title", title);
        version.put("text", text);
        return given().contentType(ContentType.JSON).body(Map.of("kind", "ARTICLE", "version", version))
                .post("/api/v1/negotiations/{slug}/provisions", slug).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private JsonPath search(String q, Object... more) {
        var request = given().header("Cache-Control", "no-cache").queryParam("q", q).queryParam("negotiation", slug);
        for (int i = 0; i < more.length; i += 2) {
            request.queryParam((String) more[i], more[i + 1]);
        }
        return request.get(SEARCH).then().statusCode(200).extract().jsonPath();
    }

    private List<Long> ids(String q, Object... more) {
        return search(q, more).getList("items.id", Long.class);
    }

    @Test
    void phraseMatchesOnlyTheExactSequenceWhileWordsMatchAnywhere() {
        long exact = provision("1", "Technology", "Each State Party shall promote the transfer of technology on mutually agreed terms.");
        long scattered = provision("2", "Funds", "The technology fund shall support the transfer of funds.");
        long otherStopWord = provision("3", "Other", "Parties shall ensure the transfer for technology development.");
        assertEquals(List.of(exact), ids("\"transfer of technology\""));
        List<Long> words = ids("transfer technology");
        assertTrue(words.containsAll(List.of(exact, scattered, otherStopWord)), words.toString());
        assertEquals(3, search("transfer technology").getInt("total"));
        assertEquals(1, search("\"transfer of technology\"").getInt("total"), "the count is of exact matches, like the page");
    }

    @Test
    void stemsMatchSoTechnologiesFindsTechnology() {
        long version = provision("1", null, "Cooperation on information and communications technology.");
        assertEquals(List.of(version), ids("technologies"));
        assertEquals(List.of(version), ids("Communication"));
        assertEquals(List.of(version), ids("technol*"), "a prefix");
    }

    @Test
    void denserMatchesRankFirst() {
        long once = provision("1", null, "Each State Party shall adopt measures on many matters, among them one zorblat, and also"
                + " many other things that have nothing to do with the subject of this search at all.");
        long thrice = provision("2", null, "Zorblat, zorblat and zorblat.");
        JsonPath found = search("zorblat");
        assertEquals(List.of(thrice, once), found.getList("items.id", Long.class));
        assertTrue(found.getDouble("items[0].score") > found.getDouble("items[1].score"));
    }

    @Test
    void filtersByKindReadingAndNegotiation() {
        long version = provision("1", "Quillwort", "Quillwort measures.");
        long paragraph = paragraph("Several speakers mentioned quillwort protection.");
        long otherReading = TestData.newReading(slug, 2);
        assertEquals(2, search("quillwort").getInt("total"));
        assertEquals(List.of(version), ids("quillwort", "kind", "PROVISION"));
        assertEquals(List.of(paragraph), ids("quillwort", "kind", "report_paragraph"));
        assertEquals(2, search("quillwort", "kind", "PROVISION,REPORT_PARAGRAPH").getInt("total"));
        assertEquals(0, search("quillwort", "reading", otherReading).getInt("total"));
        assertEquals(2, search("quillwort", "reading", reading).getInt("total"));
        String other = TestData.newNegotiation();
        given().queryParam("q", "quillwort").queryParam("negotiation", other).get(SEARCH).then().statusCode(200).body("total", equalTo(0));
        JsonPath hit = search("quillwort", "kind", "PROVISION");
        assertEquals("PROVISION", hit.getString("items[0].kind"));
        assertEquals(slug, hit.getString("items[0].negotiation"));
        assertEquals("/api/v1/provision-versions/" + version, hit.getString("items[0].href"));
        assertEquals("/provisions/" + TestData.provisionIdOf(version) + "?reading=" + reading, hit.getString("items[0].html"));
        assertEquals("/paragraphs/" + paragraph, search("quillwort", "kind", "REPORT_PARAGRAPH").getString("items[0].html"));
        // the links lead somewhere
        given().get(hit.getString("items[0].href")).then().statusCode(200);
        given().redirects().follow(false).get("/paragraphs/" + paragraph).then().statusCode(303);
    }

    @Test
    void readingsAreFoundByTheirSymbol() {
        JsonPath found = search("\"T/" + slug + "/1\"", "kind", "READING");
        assertEquals(List.of(reading), found.getList("items.id", Long.class));
        assertEquals("/readings/" + reading, found.getString("items[0].html"));
    }

    @Test
    void excludesOrsAndPrefixes() {
        long red = provision("1", null, "Wombat habitats in red forests.");
        long blue = provision("2", null, "Wombat habitats in blue forests.");
        long green = provision("3", null, "Numbat habitats in green forests.");
        assertEquals(List.of(red), ids("wombat -blue"));
        assertEquals(List.of(red), ids("habitats -\"blue forests\" -numbat"));
        assertEquals(List.of(red, blue, green), ids("wombat OR numbat").stream().sorted().toList());
        assertEquals(List.of(blue, green), ids("forests blue OR green").stream().sorted().toList());
        assertEquals(List.of(red, blue), ids("womb*").stream().sorted().toList());
    }

    @Test
    void snippetsMarkMatchesAndEscapeEverythingElse() {
        provision("1", null, "Text with <script>alert('x')</script> & the Marsupial's clause.");
        JsonPath hit = search("marsupial");
        String html = hit.getString("items[0].snippetHtml");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; the <mark>Marsupial&#39;s</mark> clause."), html);
        String snippet = hit.getString("items[0].snippet");
        int start = hit.getInt("items[0].matches[0].start");
        int end = hit.getInt("items[0].matches[0].end");
        assertEquals("Marsupial's", snippet.substring(start, end));
    }

    @Test
    void longTextsAreCutAroundTheMatch() {
        String filler = "Nothing of interest is said here. ".repeat(40);
        provision("1", null, filler + "The pangolin clause is here. " + filler);
        JsonPath hit = search("pangolin");
        String snippet = hit.getString("items[0].snippet");
        assertTrue(snippet.startsWith("…") && snippet.endsWith("…"), snippet);
        assertTrue(snippet.length() <= Snippet.WIDTH + 2, snippet);
        assertTrue(hit.getString("items[0].snippetHtml").contains("<mark>pangolin</mark>"));
    }

    @Test
    void updatesAndDeletesChangeWhatIsFound() {
        long version = provision("1", null, "The okapi clause.");
        assertEquals(List.of(version), ids("okapi"));
        Map<String, Object> content = new HashMap<>(Map.of("readingId", reading, "number", "1", "text", "The gazelle clause."));
        given().contentType(ContentType.JSON).header("If-Match", TestData.etagOf("/api/v1/provision-versions/{id}", version))
                .body(content).put("/api/v1/provision-versions/{id}", version).then().statusCode(200);
        assertEquals(List.of(), ids("okapi"));
        assertEquals(List.of(version), ids("gazelle"));

        long paragraph = paragraph("Several speakers cautioned against the gerenuk clause.");
        long position = given().contentType(ContentType.JSON).body(Map.of("provisionVersionId", version, "stance", "CONCERN",
                        "quantifier", "SEVERAL", "paragraphId", paragraph, "quote", "cautioned against the gerenuk clause"))
                .post("/api/v1/positions").then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath quote = search("gerenuk", "kind", "QUOTE");
        assertEquals(List.of(position), quote.getList("items.id", Long.class));
        assertEquals("/provisions/" + TestData.provisionIdOf(version) + "?reading=" + reading + "#position-" + position,
                quote.getString("items[0].html"));
        given().header("If-Match", TestData.etagOf("/api/v1/positions/{id}", position)).delete("/api/v1/positions/{id}", position)
                .then().statusCode(204);
        assertEquals(0, search("gerenuk", "kind", "QUOTE").getInt("total"));
        assertEquals(List.of(paragraph), ids("gerenuk"));

        // the source's delete removes its paragraphs with a bulk delete, which the index follows through its foreign keys
        long source = given().get("/api/v1/paragraphs/{id}", paragraph).then().statusCode(200).extract().jsonPath()
                .getLong("sourceDocumentId");
        given().header("If-Match", TestData.etagOf("/api/v1/sources/{id}", source)).delete("/api/v1/sources/{id}", source)
                .then().statusCode(204);
        assertEquals(List.of(), ids("gerenuk"));
        given().header("If-Match", TestData.etagOf("/api/v1/provision-versions/{id}", version))
                .delete("/api/v1/provision-versions/{id}", version).then().statusCode(204);
        assertEquals(List.of(), ids("gazelle"));
    }

    @Test
    void whatHasNoDocumentIsIndexedLikeAnUpgradedDatabaseAtStart() throws Exception {
        long version = provision("1", null, "The quokka clause.");
        long negotiation = given().get("/api/v1/negotiations/{slug}", slug).then().statusCode(200).extract().jsonPath().getLong("id");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from search_document where negotiation_id = " + negotiation);
        }
        assertEquals(List.of(), ids("quokka"));
        try (Connection connection = dataSource.getConnection()) {
            SearchIndexer.indexMissing(connection);
        }
        assertEquals(List.of(version), ids("quokka"));
    }

    @Test
    void badQueriesAreProblemsNamingTheParameter() {
        assertBad(Map.of(), "q");
        assertBad(Map.of("q", "  "), "q");
        assertBad(Map.of("q", "the of and"), "q");
        assertBad(Map.of("q", "x".repeat(SearchQuery.MAX_LENGTH + 1)), "q");
        assertBad(Map.of("q", "OR treaty"), "q");
        assertBad(Map.of("q", "-treaty"), "q");
        assertBad(Map.of("q", "te*"), "q");
        assertBad(Map.of("q", "treaty", "kind", "ARTICLE"), "kind");
        assertBad(Map.of("q", "treaty", "negotiation", "no-such-negotiation"), "negotiation");
        assertBad(Map.of("q", "treaty", "reading", 987654321), "reading");
        given().queryParam("q", "treaty").queryParam("size", 0).get(SEARCH).then().statusCode(400);
        given().queryParam("q", "treaty").queryParam("sort", "score").get(SEARCH).then().statusCode(400);
    }

    private static void assertBad(Map<String, ?> params, String field) {
        given().queryParams(params).get(SEARCH).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void pagesHaveLinksAndETags() {
        for (int i = 1; i <= 5; i++) {
            provision(Integer.toString(i), null, "Aardwolf provision number " + i + ".");
        }
        Response first = given().queryParam("q", "aardwolf").queryParam("negotiation", slug).queryParam("size", 2).get(SEARCH);
        first.then().statusCode(200).body("total", equalTo(5)).body("items.size()", equalTo(2))
                .header("ETag", not(equalTo(null)));
        assertTrue(first.headers().getValues("Link").stream().anyMatch(link -> link.contains("page=1>; rel=\"next\"")),
                first.headers().getValues("Link").toString());
        String etag = first.header("ETag");
        given().queryParam("q", "aardwolf").queryParam("negotiation", slug).queryParam("size", 2).header("If-None-Match", etag)
                .get(SEARCH).then().statusCode(304);
        List<Long> all = ids("aardwolf", "size", 5);
        List<Long> paged = new ArrayList<>(ids("aardwolf", "size", 2));
        paged.addAll(ids("aardwolf", "size", 2, "page", 1));
        paged.addAll(ids("aardwolf", "size", 2, "page", 2));
        assertEquals(all, paged, "pages neither overlap nor skip");
        JsonPath beyond = search("aardwolf", "size", 2, "page", 9);
        assertEquals(List.of(), beyond.getList("items"));
        assertEquals(5, beyond.getInt("total"), "a page past the end still counts");
    }

    @Test
    void aSearchRunsAConstantNumberOfStatements() {
        for (int i = 1; i <= 12; i++) {
            provision(Integer.toString(i), null, "Tapir text " + i + " with the tapir \"transfer of technology\".");
        }
        long small = statementsFor("tapir \"transfer of technology\" -nothing", 1);
        long large = statementsFor("tapir \"transfer of technology\" -nothing", 100);
        assertEquals(small, large, "statements grow with the page size");
        assertTrue(large <= 5, "a search runs " + large + " statements");
    }

    private long statementsFor(String q, int size) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().header("Cache-Control", "no-cache").queryParam("q", q).queryParam("negotiation", slug).queryParam("size", size)
                .get(SEARCH).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    private long paragraph(String text) {
        long source = given().contentType(ContentType.JSON)
                .body(Map.of("kind", "CHAIRS_REPORT", "title", "Made-up report", "readingId", reading,
                        "text", "1. " + text, "paragraphs", List.of(Map.of("number", 1, "text", text))))
                .post("/api/v1/negotiations/{slug}/sources", slug).then().statusCode(201).extract().jsonPath().getLong("id");
        return given().get("/api/v1/sources/{id}/paragraphs", source).then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }
}
