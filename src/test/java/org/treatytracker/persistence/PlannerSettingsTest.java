package org.treatytracker.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The server's PostgreSQL sessions price a random page read at 1.1, not 4 (application.properties says why): checked
 * on a connection of the server's own pool. H2 has no such setting; there the test checks it ran on H2.
 */
@QuarkusTest
class PlannerSettingsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void postgresqlSessionsTakeTheCheapRandomRead() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String database = connection.getMetaData().getDatabaseProductName();
            if (database.equals("PostgreSQL")) {
                try (ResultSet cost = statement.executeQuery("show random_page_cost")) {
                    cost.next();
                    assertEquals("1.1", cost.getString(1));
                }
            } else {
                assertEquals("H2", database);
            }
        }
    }
}
