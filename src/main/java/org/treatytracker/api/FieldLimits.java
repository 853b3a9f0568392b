package org.treatytracker.api;

/**
 * The sizes of the database columns that hold request and imported text (src/main/resources/db/migration), in one
 * place, so that a value too long for its column is refused with a 422 naming the field and the limit instead of
 * failing in the database with a 500. Request DTOs carry the same numbers in {@code @Size}; entities call
 * {@link #check} for the values importers produce (a parsed paragraph, an article of a draft), which no DTO sees.
 */
public final class FieldLimits {

    public static final int PROVISION_NUMBER = 30;
    public static final int PROVISION_TITLE = 1000;
    public static final int PROVISION_TEXT = 1_000_000;
    public static final int SOURCE_SYMBOL = 100;
    public static final int SOURCE_TITLE = 1000;
    public static final int SOURCE_TEXT = 1_000_000;
    public static final int URL = 2000;
    public static final int PARAGRAPH_TEXT = 100_000;
    public static final int AGENDA_ITEM = 30;
    public static final int AGENDA_ITEM_TITLE = 300;
    /** search_text.body: a thing's searchable parts joined; cut to this, since no search needs more. */
    public static final int SEARCH_TEXT = 1_000_000;

    private FieldLimits() {
    }

    /** Refuses (422) a value longer than its column: "text has 1000001 characters; at most 1000000". Null passes. */
    public static void check(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw ProblemException.unprocessable(field, field + " has " + value.length() + " characters; at most " + max);
        }
    }
}
