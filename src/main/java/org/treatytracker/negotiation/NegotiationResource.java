package org.treatytracker.negotiation;

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
import jakarta.ws.rs.core.UriInfo;
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

/** Negotiations, and the readings of each. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Negotiations")
public class NegotiationResource {

    @Inject
    PublicUris links;

    @Inject
    NegotiationService service;

    @GET
    @Path("/negotiations")
    @Operation(summary = "List negotiations", description = "Sortable by slug and title.")
    public Page<NegotiationDto.View> list(
            @QueryParam(ChangedSince.PARAMETER) @Parameter(description = ChangedSince.DESCRIPTION) String changedSince,
            @Valid @BeanParam PageRequest page) {
        return service.list(changedSince, page);
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Path("/negotiations")
    @Operation(summary = "Create a negotiation")
    @APIResponse(responseCode = "201", description = "Created; Location names the new negotiation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NegotiationDto.View.class)))
    public Response create(@Valid @NotNull NegotiationDto.Request request) {
        Negotiation created = service.create(request);
        return Response.created(links.of("/api/v1/negotiations/{slug}", created.getSlug()))
                .tag(ETags.of(created.getVersion())).entity(NegotiationDto.View.of(created)).build();
    }

    @GET
    @Path("/negotiations/{slug}")
    @Operation(summary = "Get a negotiation", description = "The ETag carries the version to send back in If-Match.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = NegotiationDto.View.class)))
    public Response get(@PathParam("slug") String slug) {
        Negotiation negotiation = service.get(slug);
        return ETags.ok(NegotiationDto.View.of(negotiation), negotiation.getVersion());
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Path("/negotiations/{slug}")
    @Operation(summary = "Change a negotiation's title and description")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = NegotiationDto.View.class)))
    public Response update(@PathParam("slug") String slug, @Valid @NotNull NegotiationDto.Request request,
            @Context Request preconditions) {
        Negotiation negotiation = service.update(slug, request, preconditions);
        return ETags.ok(NegotiationDto.View.of(negotiation), negotiation.getVersion());
    }

    @DELETE
    @RolesAllowed(Roles.EDITOR)
    @Path("/negotiations/{slug}")
    @Operation(summary = "Delete a negotiation", description = "Refused with 409 while readings, provisions or sources belong to it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("slug") String slug, @Context Request preconditions) {
        service.delete(slug, preconditions);
    }

    @GET
    @Path("/negotiations/{slug}/readings")
    @Operation(summary = "List the readings of a negotiation", description = "Sortable by sequenceNumber, date and label.")
    public Page<ReadingDto.View> readings(@PathParam("slug") String slug,
            @QueryParam(ChangedSince.PARAMETER) @Parameter(description = ChangedSince.DESCRIPTION) String changedSince,
            @Valid @BeanParam PageRequest page) {
        return service.listReadings(slug, changedSince, page);
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Path("/negotiations/{slug}/readings")
    @Operation(summary = "Add a reading to a negotiation")
    @APIResponse(responseCode = "201", description = "Created; Location names the new reading",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReadingDto.View.class)))
    public Response createReading(@PathParam("slug") String slug, @Valid @NotNull ReadingDto.Request request,
            @Context UriInfo uri) {
        Reading reading = service.createReading(slug, request);
        return Response.created(links.of("/api/v1/readings/{id}", reading.getId()))
                .tag(ETags.of(reading.getVersion())).entity(ReadingDto.View.of(reading)).build();
    }
}
