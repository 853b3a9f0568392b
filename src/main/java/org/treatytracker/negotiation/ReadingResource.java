package org.treatytracker.negotiation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treatytracker.api.ETags;
import org.treatytracker.api.Roles;

/** One reading by id. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Readings")
public class ReadingResource {

    @Inject
    NegotiationService service;

    @GET
    @Path("/readings/{id}")
    @Operation(summary = "Get a reading")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ReadingDto.View.class)))
    public Response get(@PathParam("id") long id) {
        Reading reading = service.getReading(id);
        // The reading's text lives at its own address (a document of its own, not a variant of this small view).
        return Response.ok(ReadingDto.View.of(reading)).tag(ETags.of(reading.getVersion()))
                .header("Link", "</api/v1/readings/" + id + "/akn>; rel=\"alternate\"; type=\"application/akn+xml\"").build();
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Path("/readings/{id}")
    @Operation(summary = "Change a reading")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ReadingDto.View.class)))
    public Response update(@PathParam("id") long id, @Valid @NotNull ReadingDto.Request request, @Context Request preconditions) {
        Reading reading = service.updateReading(id, request, preconditions);
        return ETags.ok(ReadingDto.View.of(reading), reading.getVersion());
    }

    @DELETE
    @RolesAllowed(Roles.EDITOR)
    @Path("/readings/{id}")
    @Operation(summary = "Delete a reading", description = "Refused with 409 while provision versions, positions or sources refer to it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id, @Context Request preconditions) {
        service.deleteReading(id, preconditions);
    }
}
