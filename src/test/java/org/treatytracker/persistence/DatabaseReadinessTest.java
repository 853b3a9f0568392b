package org.treatytracker.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** Readiness is DOWN when the database fails a query, as H2 does once it has closed its file. */
class DatabaseReadinessTest {

    @Test
    void isDownWhenTheDatabaseFailsAQuery() {
        DatabaseReadiness check = new DatabaseReadiness();
        check.dataSource = (AgroalDataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {AgroalDataSource.class},
                (proxy, method, args) -> {
                    throw new SQLException("Database is already closed (to disable automatic closing at VM shutdown, ...)", "90121", 90121);
                });
        HealthCheckResponse response = check.call();
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals("database answers queries", response.getName());
    }
}
