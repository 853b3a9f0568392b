package org.treatytracker.position;

/**
 * What a speaker wanted done with a provision, as reports say it: proposed text or an addition (PROPOSE), kept or
 * backed it (SUPPORT), was against it (OPPOSE), wanted it deleted, bracketed, made optional or moved, preferred one
 * alternative of a bracket set (PREFER), voiced a concern, asked a question, reserved its position; AMEND is a call to
 * change the content that none of the others fits (merging, separating, replacing, restructuring).
 */
public enum Stance {
    SUPPORT,
    OPPOSE,
    AMEND,
    DELETE,
    MAKE_OPTIONAL,
    MOVE,
    CONCERN,
    QUESTION,
    RESERVE,
    PROPOSE,
    BRACKET,
    PREFER
}
