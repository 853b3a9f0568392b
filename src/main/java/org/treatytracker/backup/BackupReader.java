package org.treatytracker.backup;

import static org.treatytracker.backup.BackupKeys.refuse;
import static org.treatytracker.backup.BackupKeys.step;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treatytracker.persistence.DataRevision;
import org.treatytracker.api.ProblemException;
import org.treatytracker.search.SearchIndexer;

/**
 * Restores a backup document as it streams in, row by row, into a connection whose transaction the caller owns:
 * the document's keys are only looked up in {@link BackupSchema} (a table or column it does not have is refused,
 * never pasted into SQL), every value is checked by {@link ColumnValues} and bound as a parameter, and rows go in
 * by {@link RowBatch}. Any refusal is a {@link ProblemException}; the caller then rolls back.
 */
final class BackupReader {

    private final Connection connection;
    private final JsonParser parser;
    private final BackupSchema schema;
    private final Set<String> existingUsers = new HashSet<>();
    /** (version id, parent version id): a version's parent may come later in id order, so parents are linked last. */
    private final List<long[]> parents = new ArrayList<>();
    private final Map<BackupTable, Integer> restored = new LinkedHashMap<>();
    private int rows;

    BackupReader(Connection connection, JsonParser parser) throws SQLException {
        this.connection = connection;
        this.parser = parser;
        this.schema = BackupSchema.read(connection);
    }

