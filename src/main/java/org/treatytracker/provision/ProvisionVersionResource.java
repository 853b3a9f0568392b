package org.treatytracker.provision;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.treatytracker.api.PublicUris;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treatytracker.api.ETags;
import org.treatytracker.api.MergePatch;
import org.treatytracker.api.Roles;

/** One provision version: the provision's number, title, parent and text at one reading. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Provisions")
public class ProvisionVersionResource {

    @Inject
    ProvisionService service;

    @GET
    @Path("/provision-versions/{id}")
    @Operation(summary = "Get a provision version")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ProvisionDto.Version.class)))
    public Response get(@PathParam("id") long id) {
        ProvisionVersion version = service.getVersion(id);
        return ETags.ok(ProvisionDto.Version.of(version), version.getVersion());
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Path("/provision-versions/{id}")
    @Operation(summary = "Change a provision version's number, title, parent, text or place")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ProvisionDto.Version.class)))
    public Response update(@PathParam("id") long id, @Valid @NotNull ProvisionDto.Content content, @Context Request preconditions) {
        ProvisionVersion version = service.updateVersion(id, content, preconditions);
        return ETags.ok(ProvisionDto.Version.of(version), version.getVersion());
    }

    @PATCH
    @RolesAllowed(Roles.EDITOR)
    @Path("/provision-versions/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of a provision version (JSON Merge Patch, RFC 7396)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ProvisionDto.Version.class)))
    public Response patch(@PathParam("id") long id, @NotNull ObjectNode patch, @Context Request preconditions) {
        ProvisionVersion version = service.patchVersion(id, patch, preconditions);
        return ETags.ok(ProvisionDto.Version.of(version), version.getVersion());
    }

    @DELETE
    @RolesAllowed(Roles.EDITOR)
    @Path("/provision-versions/{id}")
    @Operation(summary = "Delete a provision version", description = "Refused with 409 while positions are taken on it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id, @Context Request preconditions) {
        service.deleteVersion(id, preconditions);
    }

    static Response created(ProvisionVersion version, PublicUris links) {
        return Response.created(links.of("/api/v1/provision-versions/{id}", version.getId()))
                .tag(ETags.of(version.getVersion())).entity(ProvisionDto.Version.of(version)).build();
    }
}
