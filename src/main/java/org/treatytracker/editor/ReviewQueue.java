package org.treatytracker.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.api.ProblemException;
import org.treatytracker.api.Roles;
import org.treatytracker.position.Stance;
import org.treatytracker.provision.ProvisionDto;
import org.treatytracker.provision.ProvisionService;
import org.treatytracker.report.ReportDto;
import org.treatytracker.report.Suggestion;
import org.treatytracker.report.SuggestionReviewService;
import org.treatytracker.source.SourceDto;
import org.treatytracker.source.SourceService;
import org.treatytracker.stakeholder.StakeholderDto;
import org.treatytracker.stakeholder.StakeholderKind;
import org.treatytracker.stakeholder.StakeholderService;

/**
 * The review queue of a report: each suggested position beside its paragraph (the sentence marked, its cue words
 * bold), with its speaker, group, stance, target provision and alternative as fields an editor may correct, and
 * accept, reject or register-the-speaker buttons; or a selection accepted or rejected at once. Every action goes
 * through {@link SuggestionReviewService} and {@link StakeholderService}, as {@code POST /api/v1/suggestions/{id}/accept}
 * and {@code POST /api/v1/stakeholders} do.
 */
@Path(EditorResponses.PREFIX)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EDITOR)
@FormAuthentication
public class ReviewQueue {

    static final String PATH = EditorResponses.PREFIX + "/review";
    /** What the target field holds for a position on the whole text. */
    static final String WHOLE_TEXT = "whole text";

    /** One suggestion as the queue shows it. */
    public record Item(ReportDto.SuggestionView suggestion, SourceDto.ParagraphView paragraph, String paragraphHtml,
                       String speaker, String group, String target, boolean unknownSpeaker) {
    }

