package org.treatytracker.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import io.quarkus.vertx.http.runtime.security.annotation.FormAuthentication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.api.ProblemException;
import org.treatytracker.api.Roles;
import org.treatytracker.draftfile.ImportGuard;
import org.treatytracker.negotiation.NegotiationService;
import org.treatytracker.negotiation.Reading;
import org.treatytracker.negotiation.ReadingDto;
import org.treatytracker.provision.DraftImportService;
import org.treatytracker.provision.ImportReport;
import org.treatytracker.provision.ProvisionDto;
import org.treatytracker.provision.ProvisionService;

/**
 * A reading to edit: its label, symbol and date; its draft (import a Markdown, text, PDF or Word file, the import
 * report shown); and its provisions' matches to the previous reading, each correctable ("this provision continues
 * that one": {@code POST /api/v1/provision-versions/{id}/relink}).
 */
@Path(EditorResponses.PREFIX)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EDITOR)
@FormAuthentication
public class ReadingEditor {

    static final String PATH = EditorResponses.PREFIX + "/reading";

    /** A provision of the reading and the provision of the previous reading it continues, if any. */
    public record Match(ProvisionDto.Version version, ProvisionDto.Version previous, List<ProvisionDto.Version> candidates) {
    }

    /** What the page shows. */
    public record View(ReadingDto.View reading, ReadingDto.View previous, List<Match> matches) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reading(View view);

        static native TemplateInstance draftImported(ReadingDto.View reading, ImportReport report);
    }

    @Inject
    NegotiationService negotiations;

    @Inject
    ProvisionService provisions;

    @Inject
    DraftImportService drafts;

    @Inject
    ImportGuard guard;

    @Inject
    Validator validator;

    @GET
    @Path("/reading")
    public TemplateInstance reading(@QueryParam("id") Long id) {
        if (id == null) {
            throw ProblemException.badRequest("id", "name the reading: /edit/reading?id=…");
        }
        Reading reading = negotiations.getReading(id);
        Optional<Reading> previous = negotiations.readingsLatestFirst(reading.getNegotiation()).stream()
                .filter(r -> r.getSequenceNumber() < reading.getSequenceNumber())
                .max(Comparator.comparingInt(Reading::getSequenceNumber));
        List<ProvisionDto.Version> before = previous.map(r -> all(r.getId())).orElse(List.of());
        List<Match> matches = new ArrayList<>();
        for (ProvisionDto.Version v : all(id)) {
            ProvisionDto.Version continued = before.stream().filter(b -> b.provisionId() == v.provisionId()).findFirst().orElse(null);
            matches.add(new Match(v, continued, before.stream().filter(b -> b.kind() == v.kind()).toList()));
        }
        return Templates.reading(new View(ReadingDto.View.of(reading), previous.map(ReadingDto.View::of).orElse(null), matches));
    }

    /** The articles and sections of a reading (not their paragraphs, which follow their article), in its order. */
    private List<ProvisionDto.Version> all(long readingId) {
        List<ProvisionDto.Version> out = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<ProvisionDto.Version> batch = provisions.listAtReading(readingId, null, false, null, new PageRequest(page, PageRequest.MAX_SIZE, null));
            out.addAll(batch.items());
            if (out.size() >= batch.total() || batch.items().isEmpty()) {
                return out;
            }
        }
    }

    @POST
    @Path("/readings/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @RestForm Integer sequenceNumber, @RestForm String label,
                           @RestForm String documentSymbol, @RestForm String date, @RestForm String sessionLabel,
                           @Context Request preconditions) {
        ReadingDto.Request request = Forms.valid(validator,
                NegotiationEditor.readingRequest(sequenceNumber, label, documentSymbol, date, sessionLabel));
        negotiations.updateReading(id, request, preconditions);
        return Forms.seeOther(PATH + "?id=" + id);
    }

    @POST
    @Path("/readings/{id}/draft")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importDraft(@PathParam("id") long id, @RestForm FileUpload draft, @Context HttpServerRequest http) {
        ReadingDto.View reading = ReadingDto.View.of(negotiations.getReading(id));
        byte[] body = Forms.bytesOf(draft, "draft");
        String type = Forms.draftType(draft);
        ImportReport report = guard.run(http, deadline -> drafts.importDraft(id, type, body, deadline));
        return Response.status(report.unchanged() ? 200 : 201).entity(Templates.draftImported(reading, report)).build();
    }

    @POST
    @Path("/provision-versions/{id}/relink")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response relink(@PathParam("id") long versionId, @RestForm String provisionId, @RestForm Long reading) {
        if (Forms.blankToNull(provisionId) == null) {
            throw ProblemException.badRequest("provisionId", "choose the provision of the previous reading this one continues");
        }
        drafts.relink(versionId, NegotiationEditor.parseId(provisionId, "provisionId"));
        return Forms.seeOther(PATH + "?id=" + reading + "#v-" + versionId);
    }
}
