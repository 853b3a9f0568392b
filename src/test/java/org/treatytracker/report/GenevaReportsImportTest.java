package org.treatytracker.report;

import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;
import org.treatytracker.corpus.Corpus;

/**
 * The three Earth Negotiations Bulletin reports of the Geneva session (February 2015) import as they are, with
 * title, date and URL from their front matter and their headings as sections. They stay in ../shared/corpus;
 * the test is skipped where that directory is absent.
 */
@QuarkusTest
class GenevaReportsImportTest {

    static final Path CORPUS = Corpus.dir("geneva-2015");

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    @Test
    void importsTheThreeReportsWithTitleDateAndSections() throws Exception {
        Corpus.require("geneva-2015");
        String slug = TestData.newNegotiation();
        TestData.newReading(slug, 1);
        List<String[]> expected = List.of(new String[] {"enb12621e.md", "GENEVA HIGHLIGHTS, Sunday, 8 February 2015", "2015-02-08"},
                new String[] {"enb12622e.md", "GENEVA HIGHLIGHTS, Monday, 9 February 2015", "2015-02-09"},
                new String[] {"enb12623e.md", "GENEVA HIGHLIGHTS, Tuesday, 10 February 2015", "2015-02-10"});
        System.out.printf("%n== Geneva ENB reports imported%n");
        for (String[] report : expected) {
            JsonPath imported = given().contentType("text/markdown; charset=UTF-8").body(Files.readString(CORPUS.resolve(report[0])))
                    .post("/api/v1/negotiations/{slug}/reports", slug).then().statusCode(201).extract().jsonPath();
            assertEquals(report[1], imported.getString("source.title"));
            assertEquals(report[2], imported.getString("source.publishedOn"));
            assertTrue(imported.getString("source.url").startsWith("http://www.iisd.ca/vol12/"));
            long source = imported.getLong("source.id");
            List<String> sections = given().get("/api/v1/sources/{id}/paragraphs?size=100", source).then().statusCode(200)
                    .extract().jsonPath().getList("items.agendaItemTitle", String.class);
            assertTrue(sections.stream().allMatch(s -> s != null && !s.isBlank()), "every paragraph sits under a heading: " + sections);
            List<Map<String, Object>> suggestions = new ArrayList<>();
            for (int page = 0; suggestions.size() < imported.getInt("suggestions"); page++) {
                suggestions.addAll(given().get("/api/v1/sources/{id}/suggestions?size=100&page=" + page, source).then().statusCode(200)
                        .extract().jsonPath().<Map<String, Object>>getList("items"));
            }
            long named = suggestions.stream().filter(g -> g.get("stakeholder") != null).count();
            long stakeholders = suggestions.stream().filter(g -> g.get("stakeholder") != null)
                    .map(g -> ((Map<?, ?>) g.get("stakeholder")).get("id")).distinct().count();
            long groups = suggestions.stream().filter(g -> g.get("onBehalfOf") != null).count();
            List<Object> unknown = suggestions.stream().map(g -> g.get("suggestedStakeholder")).filter(Objects::nonNull).distinct().toList();
            System.out.printf("%s: %d paragraphs, %d sections, %d suggestions: %d by %d named stakeholders (%d for a group), %d by quantifiers,"
                            + " new stakeholders suggested %s%n", report[0], imported.getInt("paragraphs"), sections.stream().distinct().count(),
                    suggestions.size(), named, stakeholders, groups,
                    suggestions.stream().filter(g -> g.get("quantifier") != null).count(), unknown);
        }
    }
}
