package org.treatytracker.source;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.treatytracker.api.PublicUris;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treatytracker.api.ChangedSince;
import org.treatytracker.api.ETags;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.api.Roles;

/** Source documents (reports, summaries, submissions) and their numbered paragraphs. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
public class SourceResource {

    @Inject
    PublicUris links;

    @Inject
    SourceService service;

    @GET
    @Path("/negotiations/{slug}/sources")
    @Operation(summary = "List the source documents of a negotiation", description = "Newest first by default; sortable by publishedOn, title, symbol and importedAt. Texts are left out.")
    public Page<SourceDto.View> list(@PathParam("slug") String slug,
            @QueryParam(ChangedSince.PARAMETER) @Parameter(description = ChangedSince.DESCRIPTION) String changedSince,
            @Valid @BeanParam PageRequest page) {
        return service.list(slug, changedSince, page);
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Path("/negotiations/{slug}/sources")
    @Operation(summary = "Store a source document, optionally with its paragraphs", description = "All or nothing; the same text twice is refused with 409.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new source document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceDto.View.class)))
    public Response create(@PathParam("slug") String slug, @Valid @NotNull SourceDto.Create request) {
        SourceDocument source = service.create(slug, request);
        return Response.created(links.of("/api/v1/sources/{id}", source.getId()))
                .tag(ETags.of(source.getVersion())).entity(SourceDto.View.of(source, true)).build();
    }

    @GET
    @Path("/sources/{id}")
    @Operation(summary = "Get a source document with its text and hash")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SourceDto.View.class)))
    public Response get(@PathParam("id") long id) {
        SourceDocument source = service.get(id);
        return ETags.ok(SourceDto.View.of(source, true), source.getVersion());
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Path("/sources/{id}")
    @Operation(summary = "Change a source document's description", description = "The text is evidence and does not change; store a new document instead.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SourceDto.View.class)))
    public Response describe(@PathParam("id") long id, @Valid @NotNull SourceDto.Describe request, @Context Request preconditions) {
        SourceDocument source = service.describe(id, request, preconditions);
        return ETags.ok(SourceDto.View.of(source, true), source.getVersion());
    }

    @DELETE
    @RolesAllowed(Roles.EDITOR)
    @Path("/sources/{id}")
    @Operation(summary = "Delete a source document and its paragraphs", description = "Refused with 409 while positions cite it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id, @Context Request preconditions) {
        service.delete(id, preconditions);
    }

    @GET
    @Path("/sources/{id}/paragraphs")
    @Operation(summary = "List the paragraphs of a source document", description = "In number order by default.")
    public Page<SourceDto.ParagraphView> paragraphs(@PathParam("id") long id,
            @QueryParam(ChangedSince.PARAMETER) @Parameter(description = ChangedSince.DESCRIPTION) String changedSince,
            @Valid @BeanParam PageRequest page) {
        return service.listParagraphs(id, changedSince, page);
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Path("/sources/{id}/paragraphs")
    @Operation(summary = "Add a paragraph to a source document")
    @APIResponse(responseCode = "201", description = "Created; Location names the new paragraph",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceDto.ParagraphView.class)))
    public Response addParagraph(@PathParam("id") long id, @Valid @NotNull SourceDto.ParagraphContent content) {
        Paragraph paragraph = service.createParagraph(id, content);
        return Response.created(links.of("/api/v1/paragraphs/{id}", paragraph.getId()))
                .tag(ETags.of(paragraph.getVersion())).entity(SourceDto.ParagraphView.of(paragraph)).build();
    }

    @GET
    @Path("/paragraphs/{id}")
    @Operation(summary = "Get a paragraph", description = "For the positions that cite it, see /paragraphs/{id}/positions.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SourceDto.ParagraphView.class)))
    public Response paragraph(@PathParam("id") long id) {
        Paragraph paragraph = service.getParagraph(id);
        return ETags.ok(SourceDto.ParagraphView.of(paragraph), paragraph.getVersion());
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Path("/paragraphs/{id}")
    @Operation(summary = "Change a paragraph's agenda item or text", description = "Refused with 409 when the new text drops a quote that a position cites.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SourceDto.ParagraphView.class)))
    public Response updateParagraph(@PathParam("id") long id, @Valid @NotNull SourceDto.ParagraphContent content,
            @Context Request preconditions) {
        Paragraph paragraph = service.updateParagraph(id, content, preconditions);
        return ETags.ok(SourceDto.ParagraphView.of(paragraph), paragraph.getVersion());
    }

    @DELETE
    @RolesAllowed(Roles.EDITOR)
    @Path("/paragraphs/{id}")
    @Operation(summary = "Delete a paragraph", description = "Refused with 409 while positions cite it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteParagraph(@PathParam("id") long id, @Context Request preconditions) {
        service.deleteParagraph(id, preconditions);
    }
}
