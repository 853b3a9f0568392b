package org.treatytracker.backup;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.sql.Connection;
import java.sql.JDBCType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.stream.Collectors;

/**
 * Writes the backup document row by row as the database returns the rows, so that its size costs no memory:
 * {@code format}, {@code schema}, {@code exportedAt}, then {@code tables} in {@link BackupTable#ALL}'s order, each an
 * array of rows keyed by lower-case column names. Dates are {@code {"date": "2024-05-01"}}, timestamps
 * {@code {"timestamp": "2024-05-01T10:00Z"}}, numbers integers, so that a restore can tell them from text.
 */
final class BackupWriter {

    static final String FORMAT = "treaty-tracker-backup";
    static final int SCHEMA = 4;
    /** Rows fetched at a time: PostgreSQL's driver otherwise holds a whole table's result in memory. */
    private static final int FETCH_SIZE = 1000;

    private BackupWriter() {
    }

    static void write(Connection connection, JsonGenerator out) throws SQLException, IOException {
        BackupSchema schema = BackupSchema.read(connection);
        out.writeStartObject();
        out.writeStringField("format", FORMAT);
        out.writeNumberField("schema", SCHEMA);
        out.writeStringField("exportedAt", Instant.now().toString());
        out.writeObjectFieldStart("tables");
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(FETCH_SIZE);
            for (BackupTable backupTable : BackupTable.ALL) {
                BackupSchema.Table table = schema.table(backupTable);
                out.writeArrayFieldStart(backupTable.name());
                String columns = table.columns().stream().map(BackupSchema.Column::quoted).collect(Collectors.joining(", "));
                try (ResultSet rs = statement.executeQuery("select " + columns + " from " + table.quoted() + " order by " + table.orderBy())) {
                    while (rs.next()) {
                        out.writeStartObject();
                        for (BackupSchema.Column column : table.columns()) {
                            out.writeFieldName(column.key());
                            value(out, rs, column.index() + 1, column.type());
                        }
                        out.writeEndObject();
                    }
                }
                out.writeEndArray();
            }
        }
        out.writeEndObject();
        out.writeEndObject();
        out.flush();
    }

    private static void value(JsonGenerator out, ResultSet rs, int c, JDBCType type) throws SQLException, IOException {
        Object value = rs.getObject(c);
        if (value == null) {
            out.writeNull();
        } else if (type == JDBCType.DATE) {
            out.writeStartObject();
            out.writeStringField("date", rs.getObject(c, LocalDate.class).toString());
            out.writeEndObject();
        } else if (type == JDBCType.TIMESTAMP_WITH_TIMEZONE || type == JDBCType.TIMESTAMP) {
            out.writeStartObject();
            out.writeStringField("timestamp", rs.getObject(c, OffsetDateTime.class).toString());
            out.writeEndObject();
        } else if (value instanceof Boolean b) {
            out.writeBoolean(b);
        } else if (value instanceof Number n) {
            out.writeNumber(n.longValue());
        } else {
            out.writeString(value.toString());
        }
    }
}
