package org.treatytracker.backup;

import static org.treatytracker.backup.BackupKeys.refuse;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.BitSet;
import java.util.stream.Collectors;

/**
 * Inserts one table's rows in JDBC batches: one prepared statement per set of columns (a backup's rows all have
 * the same), its column names from the schema, every value a parameter. A row the database refuses is named by its
 * place in the backup and by what is wrong with it, never by the database's own message.
 */
final class RowBatch implements AutoCloseable {

    static final int SIZE = 500;

    private final Connection connection;
    private final BackupSchema.Table table;
    private final String at;
    private final int[] rows = new int[SIZE];
    private BitSet columns;
    private PreparedStatement insert;
    private int pending;

    RowBatch(Connection connection, BackupSchema.Table table, String at) {
        this.connection = connection;
        this.table = table;
        this.at = at;
    }

    /** Adds row number {@code row} of the backup's table; {@code present} says which of {@code values} it gave. */
    void add(BitSet present, Object[] values, int row) throws SQLException {
        if (!present.equals(columns)) {
            flush();
            prepare(present);
        }
        int parameter = 1;
        for (int c = present.nextSetBit(0); c >= 0; c = present.nextSetBit(c + 1)) {
            ColumnValues.bind(insert, parameter++, table.columns().get(c), values[c]);
        }
        insert.addBatch();
        rows[pending++] = row;
        if (pending == SIZE) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending == 0) {
            return;
        }
        try {
            insert.executeBatch();
        } catch (SQLException e) {
            throw refuse(at + "[" + failedRow(e) + "]", "the row does not fit this database: " + reason(e));
        }
        pending = 0;
    }

    private void prepare(BitSet present) throws SQLException {
        if (insert != null) {
            insert.close();
        }
        String names = present.stream().mapToObj(c -> table.columns().get(c).quoted()).collect(Collectors.joining(", "));
        String parameters = present.stream().mapToObj(c -> "?").collect(Collectors.joining(", "));
        insert = connection.prepareStatement("insert into " + table.quoted() + " (" + names + ") values (" + parameters + ")");
        columns = (BitSet) present.clone();
    }

    /** The backup's row number of the first statement of the batch that failed (the drivers say it differently). */
    private int failedRow(SQLException e) {
        if (e instanceof BatchUpdateException batch && batch.getUpdateCounts() != null) {
            int[] counts = batch.getUpdateCounts();
            for (int i = 0; i < counts.length && i < pending; i++) {
                if (counts[i] == Statement.EXECUTE_FAILED) {
                    return rows[i];
                }
            }
            if (counts.length < pending) {
                return rows[counts.length];
            }
        }
        return rows[0];
    }

    /** What is wrong, from the SQLState classes every database shares (the driver's message may quote SQL). */
    static String reason(SQLException e) {
        String state = null;
        for (Throwable t = e; t != null && state == null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && !sql.getSQLState().startsWith("0")) {
                state = sql.getSQLState();
            }
        }
        SQLException next = e.getNextException();
        if (next != null && next.getSQLState() != null && (state == null || !state.startsWith("2"))) {
            state = next.getSQLState();
        }
        if (state == null) {
            return "the database refused it";
        }
        return switch (state) {
            case "23505" -> "it repeats the id or unique key of another row";
            case "23503", "23506" -> "it refers to a row that is not in the backup, or not before it";
            case "23502" -> "a required column is missing or null";
            case "23513", "23514" -> "a value breaks a check of its column";
            case "22001" -> "a value is too long for its column";
            default -> state.startsWith("22") ? "a value does not fit its column" : "the database refused it";
        };
    }

    @Override
    public void close() throws SQLException {
        if (insert != null) {
            insert.close();
        }
    }
}
