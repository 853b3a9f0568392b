package org.treatytracker.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.treatytracker.api.PublicUris;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.vertx.core.http.HttpServerRequest;
import org.treatytracker.api.ChangedSince;
import org.treatytracker.draftfile.ImportGuard;
import org.treatytracker.api.ETags;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.api.Roles;
import org.treatytracker.source.SourceKind;

/** Report ingestion: import a report, review the positions suggested from it, see a provision's evidence. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportResource {

    @Inject
    PublicUris links;

    @Inject
    ReportImportService imports;

    @Inject
    SuggestionReviewService review;

    @Inject
    ImportGuard guard;

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Path("/negotiations/{slug}/reports")
    @Consumes({MediaType.TEXT_PLAIN, "text/markdown"})
    @Operation(summary = "Import a report (plain text or Markdown)",
            description = "Finds the title, date, symbol, numbered paragraphs and agenda items; records the provisions each paragraph mentions; suggests positions for an editor to accept. The reading discussed is the one given, else the one whose symbol the report names, else the latest. The same text again changes nothing (200).")
    @APIResponse(responseCode = "201", description = "Imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportDto.Imported.class)))
    @APIResponse(responseCode = "200", description = "The same text was already stored; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportDto.Imported.class)))
    public Response importReport(@PathParam("slug") String slug, @NotBlank @Size(max = 2_000_000) String text,
            @QueryParam("reading") Long reading, @QueryParam("kind") SourceKind kind, @QueryParam("url") @Size(max = 2000) String url,
            @Context HttpServerRequest request) {
        ReportDto.Imported imported = guard.run(request, deadline -> imports.ingest(slug, text, reading, kind, url, deadline));
        if (imported.unchanged()) {
            return Response.ok(imported).build();
        }
        return Response.created(links.of("/api/v1/sources/{id}", imported.source().id())).entity(imported).build();
    }

    @GET
    @Path("/sources/{id}/suggestions")
    @Operation(summary = "List the positions suggested from a source", description = "Filterable by status; in paragraph order.")
    public Page<ReportDto.SuggestionView> suggestions(@PathParam("id") long id, @QueryParam("status") Suggestion.Status status,
            @QueryParam(ChangedSince.PARAMETER) @Parameter(description = ChangedSince.DESCRIPTION) String changedSince,
            @Valid @BeanParam PageRequest page) {
        return review.list(id, status, changedSince, page);
    }

    @GET
    @Path("/sources/{id}/mentions")
    @Operation(summary = "The mentions of provisions in a source, paragraph by paragraph")
    public List<ReportDto.Span> mentions(@PathParam("id") long id) {
        return imports.mentionsOf(id);
    }

    @GET
    @Path("/suggestions/{id}")
    @Operation(summary = "Get a suggestion")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ReportDto.SuggestionView.class)))
    public Response get(@PathParam("id") long id) {
        Suggestion suggestion = review.get(id);
        return ETags.ok(ReportDto.SuggestionView.of(suggestion), suggestion.getVersion());
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Path("/suggestions/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept a suggestion: it becomes a position, with any corrections in the body",
            description = "The position cites the suggestion's paragraph; the quote must still be verbatim in it. 409 when already accepted or rejected.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ReportDto.SuggestionView.class)))
    public Response accept(@PathParam("id") long id, @Valid ReportDto.Accept changes) {
        Suggestion suggestion = review.accept(id, changes);
        return ETags.ok(ReportDto.SuggestionView.of(suggestion), suggestion.getVersion());
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Path("/suggestions/{id}/reject")
    @Operation(summary = "Reject a suggestion", description = "409 when already accepted or rejected.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ReportDto.SuggestionView.class)))
    public Response reject(@PathParam("id") long id) {
        Suggestion suggestion = review.reject(id);
        return ETags.ok(ReportDto.SuggestionView.of(suggestion), suggestion.getVersion());
    }

    @GET
    @Path("/provisions/{id}/evidence")
    @Operation(summary = "Every report paragraph that mentions a provision, with the spans of the mentions")
    public ReportDto.ProvisionEvidence evidence(@PathParam("id") long id) {
        return imports.evidence(id);
    }
}
