package org.treatytracker.backup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treatytracker.edge.HttpEdge;
import org.treatytracker.api.Roles;

/** Backup of the whole database as one JSON document, and its restore into an empty instance. Admins only. */
@Path(HttpEdge.RESTORE_PATH)
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
    public StreamingOutput export() {
        return backups::export;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Restore a backup into an empty instance", description = "All or nothing; 409 when the instance "
            + "already holds data, 422 naming the key of a table, column or value this server does not take, 413 over "
            + "treaty.backup.max-restore-size (512 MB by default). The upload is streamed, with or without a Content-Length.")
    public Map<String, Integer> restore(@RequestBody(description = "A backup as exported by GET", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))) InputStream backup) throws IOException {
        return Map.of("rowsRestored", backups.restore(backup));
    }
}