    /** Reads the whole document and restores it; answers the rows restored. */
    int restore() throws IOException, SQLException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw notABackup();
        }
        boolean format = false;
        Set<String> keys = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            if (!keys.add(key)) {
                throw refuse(step(key), "appears twice");
            }
            JsonToken value = parser.nextToken();
            switch (key) {
                case "format" -> {
                    if (value != JsonToken.VALUE_STRING || !BackupWriter.FORMAT.equals(parser.getText())) {
                        throw notABackup();
                    }
                    format = true;
                }
                case "schema" -> {
                    if (value != JsonToken.VALUE_NUMBER_INT) {
                        throw refuse("schema", "must be an integer (this server writes " + BackupWriter.SCHEMA + ")");
                    }
                }
                case "exportedAt" -> {
                    if (value != JsonToken.VALUE_STRING) {
                        throw refuse("exportedAt", "must be a string: the time of the export");
                    }
                }
                case "tables" -> {
                    if (!format) {
                        throw refuse("format", "must come before tables, as a backup writes it");
                    }
                    tables();
                }
                default -> throw refuse(step(key), "a backup has no such key; it holds format, schema, exportedAt and tables");
            }
        }
        if (!format) {
            throw notABackup();
        }
        if (parser.nextToken() != null) {
            throw refuse("tables", "there is more after the backup's closing brace");
        }
        finish();
        return rows;
    }

    private void tables() throws IOException, SQLException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw refuse("tables", "must be an object of each table's rows");
        }
        requireEmptyInstance();
        int last = -1;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String at = "tables." + step(name);
            BackupTable table = BackupTable.named(name).orElseThrow(() -> refuse(at, "this server has no table of that name "
                    + "to restore; a backup holds " + String.join(", ", BackupTable.ALL.stream().map(BackupTable::name).toList())));
            if (table.position() <= last) {
                throw refuse(at, table.position() == last ? "appears twice" : "comes after " + BackupTable.ALL.get(last).name()
                        + ": tables must come in the order a backup writes them, parents before children");
            }
            last = table.position();
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw refuse(at, "must be an array of rows");
            }
            rows(schema.table(table), at);
        }
    }

    private void rows(BackupSchema.Table table, String at) throws IOException, SQLException {
        String name = table.table().name();
        BackupSchema.Column parent = name.equals("provision_version") ? table.column("parent_version_id").orElse(null) : null;
        BackupSchema.Column username = name.equals("app_user") ? table.column("username").orElse(null) : null;
        int count = 0;
        try (RowBatch batch = new RowBatch(connection, table, at)) {
            for (int index = 0; parser.nextToken() != JsonToken.END_ARRAY; index++) {
                String rowAt = at + "[" + index + "]";
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    throw refuse(rowAt, "a row must be an object of column names and values");
                }
                Object[] values = new Object[table.columns().size()];
                BitSet present = new BitSet();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    String keyAt = rowAt + "." + step(key);
                    BackupSchema.Column column = table.column(key).orElseThrow(() -> refuse(keyAt, "table " + name
                            + " has no column of that name; it has " + String.join(", ", table.byKey().keySet())));
                    if (present.get(column.index())) {
                        throw refuse(keyAt, "appears twice in the row");
                    }
                    parser.nextToken();
                    values[column.index()] = ColumnValues.read(parser, column, keyAt);
                    present.set(column.index());
                }
                if (present.isEmpty()) {
                    throw refuse(rowAt, "the row has no columns");
                }
                // The instance's own first admin stays as it is; the backup's user of that name is not restored.
                if (username != null && existingUsers.contains(values[username.index()])) {
                    continue;
                }
                if (parent != null && values[parent.index()] != null) {
                    BackupSchema.Column id = table.column("id").orElseThrow();
                    if (values[id.index()] == null) {
                        throw refuse(rowAt + ".id", "is needed to link the version to its parent_version_id");
                    }
                    parents.add(new long[] {(Long) values[id.index()], (Long) values[parent.index()]});
                    values[parent.index()] = null;
                }
                batch.add(present, values, index);
                count++;
            }
            batch.flush();
        }
        rows += count;
        restored.put(table.table(), count);
    }

    private void requireEmptyInstance() throws SQLException {
        long held = 0;
        for (String name : List.of("negotiation", "stakeholder", "revinfo")) {
            held += single("select count(*) from " + schema.table(BackupTable.named(name).orElseThrow()).quoted());
        }
        if (held > 0) {
            throw ProblemException.conflict("this instance already holds data; restore into an empty instance "
                    + "(started with TREATY_SEED_ENABLED=false and TREATY_REGISTER_ENABLED=false)");
        }
        BackupSchema.Table users = schema.table(BackupTable.named("app_user").orElseThrow());
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select "
                + users.column("username").orElseThrow().quoted() + " from " + users.quoted())) {
            while (rs.next()) {
                existingUsers.add(rs.getString(1));
            }
        }
    }

    /** Links parents, indexes for search, advances the data revision, and last moves identity counters. */
    private void finish() throws SQLException {
        BackupSchema.Table versions = schema.table(BackupTable.named("provision_version").orElseThrow());
        try (PreparedStatement update = connection.prepareStatement("update " + versions.quoted() + " set "
                + versions.column("parent_version_id").orElseThrow().quoted() + " = ? where " + versions.column("id").orElseThrow().quoted() + " = ?")) {
            for (long[] link : parents) {
                update.setLong(1, link[1]);
                update.setLong(2, link[0]);
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw refuse("tables.provision_version", "a parent_version_id does not fit: " + RowBatch.reason(e));
        }
        // Plain JDBC bypasses Envers, which also keeps the search index and the data revision that cached reads of
        // the empty instance depend on.
        SearchIndexer.indexMissing(connection);
        DataRevision.advance(connection);
        // Last, because H2 commits the open transaction at an ALTER TABLE: everything else is in by now.
        for (Map.Entry<BackupTable, Integer> entry : restored.entrySet()) {
            if (entry.getKey().identity() != null && entry.getValue() > 0) {
                BackupSchema.Table table = schema.table(entry.getKey());
                String column = table.column(entry.getKey().identity()).orElseThrow().quoted();
                long next = single("select coalesce(max(" + column + "), 0) + 1 from " + table.quoted());
                try (Statement s = connection.createStatement()) {
                    // The same statement on H2 and PostgreSQL; next is a number the database just computed.
                    s.execute("alter table " + table.quoted() + " alter column " + column + " restart with " + next);
                }
            }
        }
    }

    private long single(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static ProblemException notABackup() {
        return ProblemException.unprocessable("format", "this is not a Treaty Tracker backup (format '" + BackupWriter.FORMAT + "')");
    }
}
