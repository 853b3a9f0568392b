package org.treatytracker.api;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells what kind of database failure a failure is, however the frameworks wrapped it: a foreign-key violation (a
 * row still refers to the one a delete removes), or a write that failed because of another transaction (a lock waited on too long, a deadlock, a
 * serialization conflict), which the client may simply send again, from a real failure. Reads the SQL state and
 * vendor code of any SQLException among the causes, however the frameworks wrapped it.
 */
public final class DatabaseFailures {

    /** SQL states: 40001 serialization failure (PostgreSQL, and H2's deadlock), 40P01 deadlock, 55P03 lock not available. */
    private static final Set<String> STATES = Set.of("40001", "40P01", "55P03");
    /** H2's error codes: 50200 lock timeout, 40001 deadlock, 90131 concurrent update of a row. */
    private static final Set<Integer> H2_CODES = Set.of(50200, 40001, 90131);

    /** SQL state of a foreign-key violation: a row still refers to the one deleted (H2's error code is the same). */
    public static final String FOREIGN_KEY_VIOLATION = "23503";

    private DatabaseFailures() {
    }

    /** Whether a failure is (caused by) a foreign-key violation. */
    public static boolean isForeignKeyViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                // A batch's failure may carry the statement's own in its next exception.
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (FOREIGN_KEY_VIOLATION.equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the database refused a value the request carried (SQL state class 22, "data exception": a NUL in text on
     * PostgreSQL, a value too long or out of range, an impossible date). The request is at fault, not the server; the
     * checks at the edge and in the services should have caught it first, so it is logged for a developer too.
     */
    public static boolean isDataException(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the write may simply be sent again: it lost to another transaction (lock timeout, deadlock, serialization). */
    public static boolean isLockFailure(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof jakarta.persistence.PessimisticLockException || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof org.hibernate.PessimisticLockException || t instanceof org.hibernate.exception.LockAcquisitionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if ((s.getSQLState() != null && STATES.contains(s.getSQLState())) || H2_CODES.contains(s.getErrorCode())) {
                        return true;
                    }
                    if (s.getNextException() == s) {
                        break;
                    }
                }
            }
        }
        return false;
    }
}
