package org.treatytracker.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.JDBCType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Comparator;

/**
 * The backup's tables and their columns as this database has them, read from JDBC's metadata when a backup or a
 * restore starts: the only source of the identifiers either puts into SQL (a backup file's keys are looked up
 * here, never pasted), each quoted as the database spells it (upper case on H2, lower case on PostgreSQL).
 */
final class BackupSchema {

    /** One column: its name in a backup (lower case), its name in SQL, its JDBC type, size and whether it takes null. */
    record Column(String key, String sqlName, int index, JDBCType type, int size, boolean nullable) {

        String quoted() {
            return quote(sqlName);
        }
    }

    /** One table's columns in the database's order. */
    record Table(BackupTable table, String sqlName, List<Column> columns, Map<String, Column> byKey) {

        String quoted() {
            return quote(sqlName);
        }

        Optional<Column> column(String key) {
            return Optional.ofNullable(byKey.get(key));
        }

        /** The backup's ordering columns, quoted, for an {@code order by}. */
        String orderBy() {
            return String.join(", ", table.orderBy().stream().map(c -> byKey.get(c).quoted()).toList());
        }
    }

    private final Map<String, Table> tables;

    private BackupSchema(Map<String, Table> tables) {
        this.tables = tables;
    }

    /** Reads the columns of every backup table from the connection's current schema. */
    static BackupSchema read(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<String, String> sqlNames = new HashMap<>();
        Map<String, List<Column>> columns = new HashMap<>();
        try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
            while (rs.next()) {
                String sqlTable = rs.getString("TABLE_NAME");
                String table = sqlTable.toLowerCase(Locale.ROOT);
                if (BackupTable.named(table).isEmpty()) {
                    continue;
                }
                sqlNames.put(table, sqlTable);
                String sqlName = rs.getString("COLUMN_NAME");
                JDBCType type;
                try {
                    type = JDBCType.valueOf(rs.getInt("DATA_TYPE"));
                } catch (IllegalArgumentException vendorType) {
                    type = JDBCType.OTHER;
                }
                columns.computeIfAbsent(table, t -> new ArrayList<>()).add(new Column(sqlName.toLowerCase(Locale.ROOT), sqlName,
                        rs.getInt("ORDINAL_POSITION"), type, rs.getInt("COLUMN_SIZE"),
                        rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
            }
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        for (BackupTable table : BackupTable.ALL) {
            List<Column> list = columns.get(table.name());
            if (list == null) {
                throw new SQLException("table " + table.name() + " is missing from the database");
            }
            list.sort(Comparator.comparingInt(Column::index));
            List<Column> numbered = new ArrayList<>();
            Map<String, Column> byKey = new LinkedHashMap<>();
            for (Column c : list) {
                Column column = new Column(c.key(), c.sqlName(), numbered.size(), c.type(), c.size(), c.nullable());
                numbered.add(column);
                byKey.put(column.key(), column);
            }
            tables.put(table.name(), new Table(table, sqlNames.get(table.name()), List.copyOf(numbered), byKey));
        }
        return new BackupSchema(tables);
    }

    Table table(BackupTable table) {
        return tables.get(table.name());
    }

    /** A delimited identifier; the names come from the metadata, and are quoted anyway so none can end the name. */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
