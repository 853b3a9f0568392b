package org.treatytracker.provision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.treatytracker.api.PublicUris;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treatytracker.api.ETags;
import org.treatytracker.api.Roles;

/**
 * A provision's identity and its versions across readings. A provision's wId and kind never change once
 * given; what changes from reading to reading is edited through its versions.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Provisions")
public class ProvisionResource {

    @Inject
    PublicUris links;

    @Inject
    ProvisionService service;

    @GET
    @Path("/provisions/{id}")
    @Operation(summary = "Get a provision with its version at every reading")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ProvisionDto.View.class)))
    public Response get(@PathParam("id") long id) {
        ProvisionDto.View view = service.view(id);
        return ETags.ok(view, view.version());
    }

    @DELETE
    @RolesAllowed(Roles.EDITOR)
    @Path("/provisions/{id}")
    @Operation(summary = "Delete a provision and all its versions", description = "Refused with 409 while positions are taken on it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id, @Context Request preconditions) {
        service.delete(id, preconditions);
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Path("/provisions/{id}/versions")
    @Operation(summary = "Add the provision's version at another reading")
    @APIResponse(responseCode = "201", description = "Created; Location names the new provision version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvisionDto.Version.class)))
    public Response addVersion(@PathParam("id") long id, @Valid @NotNull ProvisionDto.Content content) {
        ProvisionVersion version = service.createVersion(id, content);
        return ProvisionVersionResource.created(version, links);
    }
}
