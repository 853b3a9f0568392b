package org.treatytracker.bench;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/**
 * Prints how many SQL statements a report import prepares: a new report of 40 numbered paragraphs about a draft of
 * 10 articles, and the same text again (unchanged). Run by name: {@code -Dtest=ReportImportQueriesCheck}.
 */
@QuarkusTest
class ReportImportQueriesCheck {

    private static final int PARAGRAPHS = 40;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void printsTheStatementsOfAnImport() {
        TestData.asAdmin();
        String slug = TestData.newNegotiation();
        long reading = TestData.newReading(slug, 1);
        for (int a = 1; a <= 10; a++) {
            TestData.newProvision(slug, reading, "ARTICLE", String.valueOf(a), "Article " + a, null);
        }
        StringBuilder report = new StringBuilder("Report of the session\n\n");
        for (int p = 1; p <= PARAGRAPHS; p++) {
            report.append(p).append(". Several speakers supported article ").append(p % 10 + 1)
                    .append(", while one delegation expressed concern about its scope.\n\n");
        }
        var statistics = sessionFactory.getStatistics();
        for (String run : new String[] {"new", "unchanged"}) {
            statistics.clear();
            given().contentType("text/plain; charset=UTF-8").body(report.toString()).queryParam("reading", reading)
                    .post("/api/v1/negotiations/{slug}/reports", slug).then().statusCode(run.equals("new") ? 201 : 200);
            System.out.printf("report import (%s, %d paragraphs): %d statements prepared, %d entity loads, %d queries%n", run,
                    PARAGRAPHS, statistics.getPrepareStatementCount(), statistics.getEntityLoadCount(), statistics.getQueryExecutionCount());
        }
    }
}
