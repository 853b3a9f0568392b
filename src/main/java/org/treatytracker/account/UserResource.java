package org.treatytracker.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.treatytracker.api.PublicUris;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.api.Roles;

/** User management, for admins. */
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
@RolesAllowed(Roles.ADMIN)
public class UserResource {

    @Inject
    PublicUris links;

    @Inject
    UserService service;

    @GET
    @Operation(summary = "List users and their roles", description = "Paged like every list; sortable by username.")
    public Page<UserDto.View> list(@Valid @BeanParam PageRequest page) {
        return service.list(page);
    }

    @POST
    @Operation(summary = "Create an editor (or, with admin: true, an admin)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserDto.View.class)))
    public Response create(@Valid @NotNull UserDto.Create request) {
        AppUser user = service.create(request);
        return Response.created(links.of("/api/v1/users/{username}", user.getUsername())).entity(UserDto.View.of(user)).build();
    }

    @PUT
    @Path("/{username}/password")
    @Operation(summary = "Set a user's password")
    @APIResponse(responseCode = "204", description = "Changed")
    public void changePassword(@PathParam("username") String username, @Valid @NotNull UserDto.Password request) {
        service.changePassword(username, request.password());
    }

    @DELETE
    @Path("/{username}")
    @Operation(summary = "Delete a user")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("username") String username, @Context SecurityContext security) {
        service.delete(username, security.getUserPrincipal().getName());
    }
}
