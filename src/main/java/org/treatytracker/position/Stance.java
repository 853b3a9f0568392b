package org.treatytracker.position;

/** What a speaker wanted done with a provision. */
public enum Stance {
    SUPPORT,
    OPPOSE,
    AMEND,
    DELETE,
    MAKE_OPTIONAL,
    MOVE,
    CONCERN,
    QUESTION,
    RESERVE
}
