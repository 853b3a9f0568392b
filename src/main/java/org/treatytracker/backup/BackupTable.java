package org.treatytracker.backup;

import java.util.List;
import java.util.Optional;

/**
 * One table a backup holds: its name, its identity column (or null) and the columns that order its rows totally.
 * {@link #ALL} is the one list the restore takes table names from, parents before children; a backup's tables must
 * come in this order, so that every row's parents are in before it.
 */
record BackupTable(String name, String identity, List<String> orderBy) {

    static final List<BackupTable> ALL = List.of(
            of("negotiation", "id"), of("reading", "id"), of("provision", "id"), of("provision_version", "id"),
            of("stakeholder", "id"), of("stakeholder_member", null, "group_id", "member_id"),
            of("stakeholder_alias", null, "stakeholder_id", "alias"), of("source_document", "id"), of("paragraph", "id"),
            of("attendance", "id"), of("position", "id"), of("mention", "id"), of("suggestion", "id"), of("app_user", "id"),
            of("revinfo", "rev"), of("revchanges", null, "rev", "entityname"), of("negotiation_aud", null, "rev", "id"),
            of("reading_aud", null, "rev", "id"), of("provision_aud", null, "rev", "id"),
            of("provision_version_aud", null, "rev", "id"), of("stakeholder_aud", null, "rev", "id"),
            of("stakeholder_member_aud", null, "rev", "group_id", "member_id"),
            of("stakeholder_alias_aud", null, "rev", "stakeholder_id", "alias"), of("source_document_aud", null, "rev", "id"),
            of("paragraph_aud", null, "rev", "id"), of("position_aud", null, "rev", "id"), of("suggestion_aud", null, "rev", "id"));

    /** A table ordered by its identity column. */
    private static BackupTable of(String name, String identity) {
        return new BackupTable(name, identity, List.of(identity));
    }

    private static BackupTable of(String name, String identity, String... orderBy) {
        return new BackupTable(name, identity, List.of(orderBy));
    }

    /** The table of this name (exactly as a backup spells it: lower case), if a backup holds one. */
    static Optional<BackupTable> named(String name) {
        return ALL.stream().filter(t -> t.name.equals(name)).findFirst();
    }

    int position() {
        return ALL.indexOf(this);
    }
}
