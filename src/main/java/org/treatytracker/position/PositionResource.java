package org.treatytracker.position;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.treatytracker.api.PublicUris;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treatytracker.api.Csv;
import org.treatytracker.api.ETags;
import org.treatytracker.api.MergePatch;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.api.Roles;

/** Positions: who said what about which provision, with the paragraph it comes from. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Positions")
public class PositionResource {

    @Inject
    PublicUris links;

    @Inject
    PositionService service;

    @Inject
    AttendanceRepository attendance;

    @Inject
    PositionCsv csv;

    /** How a position list's CSV is described in the OpenAPI document; public for other position lists to say the same. */
    public static final String CSV = "the whole filtered list in the same sort, streamed (RFC 4180, UTF-8, a header row); "
            + "only one page, with its Link headers, when page or size is given.";
    public static final String CSV_COLUMNS = "RFC 4180 CSV in UTF-8 with a header row, the whole list unless page or size is given. "
            + "Columns, in this order: "
            + "id, reading_id, level, provision_id, provision_version_id, provision_kind, e_id, number, title, bracket_set_index, "
            + "stakeholder_id, stakeholder_name, stakeholder_kind, stakeholder_iso_code, on_behalf_of_id, on_behalf_of_name, "
            + "quantifier, speaker_words, stance, summary, proposed_text, preferred_alternative, paragraph_id, paragraph_number, "
            + "agenda_item, source_document_id, source_symbol, quote, version, alternative_index, among_id, among_name";

    @GET
    @Path("/positions")
    @Operation(summary = "List positions", description = "Filterable by reading, stance, stakeholder, stakeholder kind, quantifier, source and paragraph; sortable by paragraph, stance, quantifier, stakeholder and id.")
    public Page<PositionDto.View> list(@BeanParam PositionFilter filter, @Valid @BeanParam PageRequest page) {
        return service.list(filter, page);
    }

    @GET
    @Path("/positions")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "List positions", description = "As CSV: " + CSV)
    @APIResponse(responseCode = "200", description = "The positions as CSV, one row per position",
            content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = CSV_COLUMNS)))
    public Response listCsv(@BeanParam PositionFilter filter, @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return csv.answer(filter, page, uri);
    }

    @GET
    @Path("/provisions/{id}/positions")
    @Operation(summary = "List the positions taken on a provision", description = "At every reading unless filtered by reading; the same filters as /positions.")
    public Page<PositionDto.View> ofProvision(@PathParam("id") long id, @BeanParam PositionFilter filter,
            @QueryParam("paragraphs") @Parameter(description = "true adds the positions on the provision's numbered paragraphs "
                    + "and lettered subparagraphs (art_4__para_2, art_4__para_2__subpara_b)") boolean paragraphs,
            @Valid @BeanParam PageRequest page) {
        service.narrowToProvision(filter, id, paragraphs);
        return service.list(filter, page);
    }

    @GET
    @Path("/provisions/{id}/positions")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "List the positions taken on a provision", description = "As CSV: " + CSV)
    @APIResponse(responseCode = "200", description = "The positions as CSV, one row per position",
            content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = CSV_COLUMNS)))
    public Response ofProvisionCsv(@PathParam("id") long id, @BeanParam PositionFilter filter,
            @QueryParam("paragraphs") @Parameter(description = "true adds the positions on the provision's numbered paragraphs "
                    + "and lettered subparagraphs (art_4__para_2, art_4__para_2__subpara_b)") boolean paragraphs,
            @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        service.narrowToProvision(filter, id, paragraphs);
        return csv.answer(filter, page, uri);
    }

    @GET
    @Path("/provisions/{id}/summary")
    @Operation(summary = "Sum up the positions on a provision at a reading", description = "Counts by stance and by stakeholder kind, named speakers, unnamed groups with their quantifiers, and cited paragraphs. Without reading, the latest reading at which the provision has a version.")
    public PositionDto.Summary summary(@PathParam("id") long id, @QueryParam("reading") Long reading) {
        return service.summary(id, reading);
    }

    @GET
    @Path("/paragraphs/{id}/positions")
    @Operation(summary = "A paragraph with every position that cites it")
    public PositionDto.ParagraphView ofParagraph(@PathParam("id") long id) {
        return service.paragraphView(id);
    }

    @GET
    @Path("/sources/{id}/attendance")
    @Operation(summary = "Attendance counts by stakeholder category, as the source reports them")
    public List<AttendanceView> attendance(@PathParam("id") long id) {
        service.requireSource(id);
        return attendance.listOfSource(id).stream().map(AttendanceView::of).toList();
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Path("/positions")
    @Operation(summary = "Record a position", description = "Refused with 422 when the quote is not found verbatim in the cited paragraph, or a referenced reading, provision version, stakeholder or paragraph does not exist.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new position",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PositionDto.View.class)))
    public Response create(@Valid @NotNull PositionDto.Request request, @Context UriInfo uri) {
        Position position = service.create(request);
        return Response.created(links.of("/api/v1/positions/{id}", position.getId()))
                .tag(ETags.of(position.getVersion())).entity(PositionDto.View.of(position)).build();
    }

    @GET
    @Path("/positions/{id}")
    @Operation(summary = "Get a position")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = PositionDto.View.class)))
    public Response get(@PathParam("id") long id) {
        Position position = service.get(id);
        return ETags.ok(PositionDto.View.of(position), position.getVersion());
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Path("/positions/{id}")
    @Operation(summary = "Change a position")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = PositionDto.View.class)))
    public Response update(@PathParam("id") long id, @Valid @NotNull PositionDto.Request request, @Context Request preconditions) {
        Position position = service.update(id, request, preconditions);
        return ETags.ok(PositionDto.View.of(position), position.getVersion());
    }

    @PATCH
    @RolesAllowed(Roles.EDITOR)
    @Path("/positions/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of a position (JSON Merge Patch, RFC 7396: a field set to null is cleared, "
            + "a field left out is kept)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = PositionDto.View.class)))
    public Response patch(@PathParam("id") long id, @NotNull ObjectNode patch, @Context Request preconditions) {
        Position position = service.patch(id, patch, preconditions);
        return ETags.ok(PositionDto.View.of(position), position.getVersion());
    }

    @DELETE
    @RolesAllowed(Roles.EDITOR)
    @Path("/positions/{id}")
    @Operation(summary = "Delete a position")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id, @Context Request preconditions) {
        service.delete(id, preconditions);
    }
}
