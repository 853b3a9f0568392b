package org.treatytracker.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hibernate.SessionFactory;

/**
 * What load benchmarks need to read a server: a constant response of a chosen size (the ceiling of the HTTP
 * stack, with no database work), and the number of SQL statements the server has run so far.
 */
@Path("/api/v1")
@Tag(name = "Diagnostics")
public class DiagnosticsResource {

    private static final Map<Integer, byte[]> CONSTANT = new ConcurrentHashMap<>();

    @Inject
    SessionFactory sessionFactory;

    /** Blocking, like every endpoint that reads the database, so that it measures the same path minus the work. */
    @GET
    @Path("/ceiling")
    @io.smallrye.common.annotation.Blocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A constant JSON body of about the given size, for measuring the HTTP stack alone")
    @APIResponse(responseCode = "200", description = "One property, constant, padded to the size asked for",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    properties = @SchemaProperty(name = "constant", type = SchemaType.STRING))))
    public byte[] ceiling(@QueryParam("bytes") @DefaultValue("4096") @Min(16) @Max(100_000) int bytes) {
        return CONSTANT.computeIfAbsent(bytes, n -> {
            char[] filler = new char[n - 14];
            Arrays.fill(filler, 'x');
            return ("{\"constant\":\"" + new String(filler) + "\"}").getBytes(StandardCharsets.UTF_8);
        });
    }

    @GET
    @Path("/admin/statistics")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "SQL statements prepared and queries executed since start (Hibernate statistics)")
    public Map<String, Long> statistics() {
        var statistics = sessionFactory.getStatistics();
        return Map.of("statements", statistics.getPrepareStatementCount(), "queries", statistics.getQueryExecutionCount());
    }
}
