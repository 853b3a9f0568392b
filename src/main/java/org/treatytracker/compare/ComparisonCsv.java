package org.treatytracker.compare;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.treatytracker.api.Csv;

/**
 * A comparison of two readings as CSV: one row per provision, in the comparison's order, in the columns
 * {@link #COLUMNS} (stable, documented in docs/api.md). The comparison is computed before the first byte is written
 * (so a bad reading is a problem answer, not a cut CSV); it holds one row per provision of two readings, the
 * same as its JSON twin, and is written row by row.
 */
public final class ComparisonCsv {

    /** The column names, stable: new columns are only ever added at the end. */
    public static final List<String> COLUMNS = List.of("provision_id", "w_id", "kind", "status", "renumbered", "moved", "changed",
            "from_version_id", "from_e_id", "from_number", "from_title", "to_version_id", "to_e_id", "to_number", "to_title",
            "changed_words", "bracket_sets_before", "bracket_sets_after", "sets_opened", "sets_resolved", "sets_dropped");

    private ComparisonCsv() {
    }

    static Response answer(ComparisonDto.Comparison comparison) {
        return Response.ok(Csv.of(COLUMNS, printer -> {
            for (ComparisonDto.ProvisionChange c : comparison.provisions()) {
                ComparisonDto.Side from = c.from();
                ComparisonDto.Side to = c.to();
                ComparisonDto.Brackets b = c.brackets();
                printer.printRecord(c.provisionId(), c.wId(), c.kind(), c.status(), c.renumbered(), c.moved(), c.changed(),
                        from == null ? null : from.provisionVersionId(), from == null ? null : from.eId(),
                        from == null ? null : from.number(), from == null ? null : from.title(),
                        to == null ? null : to.provisionVersionId(), to == null ? null : to.eId(),
                        to == null ? null : to.number(), to == null ? null : to.title(), c.changedWords(),
                        b == null ? null : b.before(), b == null ? null : b.after(), b == null ? null : b.opened().size(),
                        b == null ? null : b.resolved().size(), b == null ? null : b.dropped().size());
            }
        }), Csv.UTF_8).build();
    }
}
