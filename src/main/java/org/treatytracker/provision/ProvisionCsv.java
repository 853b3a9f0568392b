package org.treatytracker.provision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.treatytracker.api.Csv;
import org.treatytracker.api.PageLinks;
import org.treatytracker.api.PageRequest;
import org.treatytracker.persistence.RowCursor;
import org.treatytracker.negotiation.NegotiationService;
import org.treatytracker.negotiation.Reading;
import org.treatytracker.text.ParsedDraft;
import org.treatytracker.text.StatusVocabulary;

/**
 * The provisions of a reading as CSV, one row per provision version with its bracket counts, in the columns
 * {@link #COLUMNS} (stable, documented in docs/api.md). Same filter, sort and paging as the JSON list; rows are
 * streamed from a {@link RowCursor} and each text is parsed as its row is written.
 */
@ApplicationScoped
public class ProvisionCsv {

    /** The column names, stable: new columns are only ever added at the end. */
    public static final List<String> COLUMNS = List.of("id", "provision_id", "w_id", "kind", "reading_id", "e_id", "number",
            "title", "parent_e_id", "ordinal", "bracket_sets", "alternatives", "option_groups", "options", "deepest_nesting",
            "version", "text", "status", "heading_bracketed", "part_of_parent");

    private static final String SELECT = "select v.id, p.id, p.wId, p.kind, r.id, v.eId, v.number, v.title, pa.eId, v.ordinal,"
            + " v.version, v.text, v.headingBracketed, v.partOfParent from ProvisionVersion v join v.provision p join v.reading r left join v.parent pa";

    @Inject
    RowCursor rows;

    @Inject
    NegotiationService negotiations;

    @Inject
    ProvisionVersionRepository versions;

    /** Every provision version of the reading, in the reading's order, as one streamed CSV (for the bulk zip). */
    public StreamingOutput all(long readingId, String changedSince) {
        Reading reading = negotiations.getReading(readingId);
        List<Object> params = new ArrayList<>(List.of(readingId));
        String jpql = SELECT + ProvisionService.whereAtReading(null, true, changedSince, params) + " order by v.ordinal, v.id";
        return stream(jpql, params, 0, Integer.MAX_VALUE, reading);
    }

    private StreamingOutput stream(String jpql, List<Object> params, int first, int max, Reading reading) {
        Set<String> labels = reading.getLinkLabels();
        StatusVocabulary vocabulary = reading.getNegotiation().statusVocabulary();
        return Csv.of(COLUMNS, printer -> rows.forEach(jpql, params, first, max, r -> {
            ParsedDraft draft = BracketService.parse((String) r[11], labels, vocabulary);
            BracketDto.Counts counts = BracketDto.Counts.of(draft);
            printer.printRecord(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], counts.bracketSets(),
                    counts.alternatives(), counts.optionGroups(), counts.options(), counts.deepestNesting(), r[10], r[11],
                    draft.status(), r[12], r[13]);
        }));
    }

    /** The 200 answer for a CSV request on a reading's provisions; 404 for an unknown reading, 400 for a bad sort. */
    public Response answer(long readingId, ProvisionKind kind, boolean withParts, String changedSince, PageRequest page, UriInfo uri) {
        Reading reading = negotiations.getReading(readingId);
        Set<String> labels = reading.getLinkLabels();
        List<Object> params = new ArrayList<>(List.of(readingId));
        String where = ProvisionService.whereAtReading(kind, withParts, changedSince, params);
        String jpql = SELECT + where + page.orderBy(ProvisionService.VERSION_SORT, "ordinal", "v.id");
        boolean paged = Csv.paged(uri);
        Response.ResponseBuilder answer = Response.ok(stream(jpql, params, paged ? page.offset() : 0, paged ? page.size : Integer.MAX_VALUE,
                reading), Csv.UTF_8);
        if (paged) {
            long total = versions.count("from ProvisionVersion v join v.provision p join v.reading r" + where, params.toArray());
            PageLinks.of(uri, page.page, page.size, total).forEach(link -> answer.header("Link", link));
        }
        return answer.build();
    }
}
