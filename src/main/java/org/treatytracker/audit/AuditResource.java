package org.treatytracker.audit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treatytracker.api.ChangedSince;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.api.ProblemException;
import org.treatytracker.api.Roles;
import org.treatytracker.config.TreatyConfig;
import org.treatytracker.negotiation.Negotiation;
import org.treatytracker.negotiation.NegotiationService;

/**
 * The audit trail: what changed, and when, public like every read; who changed it, for signed-in editors only (an
 * editor's username is also half of their login, and the public has no need of it).
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    private static final String SIZE = "Items per page, at most " + PageRequest.MAX_SIZE;
    private static final String SINCE = "A day (2026-01-01, from its start, UTC) or an ISO-8601 instant (2026-01-01T00:00:00Z)";

    @Inject
    AuditService audit;

    @Inject
    SecurityIdentity identity;

    @Inject
    TreatyConfig config;

    @Inject
    NegotiationService negotiations;

    @GET
    @Path("/provisions/{id}/revisions")
    @Operation(summary = "Every change to a provision and its versions, oldest first, with who and when")
    public List<AuditDto.Revision> provision(@PathParam("id") long id) {
        return shown(found(audit.ofProvision(id), "provision", id));
    }

    @GET
    @Path("/positions/{id}/revisions")
    @Operation(summary = "Every change to a position, oldest first, with who and when (deleted positions included)")
    public List<AuditDto.Revision> position(@PathParam("id") long id) {
        return shown(found(audit.ofPosition(id), "position", id));
    }

    @GET
    @Path("/changes")
    @Operation(summary = "The changes feed: change sets newer than since, newest first", description = "For monitors to poll; the same feed is served as Atom at /changes.atom. With negotiation, only the change sets that touched it (it, its readings, provisions, sources, paragraphs, positions or suggestions).")
    public Page<AuditDto.Change> changes(@QueryParam("since") @Parameter(description = SINCE) String since,
            @QueryParam("negotiation") @Parameter(description = "A negotiation's slug") String negotiation,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) @Parameter(description = "Zero-based page number") int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) @Parameter(description = SIZE) int size) {
        Page<AuditDto.Change> changes = audit.changes(instant(since), negotiationId(negotiation), newestFirst(page, size));
        return namesEditors() ? changes : changes.map(AuditDto.Change::anonymous);
    }

    @GET
    @Path("/changes.atom")
    @Produces("application/atom+xml")
    @Operation(summary = "The changes feed as Atom, for feed readers", description = "Links are absolute, from treaty.public-base-url.")
    public String atom(@QueryParam("since") @Parameter(description = SINCE) String since,
            @QueryParam("negotiation") @Parameter(description = "A negotiation's slug") String negotiation,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) @Parameter(description = "Zero-based page number") int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) @Parameter(description = SIZE) int size) {
        // The base comes from configuration, never from the request: its Host header is whatever the client sent.
        return AtomFeed.write(audit.changes(instant(since), negotiationId(negotiation), newestFirst(page, size)).items(), config.baseUrl(),
                namesEditors());
    }

    /** The negotiation a feed is limited to, if any; an unknown slug is a bad filter (400), as for every list. */
    private Long negotiationId(String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        return negotiations.find(slug.strip()).map(Negotiation::getId)
                .orElseThrow(() -> ProblemException.badRequest("negotiation", "no negotiation has the slug '" + slug.strip() + "'"));
    }

    /** The feed has one order, newest first, so it takes no sort parameter (a list endpoint's PageRequest would). */
    private static PageRequest newestFirst(int page, int size) {
        return new PageRequest(page, size, null);
    }

    /** Editors (admins are editors too) see who made each change; anyone else, only that an editor did. */
    private boolean namesEditors() {
        return identity.hasRole(Roles.EDITOR);
    }

    private List<AuditDto.Revision> shown(List<AuditDto.Revision> revisions) {
        return namesEditors() ? revisions : revisions.stream().map(AuditDto.Revision::anonymous).toList();
    }

    private static Instant instant(String since) {
        // A day is taken too (the changes page's date picker sends one): its start, UTC.
        return ChangedSince.instantOrDay(since, "since");
    }

    private static <T> List<T> found(List<T> revisions, String what, long id) {
        if (revisions.isEmpty()) {
            throw ProblemException.notFound(what, id);
        }
        return revisions;
    }
}
