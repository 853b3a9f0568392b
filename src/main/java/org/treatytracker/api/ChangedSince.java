package org.treatytracker.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * {@code changedSince}: only what really changed after an instant. "Really" is what the audit trail says: an
 * entity changed when Envers wrote a revision of it (a create, an update that changed a column, a delete), at
 * that revision's timestamp. A save that changes nothing writes no revision and so does not count, and the
 * audit trail is written in the change's own transaction, so it is never ahead of or behind the data.
 */
public final class ChangedSince {

    public static final String PARAMETER = "changedSince";
    public static final String DESCRIPTION = "Only what changed (created or modified) after this ISO-8601 instant, "
            + "e.g. 2026-01-01T00:00:00Z, according to the audit trail";

    private ChangedSince() {
    }

    /** Milliseconds since the epoch, or a 400 naming the parameter. Null stays null. */
    public static Long parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip()).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(PARAMETER, "write " + PARAMETER + " as an ISO-8601 instant, e.g. 2026-01-01T00:00:00Z");
        }
    }

    /**
     * A "since" as people write it: an ISO-8601 instant ({@code 2026-12-01T09:30:00Z}) or a day ({@code 2026-12-01},
     * meaning from the start of that day, UTC). Null stays null; anything else is a 400 naming {@code parameter}.
     */
    public static Instant instantOrDay(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String written = value.strip();
        try {
            return written.length() == 10 ? LocalDate.parse(written).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(written);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(parameter, "write " + parameter + " as a day (2026-12-01) or an ISO-8601 instant"
                    + " (2026-12-01T00:00:00Z); '" + (written.length() > 40 ? written.substring(0, 40) + "…" : written) + "' is neither");
        }
    }

    /**
     * A JPQL condition: the entity at {@code idPath} has an audited revision after the instant bound to the
     * positional parameter {@code param}. Reads the entity's Envers table ({@code <entity>_AUD}, indexed by id)
     * joined to the revisions (indexed by timestamp).
     */
    public static String condition(String idPath, Class<?> entity, int param) {
        return idPath + " in (select a.originalId.id from " + entity.getName() + "_AUD a where a.originalId.REV.timestamp > ?"
                + param + ")";
    }
}
