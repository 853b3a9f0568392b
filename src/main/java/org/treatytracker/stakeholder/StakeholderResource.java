package org.treatytracker.stakeholder;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import java.util.Arrays;
import java.util.List;
import org.treatytracker.api.PublicUris;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treatytracker.api.ChangedSince;
import org.treatytracker.api.ETags;
import org.treatytracker.api.MergePatch;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.api.Roles;

/** The register of stakeholders: States, UN bodies, organisations, NGOs and groups. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Stakeholders")
public class StakeholderResource {

    @Inject
    PublicUris links;

    @Inject
    StakeholderService service;

    @GET
    @Path("/stakeholder-kinds")
    @Operation(summary = "List the stakeholder categories", description = "The categories the Ad Hoc Committee's reports count, in the reports' words.")
    public List<StakeholderDto.KindView> kinds() {
        return Arrays.stream(StakeholderKind.values()).map(k -> new StakeholderDto.KindView(k, k.label())).toList();
    }

    @GET
    @Path("/stakeholders")
    @Operation(summary = "List stakeholders", description = "Filterable by kind; sortable by name, kind and isoCode.")
    public Page<StakeholderDto.View> list(@QueryParam("kind") StakeholderKind kind,
            @QueryParam(ChangedSince.PARAMETER) @Parameter(description = ChangedSince.DESCRIPTION) String changedSince,
            @Valid @BeanParam PageRequest page) {
        return service.list(kind, changedSince, page);
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Path("/stakeholders")
    @Operation(summary = "Register a stakeholder")
    @APIResponse(responseCode = "201", description = "Created; Location names the new stakeholder",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StakeholderDto.View.class)))
    public Response create(@Valid @NotNull StakeholderDto.Request request) {
        Stakeholder stakeholder = service.create(request);
        return Response.created(links.of("/api/v1/stakeholders/{id}", stakeholder.getId()))
                .tag(ETags.of(stakeholder.getVersion())).entity(StakeholderDto.View.of(stakeholder, true)).build();
    }

    @GET
    @Path("/stakeholders/lookup")
    @Operation(summary = "Find a stakeholder by any of its names",
            description = "Its name or an alias, ignoring case, accents, punctuation and a leading 'the': 'the US', 'TÜRKIYE', 'G-77/CHINA'.")
    @APIResponse(responseCode = "200", description = "The stakeholder, with its members and aliases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StakeholderDto.View.class)))
    @APIResponse(responseCode = "404", description = "No stakeholder has that name or alias",
            content = @Content(mediaType = org.treatytracker.api.Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response lookup(@QueryParam("name") @NotBlank @Size(max = 300) String name) {
        Stakeholder stakeholder = service.lookup(name);
        return ETags.ok(StakeholderDto.View.of(stakeholder, true), stakeholder.getVersion());
    }

    @GET
    @Path("/stakeholders/{id}")
    @Operation(summary = "Get a stakeholder with its members")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = StakeholderDto.View.class)))
    public Response get(@PathParam("id") long id) {
        Stakeholder stakeholder = service.get(id);
        return ETags.ok(StakeholderDto.View.of(stakeholder, true), stakeholder.getVersion());
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Path("/stakeholders/{id}")
    @Operation(summary = "Change a stakeholder")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = StakeholderDto.View.class)))
    public Response update(@PathParam("id") long id, @Valid @NotNull StakeholderDto.Request request, @Context Request preconditions) {
        Stakeholder stakeholder = service.update(id, request, preconditions);
        return ETags.ok(StakeholderDto.View.of(stakeholder, true), stakeholder.getVersion());
    }

    @PATCH
    @RolesAllowed(Roles.EDITOR)
    @Path("/stakeholders/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of a stakeholder (JSON Merge Patch, RFC 7396)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = StakeholderDto.View.class)))
    public Response patch(@PathParam("id") long id, @NotNull ObjectNode patch, @Context Request preconditions) {
        Stakeholder stakeholder = service.patch(id, patch, preconditions);
        return ETags.ok(StakeholderDto.View.of(stakeholder, true), stakeholder.getVersion());
    }

    @DELETE
    @RolesAllowed(Roles.EDITOR)
    @Path("/stakeholders/{id}")
    @Operation(summary = "Delete a stakeholder", description = "Refused with 409 while positions name it or a group lists it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id, @Context Request preconditions) {
        service.delete(id, preconditions);
    }
}
