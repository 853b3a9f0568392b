package org.treatytracker.position;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;

/** Positions seen from a stakeholder: its own and its groups', a group's with the members that voiced them, alignment. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Positions")
public class StakeholderPositionsResource {

    @Inject
    StakeholderPositions service;

    @GET
    @Path("/stakeholders/{id}/positions")
    @Operation(summary = "List a stakeholder's positions across provisions and readings",
            description = "Its own positions (SPOKE), those it voiced for a group (SPOKE_FOR_GROUP), and those of the groups it belongs to "
                    + "(GROUP_POSITION, via the group). For a group: also those its members voiced on its behalf (VOICED_BY_MEMBER, via the "
                    + "member) and those of unnamed members (UNNAMED_MEMBERS). Sortable by reading, provision, paragraph, stance and id.")
    public Page<PositionDto.StakeholderPosition> positions(@PathParam("id") long id,
                                                           @QueryParam("reading") @Parameter(description = "Reading id") Long reading,
                                                           @QueryParam("stance") Stance stance, @Valid @BeanParam PageRequest page) {
        return service.of(id, reading, stance, page);
    }

    @GET
    @Path("/stakeholders/{id}/alignment")
    @Operation(summary = "Compare two stakeholders' stances, provision by provision",
            description = "On how many provisions both took a position, and on how many they took the same stance, opposite ones (one "
                    + "SUPPORT, the other OPPOSE, DELETE or RESERVE) or different ones. A stakeholder's positions are those it spoke or "
                    + "that were spoken on its behalf.")
    public PositionDto.Alignment alignment(@PathParam("id") long id,
                                           @QueryParam("with") @NotNull @Parameter(description = "The other stakeholder's id", required = true) Long with,
                                           @QueryParam("reading") @Parameter(description = "Only at this reading") Long reading) {
        return service.alignment(id, with, reading);
    }
}
