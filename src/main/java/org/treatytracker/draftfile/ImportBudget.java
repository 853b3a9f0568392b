package org.treatytracker.draftfile;

import org.treatytracker.api.BudgetExceededException;

/**
 * What one import may cost: bytes after decompression (one part of a .docx or one stream of a PDF, and the whole
 * file), PDF pages and objects, and the characters of the text it gives. Each limit carries the name of the
 * setting it comes from, so that a refusal can say which budget was spent and how large it is.
 */
public record ImportBudget(long maxPartBytes, long maxInflatedBytes, int maxPages, int maxObjects, int maxCharacters) {

    /** The settings' names (application.properties), as a refusal names them. */
    public static final String PART_BYTES = "treaty.imports.max-part-bytes";
    public static final String INFLATED_BYTES = "treaty.imports.max-inflated-bytes";
    public static final String PAGES = "treaty.imports.max-pages";
    public static final String OBJECTS = "treaty.imports.max-objects";
    public static final String CHARACTERS = "treaty.imports.max-characters";
    public static final String TIME = "treaty.imports.max-time";

    /** The defaults of application.properties, for plain-Java callers (benchmarks, tests of the readers). */
    public static final ImportBudget DEFAULTS = new ImportBudget(16L << 20, 64L << 20, 1_000, 200_000, 2_000_000);

    BudgetExceededException tooManyPartBytes(String part) {
        return BudgetExceededException.tooLarge(PART_BYTES, maxPartBytes, "bytes",
                part + " inflates to more than " + maxPartBytes + " bytes");
    }

    BudgetExceededException tooManyInflatedBytes(String what) {
        return BudgetExceededException.tooLarge(INFLATED_BYTES, maxInflatedBytes, "bytes",
                what + " more than " + maxInflatedBytes + " bytes after decompression");
    }

    BudgetExceededException tooManyCharacters(long characters) {
        return BudgetExceededException.tooLarge(CHARACTERS, maxCharacters, "characters",
                "the draft's text has " + (characters > maxCharacters ? "more than " + maxCharacters : characters) + " characters");
    }

    /** Refuses a text longer than the budget allows. */
    public void checkCharacters(long characters) {
        if (characters > maxCharacters) {
            throw tooManyCharacters(characters);
        }
    }
}