    /** What the page shows. */
    public record View(SourceDto.View report, String status, long pending, long accepted, long rejected, List<Item> items,
                       List<String> names, List<ProvisionDto.Version> provisions, List<Stance> stances,
                       List<StakeholderKind> kinds, List<String> problems, int done) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(View view);
    }

    @Inject
    SuggestionReviewService review;

    @Inject
    SourceService sources;

    @Inject
    ProvisionService provisions;

    @Inject
    StakeholderService stakeholders;

    @Inject
    Validator validator;

    @GET
    @Path("/review")
    public TemplateInstance queue(@QueryParam("report") Long report, @QueryParam("status") String status, @QueryParam("done") int done) {
        if (report == null) {
            throw ProblemException.badRequest("report", "name the report: /edit/review?report=…");
        }
        return Templates.review(view(report, statusOf(status), List.of(), done));
    }

    /** One action from the queue's form: {@code act} names it (accept-12, reject-12, accept-picked, reject-picked). */
    @POST
    @Path("/review/{report}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("report") long report, MultivaluedMap<String, String> form) {
        String act = String.valueOf(form.getFirst("act"));
        String status = form.getFirst("status");
        boolean accept = act.startsWith("accept-");
        if (!accept && !act.startsWith("reject-")) {
            throw ProblemException.badRequest("act", "act must be accept-ID, reject-ID, accept-picked or reject-picked");
        }
        List<Long> ids = new ArrayList<>();
        String which = act.substring(act.indexOf('-') + 1);
        if (which.equals("picked")) {
            for (String id : form.getOrDefault("pick", List.of())) {
                ids.add(NegotiationEditor.parseId(id, "pick"));
            }
            if (ids.isEmpty()) {
                throw ProblemException.badRequest("pick", "tick the suggestions to " + (accept ? "accept" : "reject") + " first");
            }
        } else {
            ids.add(NegotiationEditor.parseId(which, "act"));
        }
        Map<Long, ReportDto.SuggestionView> all = suggestions(report, null);
        ReviewCorrections corrections = new ReviewCorrections(stakeholders.names(), targets(all.values()));
        List<String> problems = new ArrayList<>();
        int done = 0;
        for (long id : ids) {
            ReportDto.SuggestionView s = all.get(id);
            if (s == null) {
                problems.add("Suggestion " + id + " is not one of this report's.");
                continue;
            }
            try {
                if (accept) {
                    review.accept(id, Forms.valid(validator, corrections.of(s, form)));
                } else {
                    review.reject(id);
                }
                done++;
            } catch (ProblemException e) {
                problems.add("Suggestion " + id + " (paragraph " + s.citation().paragraphNumber() + "): " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            return Response.status(ids.size() == 1 ? 422 : 200).entity(Templates.review(view(report, statusOf(status), problems, done))).build();
        }
        return Forms.seeOther(PATH + "?report=" + report + (status == null ? "" : "&status=" + status) + "&done=" + done);
    }

    /** Registers a speaker the register does not know, from the suggestion that names it, and comes back to it. */
    @POST
    @Path("/review/{report}/speakers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response registerSpeaker(@PathParam("report") long report, MultivaluedMap<String, String> form) {
        StakeholderKind kind;
        try {
            kind = StakeholderKind.valueOf(String.valueOf(form.getFirst("kind")));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("kind", "kind must be one of " + List.of(StakeholderKind.values()));
        }
        String name = Forms.blankToNull(form.getFirst("name"));
        String iso = Forms.blankToNull(form.getFirst("isoCode"));
        stakeholders.create(Forms.valid(validator, new StakeholderDto.Request(name, kind, iso == null ? null : iso.toUpperCase(java.util.Locale.ROOT),
                kind == StakeholderKind.GROUP_OF_STATES, null, null)));
        String anchor = form.getFirst("suggestion") == null ? "" : "#s-" + NegotiationEditor.parseId(form.getFirst("suggestion"), "suggestion");
        return Forms.seeOther(PATH + "?report=" + report + anchor);
    }

    private View view(long report, Suggestion.Status status, List<String> problems, int done) {
        SourceDto.View source = SourceDto.View.of(sources.get(report), false);
        Map<Long, ReportDto.SuggestionView> shown = suggestions(report, status);
        Map<Long, SourceDto.ParagraphView> paragraphs = new LinkedHashMap<>();
        for (int page = 0; ; page++) {
            Page<SourceDto.ParagraphView> batch = sources.listParagraphs(report, null, new PageRequest(page, PageRequest.MAX_SIZE, null));
            batch.items().forEach(p -> paragraphs.put(p.id(), p));
            if (paragraphs.size() >= batch.total() || batch.items().isEmpty()) {
                break;
            }
        }
        var names = stakeholders.names();
        List<Item> items = new ArrayList<>();
        for (ReportDto.SuggestionView s : shown.values()) {
            SourceDto.ParagraphView p = paragraphs.get(s.citation().paragraphId());
            String speaker = s.stakeholder() != null ? s.stakeholder().name() : s.suggestedStakeholder() == null ? "" : s.suggestedStakeholder();
            boolean unknown = s.stakeholder() == null && s.suggestedStakeholder() != null && names.find(s.suggestedStakeholder()).isEmpty();
            String group = s.onBehalfOf() != null ? s.onBehalfOf().name() : s.onBehalfOfName() == null ? "" : s.onBehalfOfName();
            String target = s.target().eId() == null ? WHOLE_TEXT : s.target().eId();
            items.add(new Item(s, p, p == null ? "" : Highlight.paragraph(p.text(), s.quote()), speaker, group, target, unknown));
        }
        List<String> register = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<StakeholderDto.View> batch = stakeholders.list(null, null, new PageRequest(page, PageRequest.MAX_SIZE, null));
            batch.items().forEach(v -> register.add(v.name()));
            if (register.size() >= batch.total() || batch.items().isEmpty()) {
                break;
            }
        }
        register.sort(String.CASE_INSENSITIVE_ORDER);
        long readingId = source.readingId() == null ? -1 : source.readingId();
        return new View(source, status == null ? "ALL" : status.name(), count(report, Suggestion.Status.PENDING),
                count(report, Suggestion.Status.ACCEPTED), count(report, Suggestion.Status.REJECTED), items, register,
                readingId < 0 ? List.of() : provisionsAt(readingId), List.of(Stance.values()), List.of(StakeholderKind.values()), problems, done);
    }

    private long count(long report, Suggestion.Status status) {
        return review.list(report, status, null, new PageRequest(0, 1, null)).total();
    }

    private Map<Long, ReportDto.SuggestionView> suggestions(long report, Suggestion.Status status) {
        Map<Long, ReportDto.SuggestionView> out = new LinkedHashMap<>();
        for (int page = 0; ; page++) {
            Page<ReportDto.SuggestionView> batch = review.list(report, status, null, new PageRequest(page, PageRequest.MAX_SIZE, null));
            batch.items().forEach(s -> out.put(s.id(), s));
            if (out.size() >= batch.total() || batch.items().isEmpty()) {
                return out;
            }
        }
    }

    private List<ProvisionDto.Version> provisionsAt(long readingId) {
        List<ProvisionDto.Version> out = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<ProvisionDto.Version> batch = provisions.listAtReading(readingId, null, true, null, new PageRequest(page, PageRequest.MAX_SIZE, null));
            out.addAll(batch.items());
            if (out.size() >= batch.total() || batch.items().isEmpty()) {
                return out;
            }
        }
    }

    /** The eIds of the readings the suggestions are about, each to its provision version there. */
    private Map<String, Long> targets(java.util.Collection<ReportDto.SuggestionView> all) {
        Map<String, Long> out = new LinkedHashMap<>();
        all.stream().map(ReportDto.SuggestionView::readingId).distinct()
                .forEach(r -> provisionsAt(r).forEach(v -> out.putIfAbsent(v.eId(), v.id())));
        return out;
    }

    private static Suggestion.Status statusOf(String status) {
        if (status == null || status.isBlank()) {
            return Suggestion.Status.PENDING;
        }
        if (status.equals("ALL")) {
            return null;
        }
        try {
            return Suggestion.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status", "status must be PENDING, ACCEPTED, REJECTED or ALL");
        }
    }
}
