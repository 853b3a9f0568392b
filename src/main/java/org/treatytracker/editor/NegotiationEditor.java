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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.treatytracker.api.PageRequest;
import org.treatytracker.api.ProblemException;
import org.treatytracker.api.Roles;
import org.treatytracker.draftfile.ImportGuard;
import org.treatytracker.negotiation.NegotiationDto;
import org.treatytracker.negotiation.NegotiationService;
import org.treatytracker.negotiation.Reading;
import org.treatytracker.negotiation.ReadingDto;
import org.treatytracker.report.ReportDto;
import org.treatytracker.report.ReportImportService;
import org.treatytracker.source.SourceDto;
import org.treatytracker.source.SourceService;

/**
 * A negotiation to edit: its title and description, its readings (add one), its reports (import one as a file,
 * then review its suggestions). The same services as {@code PUT /api/v1/negotiations/{slug}},
 * {@code POST …/readings} and {@code POST …/reports}.
 */
@Path(EditorResponses.PREFIX)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EDITOR)
@FormAuthentication
public class NegotiationEditor {

    static final String PATH = EditorResponses.PREFIX + "/negotiation";

    /** What the page shows. */
    public record View(NegotiationDto.View negotiation, List<ReadingDto.View> readings, List<SourceDto.View> reports, int nextSequence) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance negotiation(View view);

        static native TemplateInstance reportImported(NegotiationDto.View negotiation, ReportDto.Imported imported);
    }

    @Inject
    NegotiationService negotiations;

    @Inject
    SourceService sources;

    @Inject
    ReportImportService reports;

    @Inject
    ImportGuard guard;

    @Inject
    Validator validator;

    @GET
    @Path("/negotiation")
    public TemplateInstance negotiation(@QueryParam("slug") String slug) {
        if (slug == null) {
            throw ProblemException.badRequest("slug", "name the negotiation: /edit/negotiation?slug=…");
        }
        NegotiationDto.View negotiation = NegotiationDto.View.of(negotiations.get(slug));
        PageRequest all = new PageRequest(0, PageRequest.MAX_SIZE, null);
        List<ReadingDto.View> readings = negotiations.listReadings(slug, null, all).items();
        int next = readings.stream().mapToInt(ReadingDto.View::sequenceNumber).max().orElse(0) + 1;
        return Templates.negotiation(new View(negotiation, readings, sources.list(slug, null, all).items(), next));
    }

    @POST
    @Path("/negotiations/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("slug") String slug, @RestForm String title, @RestForm String description,
                           @Context Request preconditions) {
        // The form edits the title and description; the status terms are sent back as they are (the request replaces them).
        NegotiationDto.View current = NegotiationDto.View.of(negotiations.get(slug));
        NegotiationDto.Request request = Forms.valid(validator, new NegotiationDto.Request(slug, Forms.blankToNull(title),
                Forms.blankToNull(description), current.statusTerms()));
        negotiations.update(slug, request, preconditions);
        return Forms.seeOther(PATH + "?slug=" + slug);
    }

    @POST
    @Path("/negotiations/{slug}/readings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addReading(@PathParam("slug") String slug, @RestForm Integer sequenceNumber, @RestForm String label,
                               @RestForm String documentSymbol, @RestForm String date, @RestForm String sessionLabel) {
        ReadingDto.Request request = Forms.valid(validator, readingRequest(sequenceNumber, label, documentSymbol, date, sessionLabel));
        Reading reading = negotiations.createReading(slug, request);
        return Forms.seeOther(ReadingEditor.PATH + "?id=" + reading.getId());
    }

    @POST
    @Path("/negotiations/{slug}/reports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importReport(@PathParam("slug") String slug, @RestForm FileUpload report, @RestForm String reading,
                                 @RestForm String url, @Context HttpServerRequest http) {
        NegotiationDto.View negotiation = NegotiationDto.View.of(negotiations.get(slug));
        String text = new String(Forms.bytesOf(report, "report"), StandardCharsets.UTF_8);
        if (text.length() > guard.maxReportCharacters()) {
            throw new ProblemException(413, "Content too large", "the report has " + text.length() + " characters; at most "
                    + guard.maxReportCharacters() + " are accepted (treaty.imports.max-report-characters)", "report");
        }
        Long readingId = Forms.blankToNull(reading) == null ? null : parseId(reading, "reading");
        ReportDto.Imported imported = guard.run(http, deadline -> reports.ingest(slug, text, readingId, null,
                Forms.safe(Forms.blankToNull(url), "url"), deadline));
        return Response.status(imported.unchanged() ? 200 : 201).entity(Templates.reportImported(negotiation, imported)).build();
    }

    /** The reading request of a form: the date as the ISO date an input of type date sends. */
    static ReadingDto.Request readingRequest(Integer sequenceNumber, String label, String documentSymbol, String date, String sessionLabel) {
        LocalDate day;
        try {
            day = Forms.blankToNull(date) == null ? null : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("date", "date must be a day such as 2015-02-13");
        }
        return new ReadingDto.Request(sequenceNumber, Forms.blankToNull(label), Forms.blankToNull(documentSymbol), day,
                Forms.blankToNull(sessionLabel));
    }

    static long parseId(String value, String field) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(field, field + " must be an id");
        }
    }
}
