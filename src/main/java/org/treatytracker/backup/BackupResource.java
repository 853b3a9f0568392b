package org.treatytracker.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treatytracker.api.Roles;

/** Backup of the whole database as one JSON document, and its restore into an empty instance. Admins only. */
@Path("/api/v1/admin/backup")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
@RolesAllowed(Roles.ADMIN)
public class BackupResource {

    @Inject
    BackupService backups;

    @GET
    @Operation(summary = "Export the whole database as one JSON document")
    @APIResponse(responseCode = "200", description = "The backup: format, schema version, time of export and every table's rows",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public ObjectNode export() {
        return backups.export();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Restore a backup into an empty instance", description = "All or nothing; 409 when the instance already holds data.")
    public Map<String, Integer> restore(@NotNull @RequestBody(description = "A backup as exported by GET", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))) JsonNode backup) {
        return Map.of("rowsRestored", backups.restore(backup));
    }
}
