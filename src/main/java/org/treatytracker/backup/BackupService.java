package org.treatytracker.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.treatytracker.persistence.DataRevision;
import org.treatytracker.api.ProblemException;
import org.treatytracker.search.SearchIndexer;

/**
 * Exports the whole database as one JSON document and imports such a document into an empty instance. Rows
 * keep their ids, so references and the audit trail stay intact; identity counters are moved past the
 * imported ids afterwards. Plain JDBC over the tables in dependency order: the document is the data, not the
 * entities, so it also carries the audit trail and the users (password hashes only).
 */
@ApplicationScoped
public class BackupService {

    static final String FORMAT = "treaty-tracker-backup";

    /** Every table, parents before children: its name, its identity column (or null), and a total order. */
    static final String[][] TABLES = {
            {"negotiation", "id", "id"}, {"reading", "id", "id"}, {"provision", "id", "id"},
            {"provision_version", "id", "id"}, {"stakeholder", "id", "id"}, {"stakeholder_member", null, "group_id, member_id"},
            {"stakeholder_alias", null, "stakeholder_id, alias"},
            {"source_document", "id", "id"}, {"paragraph", "id", "id"}, {"attendance", "id", "id"}, {"position", "id", "id"},
            {"mention", "id", "id"}, {"suggestion", "id", "id"}, {"app_user", "id", "id"}, {"revinfo", "rev", "rev"},
            {"revchanges", null, "rev, entityname"}, {"negotiation_aud", null, "rev, id"}, {"reading_aud", null, "rev, id"},
            {"provision_aud", null, "rev, id"}, {"provision_version_aud", null, "rev, id"}, {"stakeholder_aud", null, "rev, id"},
            {"stakeholder_member_aud", null, "rev, group_id, member_id"},
            {"stakeholder_alias_aud", null, "rev, stakeholder_id, alias"}, {"source_document_aud", null, "rev, id"},
            {"paragraph_aud", null, "rev, id"}, {"position_aud", null, "rev, id"}, {"suggestion_aud", null, "rev, id"}};

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Transactional
    public ObjectNode export() {
        ObjectNode backup = json.createObjectNode();
        backup.put("format", FORMAT);
        backup.put("schema", 4);
        backup.put("exportedAt", Instant.now().toString());
        ObjectNode tables = backup.putObject("tables");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String[] table : TABLES) {
                ArrayNode rows = tables.putArray(table[0]);
                try (ResultSet rs = statement.executeQuery("select * from " + table[0] + " order by " + table[2])) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        ObjectNode row = rows.addObject();
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            put(row, meta.getColumnLabel(c).toLowerCase(), rs, c, meta.getColumnType(c));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("export failed", e);
        }
        return backup;
    }

    /** Imports a backup into an instance that holds no negotiation, stakeholder or change yet; all or nothing. */
    @Transactional
    public int restore(JsonNode backup) {
        if (backup == null || !FORMAT.equals(backup.path("format").asText()) || !backup.path("tables").isObject()) {
            throw ProblemException.unprocessable("format", "this is not a Treaty Tracker backup (format '" + FORMAT + "')");
        }
        int restored = 0;
        try (Connection connection = dataSource.getConnection()) {
            if (count(connection, "negotiation") + count(connection, "stakeholder") + count(connection, "revinfo") > 0) {
                throw ProblemException.conflict("this instance already holds data; restore into an empty instance "
                        + "(started with TREATY_SEED_ENABLED=false and TREATY_REGISTER_ENABLED=false)");
            }
            List<String> existingUsers = new ArrayList<>();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select username from app_user")) {
                while (rs.next()) {
                    existingUsers.add(rs.getString(1));
                }
            }
            List<long[]> parents = new ArrayList<>();
            for (String[] table : TABLES) {
                JsonNode rows = backup.path("tables").path(table[0]);
                if (!rows.isArray()) {
                    continue;
                }
                for (JsonNode row : rows) {
                    if (table[0].equals("app_user") && existingUsers.contains(row.path("username").asText())) {
                        continue;
                    }
                    insert(connection, table[0], row, parents);
                    restored++;
                }
                if (table[0].equals("provision_version")) {
                    linkParents(connection, parents);
                }
                if (table[1] != null && !rows.isEmpty()) {
                    restartIdentity(connection, table[0], table[1]);
                }
            }
            // Plain JDBC bypasses Envers, which also keeps the search index: index the restored things here.
            SearchIndexer.indexMissing(connection);
            // Plain JDBC bypasses Envers, which advances the data revision for every other write: cached reads
            // of the empty instance must not survive the restore.
            DataRevision.advance(connection);
        } catch (SQLException e) {
            throw ProblemException.unprocessable("tables", "the backup could not be restored: a row does not fit this schema");
        }
        return restored;
    }

    private static void insert(Connection connection, String table, JsonNode row, List<long[]> parents) throws SQLException {
        List<String> columns = new ArrayList<>();
        Iterator<String> names = row.fieldNames();
        names.forEachRemaining(columns::add);
        boolean selfReferencing = table.equals("provision_version");
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < columns.size(); i++) {
                JsonNode value = row.get(columns.get(i));
                // A version's parent may come later in id order: link parents once every version is in.
                if (selfReferencing && columns.get(i).equals("parent_version_id")) {
                    insert.setObject(i + 1, null);
                } else {
                    bind(insert, i + 1, value);
                }
            }
            insert.executeUpdate();
        }
        if (selfReferencing && row.hasNonNull("parent_version_id")) {
            parents.add(new long[] {row.get("id").asLong(), row.get("parent_version_id").asLong()});
        }
    }

    /** Sets the parents of provision versions, once all of them are in. */
    private static void linkParents(Connection connection, List<long[]> parents) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update provision_version set parent_version_id = ? where id = ?")) {
            for (long[] link : parents) {
                update.setLong(1, link[1]);
                update.setLong(2, link[0]);
                update.executeUpdate();
            }
        }
    }

    private static void bind(PreparedStatement statement, int index, JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            statement.setObject(index, null);
        } else if (value.isBoolean()) {
            statement.setBoolean(index, value.booleanValue());
        } else if (value.isIntegralNumber()) {
            statement.setLong(index, value.longValue());
        } else if (value.isObject() && value.has("date")) {
            statement.setObject(index, LocalDate.parse(value.get("date").asText()));
        } else if (value.isObject() && value.has("timestamp")) {
            statement.setObject(index, OffsetDateTime.parse(value.get("timestamp").asText()));
        } else {
            statement.setString(index, value.asText());
        }
    }

    private static void put(ObjectNode row, String column, ResultSet rs, int c, int type) throws SQLException {
        Object value = rs.getObject(c);
        if (value == null) {
            row.putNull(column);
        } else if (type == Types.DATE) {
            row.putObject(column).put("date", rs.getObject(c, LocalDate.class).toString());
        } else if (type == Types.TIMESTAMP_WITH_TIMEZONE || type == Types.TIMESTAMP) {
            row.putObject(column).put("timestamp", rs.getObject(c, OffsetDateTime.class).toString());
        } else if (value instanceof Boolean b) {
            row.put(column, b);
        } else if (value instanceof Number n) {
            row.put(column, n.longValue());
        } else {
            row.put(column, value.toString());
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Moves an identity column past the imported ids; the statement is the same on H2 and PostgreSQL. */
    private static void restartIdentity(Connection connection, String table, String column) throws SQLException {
        long next;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select coalesce(max(" + column + "), 0) + 1 from " + table)) {
            rs.next();
            next = rs.getLong(1);
        }
        try (Statement s = connection.createStatement()) {
            s.execute("alter table " + table + " alter column " + column + " restart with " + next);
        }
    }
}
