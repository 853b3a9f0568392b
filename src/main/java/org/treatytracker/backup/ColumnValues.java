package org.treatytracker.backup;

import static org.treatytracker.backup.BackupKeys.refuse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * A backup's value for one column, checked against the column's JDBC type as the database reports it (an integer for
 * BIGINT, INTEGER and SMALLINT, true or false for BOOLEAN, a string for VARCHAR, {"date": …} for DATE,
 * {"timestamp": …} for timestamps), and bound as a parameter of that type.
 */
final class ColumnValues {

    private ColumnValues() {
    }

    /** The value at the parser's current token, as the Java value bound for this column (null for SQL null). */
    static Object read(JsonParser parser, BackupSchema.Column column, String at) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            if (!column.nullable()) {
                throw refuse(at, "must not be null: column " + column.key() + " is required");
            }
            return null;
        }
        return switch (column.type()) {
            case BIGINT, INTEGER, SMALLINT, TINYINT -> integer(parser, column, at);
            case BOOLEAN, BIT -> {
                if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                    throw wrongType(at, column, "true or false", token);
                }
                yield token == JsonToken.VALUE_TRUE;
            }
            case CHAR, VARCHAR, LONGVARCHAR, NCHAR, NVARCHAR, LONGNVARCHAR, CLOB, NCLOB -> {
                if (token != JsonToken.VALUE_STRING) {
                    throw wrongType(at, column, "a string", token);
                }
                String text = parser.getText();
                int nul = text.indexOf('\u0000');
                if (nul >= 0) {
                    // PostgreSQL cannot hold a NUL in text; refused here, the restore says where rather than failing at commit.
                    throw refuse(at, "contains a NUL character (U+0000) at position " + nul + "; no text column holds one");
                }
                if (column.size() > 0 && text.length() > column.size() && text.codePointCount(0, text.length()) > column.size()) {
                    throw refuse(at, "has " + text.codePointCount(0, text.length()) + " characters; column " + column.key()
                            + " holds at most " + column.size());
                }
                yield text;
            }
            case DATE -> {
                String text = wrapped(parser, column, "date", "{\"date\": \"2024-05-01\"}", at);
                try {
                    yield LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw refuse(at, "'" + text + "' is not a date (YYYY-MM-DD)");
                }
            }
            case TIMESTAMP, TIMESTAMP_WITH_TIMEZONE -> {
                String text = wrapped(parser, column, "timestamp", "{\"timestamp\": \"2024-05-01T10:00:00Z\"}", at);
                try {
                    yield OffsetDateTime.parse(text);
                } catch (DateTimeParseException e) {
                    throw refuse(at, "'" + text + "' is not a timestamp with an offset (ISO 8601)");
                }
            }
            default -> throw refuse(at, "column " + column.key() + " is of type " + column.type() + ", which a restore does not take");
        };
    }

    /** Binds a value read by {@link #read} with its column's type. */
    static void bind(PreparedStatement statement, int index, BackupSchema.Column column, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, column.type().getVendorTypeNumber());
            return;
        }
        switch (column.type()) {
            case BIGINT -> statement.setLong(index, (Long) value);
            case INTEGER -> statement.setInt(index, ((Long) value).intValue());
            case SMALLINT, TINYINT -> statement.setShort(index, ((Long) value).shortValue());
            case BOOLEAN, BIT -> statement.setBoolean(index, (Boolean) value);
            case DATE, TIMESTAMP, TIMESTAMP_WITH_TIMEZONE -> statement.setObject(index, value);
            default -> statement.setString(index, (String) value);
        }
    }

    private static Long integer(JsonParser parser, BackupSchema.Column column, String at) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw wrongType(at, column, "an integer", parser.currentToken());
        }
        long min;
        long max;
        switch (column.type()) {
            case TINYINT -> { min = Byte.MIN_VALUE; max = Byte.MAX_VALUE; }
            case SMALLINT -> { min = Short.MIN_VALUE; max = Short.MAX_VALUE; }
            case INTEGER -> { min = Integer.MIN_VALUE; max = Integer.MAX_VALUE; }
            default -> { min = Long.MIN_VALUE; max = Long.MAX_VALUE; }
        }
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER || parser.getLongValue() < min || parser.getLongValue() > max) {
            throw refuse(at, parser.getText() + " is out of range for column " + column.key() + " (" + column.type()
                    + ": " + min + " to " + max + ")");
        }
        return parser.getLongValue();
    }

    /** The string inside {"date": "…"} or {"timestamp": "…"}. */
    private static String wrapped(JsonParser parser, BackupSchema.Column column, String field, String example, String at) throws IOException {
        if (parser.currentToken() == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME
                && parser.currentName().equals(field) && parser.nextToken() == JsonToken.VALUE_STRING) {
            String text = parser.getText();
            if (parser.nextToken() == JsonToken.END_OBJECT) {
                return text;
            }
        }
        throw refuse(at, "must be " + example + ": column " + column.key() + " is " + column.type());
    }

    private static RuntimeException wrongType(String at, BackupSchema.Column column, String expected, JsonToken found) {
        return refuse(at, "must be " + expected + ": column " + column.key() + " is " + column.type() + ", and the backup has "
                + describe(found));
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            default -> "something else";
        };
    }
}
