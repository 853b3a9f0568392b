package org.treatytracker.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.Session;
import org.treatytracker.api.DatabaseFailures;
import org.treatytracker.api.ProblemException;

/**
 * Guards deletes with the schema's foreign keys: a service runs its delete here, the delete is flushed at once, and
 * when a row still refers to what it removes (SQL state 23503, on H2 and PostgreSQL alike) the delete is refused
 * with 409, naming each kind of dependent and how many there are. The counts are plain SQL generated from the
 * foreign keys the database reports (one count per dependent table), not from entity names, so a feature never
 * names another feature's entities to guard its own deletes. References that cascade (the search index's) are no
 * dependents. Only references with a word below are named: the rows a delete takes with it (a stakeholder's
 * aliases and its own members) have none.
 */
public final class ForeignKeys {

    private static final String SAVEPOINT = "foreign_key_guard";

    /**
     * What a reader calls the rows that refer through a foreign key: "table.column" first, else "table". The order
     * is the order of a refusal's list.
     */
    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("reading", "readings");
        WORDS.put("provision", "provisions");
        WORDS.put("provision_version", "provision versions");
        WORDS.put("position", "positions");
        WORDS.put("attendance", "attendance records");
        WORDS.put("mention.paragraph_id", "mentions");
        WORDS.put("mention", "mentions in reports");
        WORDS.put("suggestion", "suggestions");
        WORDS.put("source_document", "source documents");
        WORDS.put("paragraph", "paragraphs");
        WORDS.put("provision_version.parent_version_id", "provision versions placed inside it");
        WORDS.put("stakeholder_member.member_id", "groups it is a member of");
    }

    /** One foreign key column: {@code table.column} refers to {@code referenced.referencedColumn}. */
    record Reference(String name, String table, String column, String referenced, String referencedColumn, boolean restricts) {

        String word() {
            String word = WORDS.get(table + "." + column);
            return word != null ? word : WORDS.get(table);
        }
    }

    /** The schema's foreign keys, read once (Flyway is the only source of schema, so they do not change). */
    private static volatile List<Reference> references;

    private ForeignKeys() {
    }

    /** Deletes the row of {@code table} with this id; see {@link #delete(EntityManager, String, String, String, Object, Runnable)}. */
    public static void delete(EntityManager em, String description, String table, Object id, Runnable delete) {
        delete(em, description, table, "id", id, delete);
    }

    /**
     * Runs {@code delete} and flushes it; if a foreign key refuses it, answers 409 "{description} cannot be deleted:
     * 2 positions, 1 suggestions depend on it", counting what refers to the rows of {@code table} whose
     * {@code column} is {@code value} (the rows the delete removes). Pending changes are flushed first, and a
     * savepoint set, so the counts see the data as the delete did (what the service removed before, gone).
     */
    public static void delete(EntityManager em, String description, String table, String column, Object value, Runnable delete) {
        em.flush();
        Session session = em.unwrap(Session.class);
        session.doWork(connection -> execute(connection, "savepoint " + SAVEPOINT));
        try {
            delete.run();
            em.flush();
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isForeignKeyViolation(e)) {
                throw e;
            }
            // The transaction is lost (PostgreSQL refuses every statement after an error): back to the savepoint to count.
            String dependents = session.doReturningWork(connection -> {
                execute(connection, "rollback to savepoint " + SAVEPOINT);
                return dependents(connection, table, column, value);
            });
            throw ProblemException.conflict(description + " cannot be deleted: " + dependents + " depend on it");
        }
    }

    /** "2 positions, 1 suggestions": per word, the rows of other tables that refer to the deleted rows. */
    static String dependents(Connection connection, String table, String column, Object value) throws SQLException {
        Map<String, List<Reference>> byWord = new LinkedHashMap<>();
        WORDS.values().forEach(word -> byWord.put(word, new ArrayList<>()));
        for (Reference reference : references(connection)) {
            if (reference.referenced().equals(table) && reference.restricts() && reference.word() != null) {
                byWord.get(reference.word()).add(reference);
            }
        }
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, List<Reference>> group : byWord.entrySet()) {
            if (group.getValue().isEmpty()) {
                continue;
            }
            long count = count(connection, group.getValue(), table, column, value);
            if (count > 0) {
                found.add(count + " " + group.getKey());
            }
        }
        return found.isEmpty() ? "other records" : String.join(", ", found);
    }

    /** Counts the rows of one dependent table that refer to the deleted rows through any of its references. */
    private static long count(Connection connection, List<Reference> references, String table, String column, Object value)
            throws SQLException {
        String dependent = references.get(0).table();
        List<String> conditions = new ArrayList<>();
        for (Reference reference : references) {
            conditions.add("d." + reference.column() + " in (select t." + reference.referencedColumn() + " from " + table
                    + " t where t." + column + " = ?)");
        }
        String sql = "select count(*) from " + dependent + " d where (" + String.join(" or ", conditions) + ")";
        boolean self = dependent.equals(table);
        if (self) {
            // Rows of the same table that the delete removes too are not its dependents.
            sql += " and (d." + column + " is null or d." + column + " <> ?)";
        }
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int parameters = references.size() + (self ? 1 : 0);
            for (int i = 1; i <= parameters; i++) {
                select.setObject(i, value);
            }
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static List<Reference> references(Connection connection) throws SQLException {
        List<Reference> known = references;
        if (known == null) {
            known = read(connection.getMetaData(), connection.getSchema());
            references = known;
        }
        return known;
    }

    /** Every foreign key column of the schema's tables, names lower-cased (H2 reports them upper-cased). */
    private static List<Reference> read(DatabaseMetaData metadata, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = metadata.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        List<Reference> found = new ArrayList<>();
        for (String table : tables) {
            try (ResultSet rows = metadata.getImportedKeys(null, schema, table)) {
                while (rows.next()) {
                    int rule = rows.getInt("DELETE_RULE");
                    found.add(new Reference(lower(rows.getString("FK_NAME")), lower(rows.getString("FKTABLE_NAME")),
                            lower(rows.getString("FKCOLUMN_NAME")), lower(rows.getString("PKTABLE_NAME")),
                            lower(rows.getString("PKCOLUMN_NAME")),
                            rule == DatabaseMetaData.importedKeyRestrict || rule == DatabaseMetaData.importedKeyNoAction));
                }
            }
        }
        return List.copyOf(found);
    }

    private static String lower(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
