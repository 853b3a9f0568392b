package org.treatytracker.position;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.treatytracker.api.Csv;
import org.treatytracker.api.PageLinks;
import org.treatytracker.api.PageRequest;
import org.treatytracker.persistence.RowCursor;

/**
 * Positions as CSV: the rows of any position list (the same filters and sort as its JSON), one row per
 * position, in columns whose names and order are part of the API ({@link #COLUMNS}, documented in docs/api.md).
 * Rows are read with a {@link RowCursor} (flat values, no entities) and written as they come, so an export of
 * every position runs in constant memory. Any list of positions answers CSV with one call:
 * {@code return positionCsv.answer(filter, page, uri);} (filter and sort as its JSON twin).
 */
@ApplicationScoped
public class PositionCsv {

    /** The column names, stable: new columns are only ever added at the end. */
    public static final List<String> COLUMNS = List.of("id", "reading_id", "level", "provision_id", "provision_version_id",
            "provision_kind", "e_id", "number", "title", "bracket_set_index", "stakeholder_id", "stakeholder_name",
            "stakeholder_kind", "stakeholder_iso_code", "on_behalf_of_id", "on_behalf_of_name", "quantifier", "speaker_words",
            "stance", "summary", "proposed_text", "preferred_alternative", "paragraph_id", "paragraph_number", "agenda_item",
            "source_document_id", "source_symbol", "quote", "version", "alternative_index", "among_id", "among_name");

    private static final String SELECT = "select p.id, p.reading.id, pr.id, v.id, pr.kind, v.eId, v.number, v.title,"
            + " p.attribution.bracketSetIndex, s.id, s.name, s.kind, s.isoCode, ob.id, ob.name, p.attribution.quantifier, p.stance, p.summary,"
            + " p.proposedText, p.preferredAlternative, pa.id, pa.number, pa.agendaItem, sd.id, sd.symbol, p.quote, p.version,"
            + " p.attribution.alternativeIndex, am.id, am.name"
            + " from Position p left join p.attribution.provisionVersion v left join v.provision pr left join p.attribution.stakeholder s"
            + " left join p.attribution.onBehalfOf ob left join p.attribution.among am join p.paragraph pa join pa.sourceDocument sd";

    @Inject
    RowCursor rows;

    @Inject
    PositionRepository positions;

    /**
     * The 200 answer for a CSV request on a position list: the whole filtered list, or only the page asked for
     * (with its paging links) when the request names page or size. The sort is checked now, so a bad one is a
     * 400 before any row is written; the query runs when the body is written.
     */
    public Response answer(PositionFilter filter, PageRequest page, UriInfo uri) {
        return answer(filter, page, page.orderBy(PositionService.SORT, "paragraph", "p.id"), uri);
    }

    /** The same, in the order given (a stakeholder's positions sort by reading and provision). */
    public Response answer(PositionFilter filter, PageRequest page, String orderBy, UriInfo uri) {
        List<Object> params = new ArrayList<>();
        String jpql = SELECT + filter.where(params, positions) + orderBy;
        boolean paged = Csv.paged(uri);
        Response.ResponseBuilder answer = Response.ok(Csv.of(COLUMNS, printer -> rows.forEach(jpql, params,
                paged ? page.offset() : 0, paged ? page.size : Integer.MAX_VALUE, row -> print(printer, row))), Csv.UTF_8);
        if (paged) {
            long total = positions.countWhere(filter.where(new ArrayList<>(), positions), params.toArray());
            PageLinks.of(uri, page.page, page.size, total).forEach(link -> answer.header("Link", link));
        }
        return answer.build();
    }

    /** Every position the filter lets through, in the order given, as one streamed CSV (for the bulk zip). */
    public StreamingOutput all(PositionFilter filter, String orderBy) {
        List<Object> params = new ArrayList<>();
        String jpql = SELECT + filter.where(params, positions) + orderBy;
        return Csv.of(COLUMNS, printer -> rows.forEach(jpql, params, 0, Integer.MAX_VALUE, row -> print(printer, row)));
    }

    private static void print(Csv.Printer printer, Object[] r) throws IOException {
        String level = r[2] == null ? "READING" : "CHAPTER".equals(String.valueOf(r[4])) ? "CHAPTER" : "PROVISION";
        Quantifier quantifier = (Quantifier) r[15];
        String words = r[10] != null ? r[10] + (r[14] == null ? "" : ", for " + r[14])
                : quantifier != null ? quantifier.words() + (r[29] == null ? "" : " from " + r[29]) : null;
        printer.printRecord(r[0], r[1], level, r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12], r[13],
                r[14], quantifier, words, r[16], r[17], r[18], r[19], r[20], r[21], r[22], r[23], r[24], r[25], r[26], r[27], r[28], r[29]);
    }
}
