package org.treatytracker.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatytracker.api.ProblemException;

/**
 * The restore's format rules without a server: an H2 database migrated by the project's own migrations, a backup
 * document as text, the reader in a transaction that each test rolls back or commits.
 */
class BackupReaderTest {

    private static final String HEAD = "{\"format\":\"treaty-tracker-backup\",\"schema\":4,\"exportedAt\":\"2026-01-01T00:00:00Z\",";
    private static final String NEGOTIATION = "{\"id\":7,\"slug\":\"made-up\",\"title\":\"Made-up convention\",\"version\":0}";
    private static final String READING = "{\"id\":3,\"negotiation_id\":7,\"sequence_number\":1,\"label\":\"First reading\","
            + "\"document_symbol\":\"A/MADE/1\",\"reading_date\":{\"date\":\"2024-05-01\"},\"version\":0}";

    private Connection connection;

    @BeforeEach
    void database() throws Exception {
        String url = "jdbc:h2:mem:reader-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        connection = DriverManager.getConnection(url, "sa", "");
        connection.setAutoCommit(false);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    @Test
    void restoresRowsWithTheirIdsAndMovesIdentitiesPastThem() throws Exception {
        assertEquals(2, restore(HEAD + "\"tables\":{\"negotiation\":[" + NEGOTIATION + "],\"reading\":[" + READING + "]}}"));
        connection.commit();
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("insert into negotiation (slug, title, version) values ('next', 'Next', 0)");
            assertEquals(8L, single("select max(id) from negotiation"));
        }
        assertEquals("2024-05-01", String.valueOf(single("select reading_date from reading where id = 3")));
    }

    @Test
    void refusesAColumnKeyThatIsSql() throws Exception {
        String key = "id, slug, title, version) values (?, 'i', 'i', 0); CREATE TABLE pwned_marker (x int); --";
        ProblemException refused = refused(HEAD + "\"tables\":{\"negotiation\":[{\"" + key + "\":1}]}}");
        assertEquals("tables.negotiation[0].\"" + key + "\"", refused.field());
        assertEquals(0L, single("select count(*) from information_schema.tables where table_name = 'PWNED_MARKER'"));
    }

    @Test
    void refusesTablesItDoesNotBackUpAndTablesOutOfOrder() throws Exception {
        assertEquals("tables.flyway_schema_history", refused(HEAD + "\"tables\":{\"flyway_schema_history\":[]}}").field());
        assertEquals("tables.search_document", refused(HEAD + "\"tables\":{\"search_document\":[]}}").field());
        ProblemException late = refused(HEAD + "\"tables\":{\"reading\":[],\"negotiation\":[]}}");
        assertEquals("tables.negotiation", late.field());
        assertTrue(late.getMessage().contains("comes after reading"), late.getMessage());
        assertEquals("tables.negotiation", refused(HEAD + "\"tables\":{\"negotiation\":[],\"negotiation\":[]}}").field());
    }

    @Test
    void refusesValuesOfTheWrongType() throws Exception {
        assertWrong("{\"id\":\"7\",\"slug\":\"s\",\"title\":\"t\",\"version\":0}", "tables.negotiation[0].id", "must be an integer");
        assertWrong("{\"id\":7.5,\"slug\":\"s\",\"title\":\"t\",\"version\":0}", "tables.negotiation[0].id", "a decimal number");
        assertWrong("{\"id\":7,\"slug\":7,\"title\":\"t\",\"version\":0}", "tables.negotiation[0].slug", "must be a string");
        assertWrong("{\"id\":7,\"slug\":\"s\",\"title\":null,\"version\":0}", "tables.negotiation[0].title", "must not be null");
        assertWrong("{\"id\":7,\"slug\":\"s\",\"title\":\"" + "t".repeat(501) + "\",\"version\":0}", "tables.negotiation[0].title",
                "at most 500");
        assertWrong("{\"id\":99999999999999999999,\"slug\":\"s\",\"title\":\"t\",\"version\":0}", "tables.negotiation[0].id",
                "out of range");
        assertWrong("{\"id\":7,\"slug\":\"s\",\"title\":\"t\",\"version\":0,\"id\":8}", "tables.negotiation[0].id", "twice");
        String reading = HEAD + "\"tables\":{\"negotiation\":[" + NEGOTIATION + "],\"reading\":[%s]}}";
        ProblemException date = refused(String.format(reading, READING.replace("{\"date\":\"2024-05-01\"}", "\"2024-05-01\"")));
        assertEquals("tables.reading[0].reading_date", date.field());
        ProblemException notADate = refused(String.format(reading, READING.replace("2024-05-01", "2024-13-01")));
        assertTrue(notADate.getMessage().contains("is not a date"), notADate.getMessage());
        ProblemException outOfRange = refused(String.format(reading, READING.replace("\"sequence_number\":1", "\"sequence_number\":3000000000")));
        assertEquals("tables.reading[0].sequence_number", outOfRange.field());
    }

    @Test
    void namesTheRowTheDatabaseRefusesAndKeepsNothing() throws Exception {
        String orphan = READING.replace("\"negotiation_id\":7", "\"negotiation_id\":99");
        ProblemException refused = refused(HEAD + "\"tables\":{\"negotiation\":[" + NEGOTIATION + "],\"reading\":[" + orphan + "]}}");
        assertEquals("tables.reading[0]", refused.field());
        assertTrue(refused.getMessage().contains("refers to a row that is not in the backup"), refused.getMessage());
        assertEquals(0L, single("select count(*) from negotiation"));
    }

    @Test
    void refusesWhatIsNotABackup() throws Exception {
        assertEquals("format", refused("{\"format\":\"something else\",\"tables\":{}}").field());
        assertEquals("format", refused("{\"tables\":{},\"format\":\"treaty-tracker-backup\"}").field());
        assertEquals("format", refused("[]").field());
        assertEquals("extra", refused(HEAD + "\"extra\":1,\"tables\":{}}").field());
        assertEquals("tables.negotiation[0]", refused(HEAD + "\"tables\":{\"negotiation\":[[1]]}}").field());
        assertEquals("tables.negotiation", refused(HEAD + "\"tables\":{\"negotiation\":{}}}").field());
    }

    @Test
    void refusesARestoreIntoAnInstanceThatHoldsData() throws Exception {
        restore(HEAD + "\"tables\":{\"negotiation\":[" + NEGOTIATION + "]}}");
        assertEquals(409, refused(HEAD + "\"tables\":{}}").status());
    }

    private void assertWrong(String row, String field, String detail) throws Exception {
        ProblemException refused = refused(HEAD + "\"tables\":{\"negotiation\":[" + row + "]}}");
        assertEquals(field, refused.field());
        assertEquals(422, refused.status());
        assertTrue(refused.getMessage().contains(detail), refused.getMessage());
    }

    /** The refusal; the transaction is then rolled back, as BackupService does. */
    private ProblemException refused(String backup) throws Exception {
        ProblemException refused = assertThrows(ProblemException.class, () -> restore(backup));
        connection.rollback();
        return refused;
    }

    private int restore(String backup) throws Exception {
        try (JsonParser parser = new JsonFactory().createParser(backup)) {
            return new BackupReader(connection, parser).restore();
        }
    }

    private Object single(String sql) throws Exception {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getObject(1);
        }
    }
}
