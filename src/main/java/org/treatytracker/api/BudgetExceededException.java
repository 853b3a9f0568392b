package org.treatytracker.api;


/**
 * An import refused because it spent one of its budgets (draftfile/ImportBudget, or its time): the setting that
 * sets the budget, the limit with its unit, and the status that says why (413 too large, 422 too slow to read,
 * 503 cancelled because its client left or the server is stopping).
 */
public class BudgetExceededException extends RuntimeException {

    private final int status;
    private final String budget;
    private final String limit;

    public BudgetExceededException(int status, String budget, String limit, String detail) {
        super(detail);
        this.status = status;
        this.budget = budget;
        this.limit = limit;
    }

    public static BudgetExceededException tooLarge(String budget, long limit, String unit, String what) {
        return new BudgetExceededException(413, budget, limit + " " + unit,
                what + "; the budget " + budget + " allows at most " + limit + " " + unit + "; nothing was imported");
    }

    public int status() {
        return status;
    }

    /** The name of the setting whose budget was spent. */
    public String budget() {
        return budget;
    }

    /** The budget's limit with its unit ("16777216 bytes", "30 s"). */
    public String limit() {
        return limit;
    }
}
