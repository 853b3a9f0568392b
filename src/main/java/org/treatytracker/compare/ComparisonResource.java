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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What changed between two readings, and a provision's history across readings. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comparison")
public class ComparisonResource {

    @Inject
    ComparisonService service;

    @GET
    @Path("/negotiations/{slug}/compare")
    @Operation(summary = "Compare two readings provision by provision",
            description = "Per provision: ADDED, REMOVED, RENUMBERED, MOVED, CHANGED or UNCHANGED, a word-level diff, and the bracket sets opened, resolved (to which alternative) or dropped; totals per chapter and for the whole text.")
    public ComparisonDto.Comparison compare(@PathParam("slug") String slug, @QueryParam("from") @NotNull Long from,
            @QueryParam("to") @NotNull Long to, @QueryParam("diffs") @DefaultValue("true") boolean diffs) {
        return service.compare(slug, from, to, diffs);
    }

    @GET
    @Path("/provisions/{id}/history")
    @Operation(summary = "A provision's versions across readings, each with its change from the previous one")
    public List<ComparisonDto.HistoryEntry> history(@PathParam("id") long id) {
        return service.history(id);
    }
}
