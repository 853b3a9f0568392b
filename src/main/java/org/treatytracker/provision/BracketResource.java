package org.treatytracker.provision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.vertx.core.http.HttpServerRequest;
import org.treatytracker.draftfile.ImportGuard;
import org.treatytracker.api.ETags;
import org.treatytracker.api.ProblemException;
import org.treatytracker.api.MediaTypes;
import org.treatytracker.api.Roles;

/** Brackets: the open alternatives of a provision and of a reading, and importing a whole draft. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Brackets and drafts")
public class BracketResource {

    @Inject
    ImportGuard guard;

    @Inject
    BracketService brackets;

    @Inject
    DraftImportService imports;

    @GET
    @Path("/provision-versions/{id}/brackets")
    @Operation(summary = "The bracket sets of a provision version, and its text rendered",
            description = "render=AS_IS (default), FIRST_ALTERNATIVES (brackets removed, first alternative kept) or CHOSEN with choose=set:alternative pairs (0:1,3:drop).")
    public BracketDto.VersionView ofVersion(@PathParam("id") long id, @QueryParam("render") BracketService.Render render,
            @QueryParam("choose") @Size(max = 2000) String choose) {
        return brackets.ofVersion(id, render, choose);
    }

    @GET
    @Path("/readings/{id}/bracket-totals")
    @Operation(summary = "Bracket and option totals of a reading, per chapter and in all")
    public BracketDto.ReadingTotals totals(@PathParam("id") long id) {
        return brackets.totals(id);
    }

    @GET
    @Path("/readings/{id}/brackets")
    @Operation(summary = "Find the bracket sets whose alternatives contain some words",
            description = "Terms such as [computer data] [digital information] run through a whole text and are decided once.")
    public List<BracketDto.Match> search(@PathParam("id") long id,
            @QueryParam("contains") @NotBlank @Size(max = 500) String contains) {
        return brackets.search(id, contains);
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Path("/readings/{id}/import")
    @Consumes({MediaType.TEXT_PLAIN, MediaTypes.MARKDOWN, MediaTypes.PDF, MediaTypes.DOCX})
    @Operation(summary = "Import a whole draft (plain text, Markdown, PDF or Word .docx) into a reading",
            description = "All or nothing. The Content-Type says what the body is: text/plain or text/markdown (UTF-8), "
                    + "application/pdf (its page layout is turned back into the draft: running headers and page numbers "
                    + "dropped, wrapped lines joined, broken words mended; see 'layout' in the answer), or a Word .docx. "
                    + "Provisions are matched to the previous reading's by number, title and text; stray brackets are kept "
                    + "as text and reported with line and column. The same draft again changes nothing (200); another "
                    + "into a reading that has provisions is a 409; a draft without article headings or lettered "
                    + "sections, or a file that cannot be read (damaged, encrypted, not what its type says), is a 422. "
                    + "Every import has budgets (treaty.imports.*): past its bytes after decompression, pages, objects or "
                    + "characters it is a 413, past its time (max-time) a 422, cancelled because the server is stopping a "
                    + "503; the problem names the budget and its limit, and nothing is stored.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING, pattern = "\\S", maxLength = 2_000_000)),
            @Content(mediaType = MediaTypes.MARKDOWN, schema = @Schema(type = SchemaType.STRING, pattern = "\\S", maxLength = 2_000_000)),
            @Content(mediaType = MediaTypes.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaTypes.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "200", description = "The reading already held exactly this draft; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    public Response importDraft(@PathParam("id") long id, @Context HttpHeaders headers, @Context HttpServerRequest request,
            @QueryParam("from") @Parameter(description = "annexes: the file is a report whose annexes hold the draft "
                    + "(\"Annex I. Draft rules of procedure\"); its body, before the first annex heading, is left out",
                    schema = @Schema(enumeration = {"annexes"})) String from, byte[] body) {
        if (from != null && !from.equals("annexes")) {
            throw ProblemException.badRequest("from", "from is 'annexes' or left out, not '" + from + "'");
        }
        MediaType type = headers.getMediaType();
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("body", "the body is empty; send the draft");
        }
        String mediaType = type == null ? null : type.getType() + "/" + type.getSubtype();
        ImportReport report = guard.run(request, deadline -> imports.importDraft(id, mediaType, body, from != null, deadline));
        return Response.status(report.unchanged() ? 200 : 201).entity(report).build();
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Path("/provision-versions/{id}/relink")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a match: give this version to another provision",
            description = "For an import that matched a provision to the wrong one in the previous reading (or missed a renumbering).")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ProvisionDto.Version.class)))
    public Response relink(@PathParam("id") long id, @jakarta.validation.Valid @NotNull Relink request) {
        ProvisionVersion version = imports.relink(id, request.provisionId());
        return ETags.ok(ProvisionDto.Version.of(version), version.getVersion());
    }

    /** The provision a version should belong to. */
    public record Relink(@NotNull Long provisionId) {
    }
}
