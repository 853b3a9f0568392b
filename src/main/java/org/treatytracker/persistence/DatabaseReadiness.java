package org.treatytracker.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness that fails when the database does: a real query on a table of the schema, not the pool's check of a
 * connection (which said UP while H2 had closed its file and every request failed).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database answers queries";

    @Inject
    AgroalDataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            try (ResultSet rows = statement.executeQuery("select count(*) from negotiation")) {
                rows.next();
                return HealthCheckResponse.named(NAME).up().withData("negotiations", rows.getLong(1)).build();
            }
        } catch (Exception failing) {
            // The message only: no SQL or stack trace on a public endpoint.
            String reason = failing.getMessage() == null ? failing.getClass().getSimpleName() : failing.getMessage().lines().findFirst().orElse("");
            return HealthCheckResponse.named(NAME).down().withData("error", reason.length() > 200 ? reason.substring(0, 200) : reason).build();
        }
    }
}
