package org.treatytracker.provision;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A reading's draft as rows, in order, and the chapter each row sits in (found among the rows, with no query). */
public final class ReadingDraft {

    private final List<DraftRow> rows;
    private final Map<Long, DraftRow> byId = new HashMap<>();

    ReadingDraft(List<DraftRow> rows) {
        this.rows = List.copyOf(rows);
        rows.forEach(row -> byId.put(row.id(), row));
    }

    public List<DraftRow> rows() {
        return rows;
    }

    /**
     * The chapter (or lettered section, or preamble) the row sits in, itself if it is one; null outside any: as
     * {@link ProvisionVersion#chapter()}, whose parents are versions of the same reading.
     */
    public DraftRow chapterOf(DraftRow row) {
        DraftRow top = row;
        while (top.parentId() != null && byId.containsKey(top.parentId())) {
            top = byId.get(top.parentId());
        }
        return top.kind().groups() ? top : null;
    }
}
