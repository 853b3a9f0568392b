package org.treatytracker.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A write that lost to another transaction's lock is a 503 with Retry-After, however it was wrapped; a value the database
 * refuses, or a client that went away mid-body, a 400; not a 500.
 */
class DatabaseFailuresTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void anH2LockTimeoutWrappedAtCommitIs503WithRetryAfter() {
        Throwable atCommit = new RuntimeException("Error invoking subclass method",
                new IllegalStateException(new SQLException("Timeout trying to lock table \"PROVISION\"", "HYT00", 50200)));
        Response response = mappers.unexpected(atCommit, null);
        assertEquals(503, response.getStatus());
        assertEquals("2", response.getHeaderString("Retry-After"));
    }

    @Test
    void aPostgresSerializationFailureOrLockNotAvailableIs503() {
        assertEquals(503, mappers.unexpected(new RuntimeException(new SQLException("could not serialize access", "40001")), null).getStatus());
        assertEquals(503, mappers.unexpected(new RuntimeException(new SQLException("lock not available", "55P03")), null).getStatus());
        assertEquals(503, mappers.busy(new jakarta.persistence.LockTimeoutException("lock"), null).getStatus());
    }

    @Test
    void aValueTheDatabaseRefusesIs400WithoutItsSql() {
        Throwable nul = new RuntimeException(new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));
        Response response = mappers.unexpected(nul, null);
        assertEquals(400, response.getStatus());
        Problem problem = (Problem) response.getEntity();
        assertEquals("Invalid value", problem.title());
        org.junit.jupiter.api.Assertions.assertFalse(problem.detail().contains("UTF8"), problem.detail());
        assertEquals(400, mappers.unexpected(new SQLException("value too long for type character varying(255)", "22001"), null).getStatus());
    }

    @Test
    void aClientThatClosesMidBodyIs400NotAnError() {
        Throwable closed = new java.io.UncheckedIOException(new java.io.IOException(new java.nio.channels.ClosedChannelException()));
        Response response = mappers.unexpected(closed, null);
        assertEquals(400, response.getStatus());
        assertEquals("Incomplete request", ((Problem) response.getEntity()).title());
    }

    @Test
    void otherFailuresStay500() {
        assertEquals(500, mappers.unexpected(new RuntimeException(new SQLException("syntax error", "42000", 42000)), null).getStatus());
    }
}
