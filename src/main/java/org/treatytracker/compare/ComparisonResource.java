package org.treatytracker.compare;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treatytracker.api.Csv;

/** What changed between two readings, and a provision's history across readings. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comparison")
public class ComparisonResource {

    @Inject
    ComparisonService service;

    static final String CSV_COLUMNS = "RFC 4180 CSV in UTF-8 with a header row. Columns, in this order: provision_id, w_id, "
            + "kind, status, renumbered, moved, changed, from_version_id, from_e_id, from_number, from_title, to_version_id, "
            + "to_e_id, to_number, to_title, changed_words, bracket_sets_before, bracket_sets_after, sets_opened, sets_resolved, "
            + "sets_dropped";

    @GET
    @Path("/negotiations/{slug}/compare")
    @Operation(summary = "Compare two readings provision by provision",
            description = "Per provision: ADDED, REMOVED, RENUMBERED, MOVED, CHANGED or UNCHANGED, a word-level diff, and the bracket sets opened, resolved (to which alternative) or dropped; totals per chapter and for the whole text.")
    public ComparisonDto.Comparison compare(@PathParam("slug") String slug, @QueryParam("from") @NotNull Long from,
            @QueryParam("to") @NotNull Long to, @QueryParam("diffs") @DefaultValue("true") boolean diffs,
            @Parameter(description = "Also list each numbered paragraph and lettered subparagraph of an article (art_4__para_2) "
                    + "after its article; the totals count each bracket once, in its article, either way")
            @QueryParam("paragraphs") @DefaultValue("false") boolean paragraphs) {
        return service.compare(slug, from, to, diffs, paragraphs);
    }

    @GET
    @Path("/negotiations/{slug}/compare")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "Compare two readings provision by provision",
            description = "As CSV: one row per provision with its status, both sides and its bracket changes counted (RFC 4180, UTF-8, a header row).")
    @APIResponse(responseCode = "200", description = "The comparison as CSV, one row per provision",
            content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = CSV_COLUMNS)))
    public Response compareCsv(@PathParam("slug") String slug, @QueryParam("from") @NotNull Long from,
            @QueryParam("to") @NotNull Long to, @QueryParam("diffs") @DefaultValue("true") boolean diffs,
            @Parameter(description = "Also list each numbered paragraph and lettered subparagraph of an article")
            @QueryParam("paragraphs") @DefaultValue("false") boolean paragraphs) {
        // Word diffs have no column: computing them would be work thrown away.
        return ComparisonCsv.answer(service.compare(slug, from, to, false, paragraphs));
    }

    @GET
    @Path("/provisions/{id}/history")
    @Operation(summary = "A provision's versions across readings, each with its change from the previous one")
    public List<ComparisonDto.HistoryEntry> history(@PathParam("id") long id) {
        return service.history(id);
    }
}
