package org.treatytracker.text;

/** Strict parsing found a bracket that does not pair: thrown with its offset, line, column and the cause. */
public class UnbalancedBracketsException extends RuntimeException {

    private final int offset;
    private final int line;
    private final int column;

    public UnbalancedBracketsException(int offset, int line, int column, String cause) {
        super(cause + " at offset " + offset + " (line " + line + ", column " + column + ")");
        this.offset = offset;
        this.line = line;
        this.column = column;
    }

    public int offset() {
        return offset;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
