package org.treatytracker.provision;

/**
 * A provision version as the reads of a whole draft need it (bracket totals, bracket search, comparisons): its
 * provision, place, text and parent, read as the columns of one statement instead of built as an entity with its
 * provision, reading, negotiation and parent. Building a reading's 80 versions as entities was half of a fresh
 * bracket total's time and 39 % of a fresh comparison's (JFR).
 */
public record DraftRow(long id, long provisionId, String provisionWId, ProvisionKind kind, String eId, String number,
                       String title, String text, boolean headingBracketed, boolean partOfParent,
                       Long parentId, String parentEId, Long parentProvisionId) {

    /** The columns of {@link #of(Object[])}, on a version v, its provision pr and its parent pa. */
    static final String SELECT = "select v.id, pr.id, pr.wId, pr.kind, v.eId, v.number, v.title, v.text, v.headingBracketed,"
            + " v.partOfParent, pa.id, pa.eId, pa.provision.id from ProvisionVersion v join v.provision pr left join v.parent pa";

    static DraftRow of(Object[] row) {
        return new DraftRow((Long) row[0], (Long) row[1], (String) row[2], (ProvisionKind) row[3], (String) row[4],
                (String) row[5], (String) row[6], (String) row[7], (Boolean) row[8], (Boolean) row[9], (Long) row[10],
                (String) row[11], (Long) row[12]);
    }

    /** The same row from an entity already loaded (a provision's history, whose versions are at different readings). */
    public static DraftRow of(ProvisionVersion v) {
        ProvisionVersion parent = v.getParent();
        return new DraftRow(v.getId(), v.getProvision().getId(), v.getProvision().getWId(), v.getProvision().getKind(),
                v.getEId(), v.getNumber(), v.getTitle(), v.getText(), v.isHeadingBracketed(), v.isPartOfParent(),
                parent == null ? null : parent.getId(), parent == null ? null : parent.getEId(),
                parent == null ? null : parent.getProvision().getId());
    }
}
