package org.treatytracker.text;

/** A stray bracket that tolerant parsing kept as literal text: where it is (1-based line and column) and why. */
public record BracketWarning(int offset, int line, int column, String message) {
}
