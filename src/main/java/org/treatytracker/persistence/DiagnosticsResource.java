package org.treatytracker.persistence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hibernate.SessionFactory;
import org.treatytracker.api.Roles;

/**
 * The number of SQL statements the server has run so far, for admins and load benchmarks to read per request
 * cost off a running server. Request counts and latencies are in the Prometheus metrics at /q/metrics.
 */
@Path("/api/v1/admin/statistics")
@Tag(name = "Diagnostics")
public class DiagnosticsResource {

    @Inject
    SessionFactory sessionFactory;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "SQL statements prepared and queries executed since start (Hibernate statistics)")
    public Map<String, Long> statistics() {
        var statistics = sessionFactory.getStatistics();
        return Map.of("statements", statistics.getPrepareStatementCount(), "queries", statistics.getQueryExecutionCount());
    }
}
