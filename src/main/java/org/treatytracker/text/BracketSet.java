package org.treatytracker.text;

import java.util.List;

/**
 * Text not yet agreed: one bracket set of a draft provision. {@code [text]} alone is a set with one
 * alternative (keep or drop it); {@code [computer data] [digital information]} is one set with two; an
 * {@code Option 1: … Option 2: …} group is a set whose alternatives are the options. Sets nest: an
 * alternative may contain further sets, one level deeper.
 *
 * <p>{@code index} numbers the sets of a provision version in document order (outer before inner), starting
 * at 0, so that a position can name the set it is about; {@code start} and {@code end} are character offsets
 * into the provision's text.
 */
public record BracketSet(int index, int depth, Kind kind, int start, int end, List<Alternative> alternatives,
                         List<String> separators) {

    /** How the alternatives are written. */
    public enum Kind {
        BRACKETS,
        OPTIONS
    }

    public BracketSet {
        alternatives = List.copyOf(alternatives);
        separators = List.copyOf(separators);
    }
}
