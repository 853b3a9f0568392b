package org.treatytracker.provision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.treatytracker.api.PublicUris;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treatytracker.api.ChangedSince;
import org.treatytracker.api.Csv;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.api.Roles;

/** The draft text of a negotiation: the provisions of a reading in order, and new provisions. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Provisions")
public class DraftResource {

    @Inject
    PublicUris links;

    @Inject
    ProvisionService service;

    @Inject
    ProvisionCsv csv;

    @Inject
    AkomaNtosoExport akn;

    static final String CSV_COLUMNS = "RFC 4180 CSV in UTF-8 with a header row, the whole list unless page or size is given. "
            + "Columns, in this order: id, provision_id, w_id, "
            + "kind, reading_id, e_id, number, title, parent_e_id, ordinal, bracket_sets, alternatives, option_groups, options, "
            + "deepest_nesting, version, text, status, heading_bracketed, part_of_parent";

    @GET
    @Path("/readings/{readingId}/provisions")
    @Operation(summary = "List the provisions of a reading", description = "In the reading's order by default; sortable by ordinal, eId, number and title.")
    public Page<ProvisionDto.Version> provisionsAt(@PathParam("readingId") long readingId, @QueryParam("kind") ProvisionKind kind,
            @QueryParam("parts") @DefaultValue("true") @Parameter(description = "false leaves out the numbered paragraphs and "
                    + "lettered subparagraphs whose text is a slice of their article's (partOfParent)") boolean withParts,
            @QueryParam(ChangedSince.PARAMETER) @Parameter(description = ChangedSince.DESCRIPTION) String changedSince,
            @Valid @BeanParam PageRequest page) {
        return service.listAtReading(readingId, kind, withParts, changedSince, page);
    }

    @GET
    @Path("/readings/{readingId}/provisions")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "List the provisions of a reading", description = "As CSV, with each provision's bracket counts: "
            + "the whole list in the same sort, streamed (RFC 4180, UTF-8, a header row); one page with its Link headers when page or size is given.")
    @APIResponse(responseCode = "200", description = "The provisions as CSV, one row per provision version",
            content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = CSV_COLUMNS)))
    public Response provisionsAtCsv(@PathParam("readingId") long readingId, @QueryParam("kind") ProvisionKind kind,
            @QueryParam("parts") @DefaultValue("true") @Parameter(description = "false leaves out the numbered paragraphs and "
                    + "lettered subparagraphs whose text is a slice of their article's (partOfParent)") boolean withParts,
            @QueryParam(ChangedSince.PARAMETER) @Parameter(description = ChangedSince.DESCRIPTION) String changedSince,
            @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return csv.answer(readingId, kind, withParts, changedSince, page, uri);
    }

    @GET
    @Path("/readings/{readingId}/akn")
    @Produces(AkomaNtoso.MEDIA_TYPE)
    @Operation(summary = "The draft of a reading as Akoma Ntoso 3.0 XML",
            description = "A bill with FRBR work (the negotiation's draft), expression (this reading) and manifestation URIs; "
                    + "preamble and recitals, chapters, articles and their numbered paragraphs with the project's eId and wId; "
                    + "each bracket set an inline named bracketSet (or optionGroup) holding its alternatives as inlines named "
                    + "alternative (or option), eIds ending in __brset_<index>__alt_<k>. Valid against the OASIS schema.")
    @APIResponse(responseCode = "200", description = "The reading as an Akoma Ntoso 3.0 document",
            content = @Content(mediaType = AkomaNtoso.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "Akoma Ntoso 3.0 XML (namespace " + AkomaNtoso.NAMESPACE + "), UTF-8")))
    public Response akomaNtoso(@PathParam("readingId") long readingId) {
        return Response.ok(akn.of(readingId), AkomaNtoso.MEDIA_TYPE + "; charset=UTF-8").build();
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Path("/negotiations/{slug}/provisions")
    @Operation(summary = "Create a provision with its version at a reading")
    @APIResponse(responseCode = "201", description = "Created; Location names the new provision version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvisionDto.Version.class)))
    public Response create(@PathParam("slug") String slug, @Valid @NotNull ProvisionDto.Create request) {
        return ProvisionVersionResource.created(service.create(slug, request), links);
    }
}
