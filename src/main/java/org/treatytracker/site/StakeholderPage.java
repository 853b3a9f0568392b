package org.treatytracker.site;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.negotiation.Reading;
import org.treatytracker.negotiation.ReadingRepository;
import org.treatytracker.position.PositionDto;
import org.treatytracker.position.PositionFilter;
import org.treatytracker.position.StakeholderPositions;
import org.treatytracker.stakeholder.StakeholderDto;
import org.treatytracker.stakeholder.StakeholderService;

/**
 * A stakeholder: who it is (with its members, for a group), its positions across provisions and readings — its
 * own, those it voiced for a group, its groups', and for a group those its members voiced — provision by
 * provision, and, on request, its alignment with another stakeholder. Reads the services of
 * {@code GET /stakeholders/{id}}, {@code /stakeholders/{id}/positions} and {@code /stakeholders/{id}/alignment}.
 */
@Path("/stakeholders/{id}")
@Produces(MediaType.TEXT_HTML)
public class StakeholderPage {

    /** One position in the stakeholder's list. */
    public record Row(long id, String reading, String readingHref, String stance, String speaker, String relation, String quote,
                      String citation, String citationHref) {
    }

    /** The comparison with another stakeholder asked for in {@code with}, or the reason there is none. */
    public record AlignmentView(String asked, PositionDto.Alignment alignment, String problem) {
    }

    /** The positions on one provision (or on the whole text). */
    public record Target(String label, String href, List<Row> rows) {
    }

    /** One choice of a filter's select: its value, its words, whether it is in force. */
    public record Choice(String value, String text, boolean selected) {
    }

    /** The filters in force and their choices (readings and reports: those of the positions shown, and the one chosen). */
    public record Filters(List<Choice> stances, List<Choice> readings, List<Choice> reports, boolean any) {
    }

    /** One provision of the alignment, in readers' words. */
    public record AlignmentRow(String provision, String href, String stances, String otherStances, String agreement) {
    }

    /** What the page shows. */
    public record View(StakeholderDto.View stakeholder, String kind, List<Target> targets, long positions, Pager pager, String json,
                       AlignmentView alignment, Filters filters, List<AlignmentRow> alignmentRows, String csv) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance stakeholder(View view);
    }

    @Inject
    StakeholderService stakeholders;

    @Inject
    StakeholderPositions positions;

    @Inject
    ReadingRepository readings;

    @GET
    public TemplateInstance stakeholder(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page,
                                        @QueryParam("with") String with, @QueryParam("stance") String stance,
                                        @QueryParam("reading") Long reading, @QueryParam("report") Long report) {
        StakeholderDto.View stakeholder = StakeholderDto.View.of(stakeholders.get(id), true);
        PositionFilter filter = new PositionFilter();
        filter.stance = PositionFilters.stance(stance);
        filter.reading = reading;
        filter.source = report;
        Page<PositionDto.StakeholderPosition> found = positions.of(id, filter,
                new PageRequest(Math.max(0, page), PageRequest.MAX_SIZE, null));
        Set<Long> readingIds = found.items().stream().map(sp -> sp.position().readingId()).collect(Collectors.toSet());
        Map<Long, String> readingLabels = new HashMap<>();
        if (!readingIds.isEmpty()) {
            for (Reading r : readings.list("id in ?1", readingIds)) {
                readingLabels.put(r.getId(), r.getLabel());
            }
        }
        Map<String, Target> targets = new LinkedHashMap<>();
        for (PositionDto.StakeholderPosition sp : found.items()) {
            PositionDto.View p = sp.position();
            PositionDto.Target t = p.target();
            String key = t.provisionId() == null ? "reading-" + p.readingId() : "provision-" + t.provisionId();
            String label = t.provisionId() == null ? "The whole text" : Wording.provision(t.kind(), t.number(), t.title());
            String href = t.provisionId() == null ? SiteLinks.reading(p.readingId()) : "/provisions/" + t.provisionId();
            String readingLabel = readingLabels.getOrDefault(p.readingId(), "Reading " + p.readingId());
            String readingHref = SiteLinks.position(t.provisionId(), p.readingId(), p.id());
            ProvisionPage.PositionRow row = ProvisionPage.row(p);
            String speaker = p.speaker().words();
            targets.computeIfAbsent(key, k -> new Target(label, href, new ArrayList<>())).rows().add(new Row(p.id(), readingLabel,
                    readingHref, Wording.stance(p.stance()), speaker, Wording.relation(sp.relation(), sp.via()), p.quote(), row.citation(),
                    row.citationHref()));
        }
        String kind = Wording.kind(stakeholder.kind());
        Map<String, String> readingChoices = new LinkedHashMap<>();
        Map<String, String> reportChoices = new LinkedHashMap<>();
        for (PositionDto.StakeholderPosition sp : found.items()) {
            readingChoices.putIfAbsent(String.valueOf(sp.position().readingId()), readingLabels.getOrDefault(sp.position().readingId(), "Reading"));
            PositionDto.Citation c = sp.position().citation();
            reportChoices.putIfAbsent(String.valueOf(c.sourceDocumentId()), c.sourceTitle() != null ? c.sourceTitle()
                    : c.symbol() != null ? c.symbol() : "Report " + c.sourceDocumentId());
        }
        Filters filters = new Filters(PositionFilters.stances(filter.stance),
                PositionFilters.choices(readingChoices, reading), PositionFilters.choices(reportChoices, report),
                filter.stance != null || reading != null || report != null);
        String query = PositionFilters.query(filter.stance, reading, report);
        AlignmentView alignment = alignment(id, with);
        return Templates.stakeholder(new View(stakeholder, kind, List.copyOf(targets.values()), found.total(),
                Pager.of(found, "/stakeholders/" + id + "?" + query), "/api/v1/stakeholders/" + id, alignment, filters,
                alignment == null || alignment.alignment() == null ? List.of() : alignmentRows(alignment.alignment()),
                "/downloads/stakeholders/" + id + "/positions.csv"));
    }

    /** The alignment's provisions with stances and agreement in words, not enums. */
    static List<AlignmentRow> alignmentRows(PositionDto.Alignment alignment) {
        return alignment.items().stream().map(i -> new AlignmentRow(Wording.eId(i.eId()), "/provisions/" + i.provisionId(),
                claims(i.stances()), claims(i.otherStances()), switch (i.agreement()) {
                    case SAME -> "same stance";
                    case OPPOSITE -> "opposite stances";
                    case DIFFERENT -> "different stances";
                })).toList();
    }

    private static String claims(List<PositionDto.Claim> claims) {
        return claims.stream().map(c -> Wording.stance(c.stance()) + (c.alternativeIndex() == null ? ""
                : " (bracket set " + (c.bracketSetIndex() + 1) + ", alternative " + (c.alternativeIndex() + 1)
                + (c.atReading() == null ? "" : ", reading " + c.atReading()) + ")")).collect(Collectors.joining("; "));
    }

    /** The alignment with the stakeholder named in {@code with} (any of its names), if asked. */
    private AlignmentView alignment(long id, String with) {
        if (with == null || with.isBlank()) {
            return null;
        }
        var other = stakeholders.names().find(with.strip());
        if (other.isEmpty()) {
            return new AlignmentView(with.strip(), null, "No stakeholder is named or known as “" + with.strip() + "”.");
        }
        if (other.get() == id) {
            return new AlignmentView(with.strip(), null, "Choose another stakeholder to compare with.");
        }
        return new AlignmentView(with.strip(), positions.alignment(id, other.get(), null), null);
    }
}
