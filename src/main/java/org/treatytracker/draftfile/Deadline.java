package org.treatytracker.draftfile;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.treatytracker.api.BudgetExceededException;

/**
 * The wall-time budget of one import, checked cooperatively by the readers and the import loops: the thread that
 * holds a database connection is never interrupted (an interrupt in the middle of H2's file I/O closes the
 * database for everyone), it stops by itself at its next check and rolls its own transaction back.
 */
public final class Deadline {

    private final long startNanos = System.nanoTime();
    private final Duration budget;
    private final BooleanSupplier clientGone;
    private volatile String cancelled;

    public Deadline(Duration budget, BooleanSupplier clientGone) {
        this.budget = budget;
        this.clientGone = clientGone;
    }

    /** A deadline that only the time ends, for plain-Java callers. */
    public static Deadline of(Duration budget) {
        return new Deadline(budget, () -> false);
    }

    /** Ends the import at its next check, for a reason said in the refusal (the server is stopping). */
    public void cancel(String reason) {
        cancelled = reason;
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Throws when the time is spent, the import was cancelled, or its client has closed the connection. */
    public void check() {
        String reason = cancelled;
        if (reason != null) {
            throw new BudgetExceededException(503, ImportBudget.TIME, seconds(budget), "the import was cancelled: " + reason
                    + "; nothing was imported; send it again");
        }
        if (System.nanoTime() - startNanos > budget.toNanos()) {
            throw new BudgetExceededException(422, ImportBudget.TIME, seconds(budget), "the import took longer than "
                    + seconds(budget) + ", the budget " + ImportBudget.TIME + " (after " + elapsed().toMillis()
                    + " ms); nothing was imported; split the draft or ask an operator to raise the budget");
        }
        if (clientGone.getAsBoolean()) {
            throw new BudgetExceededException(503, ImportBudget.TIME, seconds(budget),
                    "the import was cancelled: its client closed the connection; nothing was imported");
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
