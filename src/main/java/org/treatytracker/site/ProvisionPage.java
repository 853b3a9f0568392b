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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.api.ProblemException;
import org.treatytracker.compare.ComparisonDto;
import org.treatytracker.compare.ComparisonService;
import org.treatytracker.negotiation.NegotiationService;
import org.treatytracker.negotiation.ReadingDto;
import org.treatytracker.position.PositionDto;
import org.treatytracker.position.PositionFilter;
import org.treatytracker.position.PositionService;
import org.treatytracker.position.Stance;
import org.treatytracker.provision.AlternativeBackers;
import org.treatytracker.provision.BracketDto;
import org.treatytracker.provision.BracketService;
import org.treatytracker.provision.ProvisionDto;
import org.treatytracker.provision.ProvisionService;
import org.treatytracker.text.BracketSet;
import org.treatytracker.text.ParsedDraft;

/**
 * A provision at a reading: its text with the bracket sets marked, the list of those sets, its history across
 * readings, and every position taken on it at that reading, grouped by stance, each linked to the report paragraph
 * it cites. Reads the services of {@code GET /provisions/{id}}, {@code /history} and {@code /positions}.
 */
@Path("/provisions/{id}")
@Produces(MediaType.TEXT_HTML)
public class ProvisionPage {

    /** One bracket set in the list under the text; {@code positions} counts the positions that name it. */
    public record SetRow(int number, String anchor, boolean options, int depth, List<AlternativeRow> alternatives, long positions) {
    }

    /** One alternative of a set, and who stands where on it; {@code anchor} is where the text's badge links. */
    public record AlternativeRow(int set, int number, String anchor, String text, List<BackerRow> supporters,
                                 List<BackerRow> opponents, List<BackerRow> others) {

        public boolean backed() {
            return !supporters.isEmpty() || !opponents.isEmpty() || !others.isEmpty();
        }

        /** The badge's words in the text: "2 for, 1 against, 1 other"; null when nobody took a position on it. */
        String badge() {
            List<String> words = new ArrayList<>();
            if (!supporters.isEmpty()) {
                words.add(supporters.size() + " for");
            }
            if (!opponents.isEmpty()) {
                words.add(opponents.size() + " against");
            }
            if (!others.isEmpty()) {
                words.add(others.size() + (others.size() == 1 ? " other" : " others"));
            }
            return words.isEmpty() ? null : String.join(", ", words);
        }
    }

    /** The reading at which the provision can be compared with another, for the form on its page. */
    public record CompareForm(String action, List<HistoryRow> readings, long from, long to) {
    }

    /** A position on one alternative: who, with what stance, and the paragraph that says so. */
    public record BackerRow(long positionId, String speaker, Long stakeholderId, String stance, String citation, String citationHref) {
    }

    /** One reading of the provision, and what changed from the previous one. */
    public record HistoryRow(long readingId, String reading, String label, String status, int changedWords, int opened,
                             int resolved, int dropped, boolean shown, String compare) {
    }

    /** One position as a reader sees it. */
    public record PositionRow(long id, String speaker, Long stakeholderId, String quantifier, String onBehalfOf,
                              Long onBehalfOfId, String quote, String summary, String proposedText, String preferredAlternative,
                              Integer setNumber, String citation, String citationHref, String part, String partHref) {

        /** The same position, shown on its article's page: it was taken on one of the article's paragraphs. */
        PositionRow onPart(String label, String href) {
            return new PositionRow(id, speaker, stakeholderId, quantifier, onBehalfOf, onBehalfOfId, quote, summary, proposedText,
                    preferredAlternative, setNumber, citation, citationHref, label, href);
        }
    }

    /** The positions of one stance. */
    public record StanceGroup(String stance, String anchor, List<PositionRow> positions) {
    }

    /** A paragraph or subparagraph of the provision's text, a provision of its own that positions can name. */
    public record PartRow(String label, String eId, String href) {
    }

    /** What the page shows. */
    public record View(ProvisionDto.View provision, ProvisionDto.Version version, String label, ReadingDto.View reading,
                       String negotiationTitle, String markedText, List<SetRow> sets, List<HistoryRow> history,
                       List<StanceGroup> stances, long positions, Pager pager, String json, List<PartRow> parts,
                       List<AlternativeRow> backed, CompareForm compare) {
    }

    /** The provision between its versions at two readings: the same account of the change as the comparison page. */
    public record CompareView(ProvisionDto.View provision, String label, String negotiationTitle, ReadingDto.View from,
                              ReadingDto.View to, ProvisionChangeView change, CompareForm compare, String json) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance provision(View view, PositionFilters.Form filters);

        static native TemplateInstance compare(CompareView view);
    }

    @Inject
    ProvisionService provisions;

    @Inject
    NegotiationService negotiations;

    @Inject
    ComparisonService comparisons;

    @Inject
    PositionService positions;

    @Inject
    AlternativeBackers backers;

    @GET
    public TemplateInstance provision(@PathParam("id") long id, @QueryParam("reading") Long readingId,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("stakeholder") Long stakeholder,
            @QueryParam("stance") String stance, @QueryParam("report") Long report) {
        ProvisionDto.View provision = provisions.view(id);
        ProvisionDto.Version version = versionAt(provision, readingId);
        long shown = version.readingId();
        Map<Long, ReadingDto.View> readings = readingsOf(provision.negotiation());
        ParsedDraft draft = BracketService.parse(provisions.getVersion(version.id()));
        PositionFilter filter = PositionFilters.of(stakeholder, stance, report);
        Page<PositionDto.View> found = positionsAt(id, shown, page, filter);
        List<PositionDto.View> onThisVersion = found.items().stream()
                .filter(p -> Objects.equals(p.target().provisionVersionId(), version.id())).toList();
        List<AlternativeBackers.Backing> backings = draft.sets().isEmpty() ? List.of() : backers.of(version.id());
        String json = "/api/v1/provisions/" + id + "/positions?paragraphs=true&reading=" + shown + "&size=" + PageRequest.MAX_SIZE
                + "&page=" + found.page();
        List<SetRow> sets = sets(draft, onThisVersion, backings);
        List<AlternativeRow> backed = sets.stream().flatMap(set -> set.alternatives().stream()).filter(AlternativeRow::backed).toList();
        Map<String, String> badges = new LinkedHashMap<>();
        backed.forEach(a -> badges.put(a.anchor(), a.badge()));
        List<HistoryRow> history = history(comparisons.history(id), readings, shown, provision.negotiation());
        return Templates.provision(new View(provision, version, Wording.provision(provision.kind(), version.number(), version.title()),
                readings.get(shown), negotiations.get(provision.negotiation()).getTitle(), BracketMarkup.render(draft, badges),
                sets, history, stances(found.items(), version.id()), found.total(),
                Pager.of(found, SiteLinks.provision(id, shown) + "&" + PositionFilters.query(filter.stance, null, report)
                        + (stakeholder == null ? "" : "stakeholder=" + stakeholder + "&")), json,
                parts(version.id()), backed, compareForm(id, history, shown, null)),
                PositionFilters.form(found.items(), filter, "/downloads/provisions/" + id + "/positions.csv"));
    }

    /**
     * The provision between any two of its readings ({@code ?from=1&to=3}); without them, the reading before the latest
     * and the latest. 404 when it has no version at a reading asked for.
     */
    @GET
    @Path("compare")
    public TemplateInstance compare(@PathParam("id") long id, @QueryParam("from") Long from, @QueryParam("to") Long to) {
        ProvisionDto.View provision = provisions.view(id);
        List<ProvisionDto.Version> versions = provision.versions();
        if (versions.isEmpty()) {
            throw ProblemException.notFound("version of provision " + id + " at reading", "(any)");
        }
        long toId = to != null ? to : versions.get(versions.size() - 1).readingId();
        long fromId = from != null ? from : versions.get(Math.max(0, versions.size() - 2)).readingId();
        ComparisonDto.ProvisionChange change = comparisons.between(id, fromId, toId);
        long earlier = readingOf(change.from(), versions);
        long later = readingOf(change.to(), versions);
        Map<Long, ReadingDto.View> readings = readingsOf(provision.negotiation());
        List<HistoryRow> history = new ArrayList<>();
        for (ProvisionDto.Version v : versions) {
            ReadingDto.View r = readings.get(v.readingId());
            history.add(new HistoryRow(v.readingId(), r == null ? "Reading " + v.readingId() : r.label(), null, null, 0, 0, 0, 0, false, null));
        }
        ComparisonDto.Side side = change.to();
        return Templates.compare(new CompareView(provision, ProvisionChangeView.label(provision.kind(), side),
                negotiations.get(provision.negotiation()).getTitle(), readings.get(earlier), readings.get(later),
                ProvisionChangeView.of(change, earlier, later), compareForm(id, history, later, earlier),
                "/api/v1/provisions/" + id + "/history"));
    }

    private static long readingOf(ComparisonDto.Side side, List<ProvisionDto.Version> versions) {
        return versions.stream().filter(v -> v.id() == side.provisionVersionId()).findFirst().orElseThrow().readingId();
    }

    /** The form that compares two readings of the provision: by default the one before {@code to}, and {@code to}. */
    private static CompareForm compareForm(long id, List<HistoryRow> history, long to, Long from) {
        if (history.size() < 2) {
            return null;
        }
        long before = history.get(0).readingId();
        for (HistoryRow row : history) {
            if (row.readingId() == to) {
                break;
            }
            before = row.readingId();
        }
        if (before == to) {
            before = history.get(1).readingId();
        }
        return new CompareForm("/provisions/" + id + "/compare", history, from != null ? from : before, to);
    }

    /** The version at the reading asked for, or at the latest reading that has one. */
    private static ProvisionDto.Version versionAt(ProvisionDto.View provision, Long readingId) {
        List<ProvisionDto.Version> versions = provision.versions();
        if (versions.isEmpty()) {
            throw ProblemException.notFound("version of provision " + provision.id() + " at reading", "(any)");
        }
        if (readingId == null) {
            return versions.get(versions.size() - 1);
        }
        return versions.stream().filter(v -> v.readingId() == readingId).findFirst()
                .orElseThrow(() -> ProblemException.notFound("version of provision " + provision.id() + " at reading", readingId));
    }

    /** The negotiation's readings by id, in their order. */
    private Map<Long, ReadingDto.View> readingsOf(String slug) {
        Map<Long, ReadingDto.View> readings = new LinkedHashMap<>();
        negotiations.listReadings(slug, null, new PageRequest(0, PageRequest.MAX_SIZE, null)).items()
                .forEach(r -> readings.put(r.id(), r));
        return readings;
    }

    /** A page of the positions on the provision at a reading, those on its paragraphs included. */
    private Page<PositionDto.View> positionsAt(long provisionId, long readingId, int page, PositionFilter filter) {
        filter.provision = provisionId;
        filter.withParagraphs = true;
        filter.reading = readingId;
        return positions.list(filter, new PageRequest(Math.max(0, page), PageRequest.MAX_SIZE, null));
    }

    private List<PartRow> parts(long versionId) {
        return provisions.partsOf(versionId).stream().map(p -> new PartRow(Wording.provision(p.kind(), p.number(), null),
                p.eId(), SiteLinks.provision(p.provisionId(), p.readingId()))).toList();
    }

    private static List<SetRow> sets(ParsedDraft draft, List<PositionDto.View> found, List<AlternativeBackers.Backing> backings) {
        List<SetRow> rows = new ArrayList<>();
        for (BracketSet set : draft.sets()) {
            List<AlternativeRow> alternatives = new ArrayList<>();
            for (int a = 0; a < set.alternatives().size(); a++) {
                alternatives.add(new AlternativeRow(set.index() + 1, a + 1, BracketMarkup.alternativeId(set.index(), a),
                        draft.text(set.alternatives().get(a)).strip(),
                        backers(AlternativeBackers.Backing.on(backings, set.index(), a, BracketDto.Side.SUPPORTS)),
                        backers(AlternativeBackers.Backing.on(backings, set.index(), a, BracketDto.Side.OPPOSES)),
                        backers(AlternativeBackers.Backing.on(backings, set.index(), a, BracketDto.Side.OTHER))));
            }
            long naming = found.stream().filter(p -> p.bracketSetIndex() != null && p.bracketSetIndex() == set.index()).count();
            rows.add(new SetRow(set.index() + 1, BracketMarkup.detailId(set.index()), set.kind() == BracketSet.Kind.OPTIONS,
                    set.depth(), alternatives, naming));
        }
        return rows;
    }

    private static List<BackerRow> backers(List<BracketDto.Backer> on) {
        return on.stream().map(b -> new BackerRow(b.positionId(), b.speaker(), b.stakeholderId(), Wording.stance(Stance.valueOf(b.stance())),
                        "paragraph " + b.paragraphNumber() + " of " + b.source().replaceFirst(", paragraph \\d+$", ""),
                        ReportPage.paragraphHref(b.sourceDocumentId(), b.paragraphNumber())))
                .toList();
    }

    private static List<HistoryRow> history(List<ComparisonDto.HistoryEntry> entries, Map<Long, ReadingDto.View> readings,
                                            long shown, String slug) {
        List<HistoryRow> rows = new ArrayList<>();
        Long previous = null;
        for (ComparisonDto.HistoryEntry entry : entries) {
            ComparisonDto.ProvisionChange change = entry.fromPrevious();
            ReadingDto.View reading = readings.get(entry.readingId());
            String readingLabel = reading == null ? "Reading " + entry.sequenceNumber() : reading.label();
            String label = entry.version().number() == null ? String.valueOf(entry.version().title())
                    : entry.version().number() + (entry.version().title() == null ? "" : ". " + entry.version().title());
            rows.add(new HistoryRow(entry.readingId(), readingLabel, label,
                    change == null ? "first recorded" : Wording.status(change.status()), change == null ? 0 : change.changedWords(),
                    change == null ? 0 : change.brackets().opened().size(), change == null ? 0 : change.brackets().resolved().size(),
                    change == null ? 0 : change.brackets().dropped().size(), entry.readingId() == shown,
                    previous == null ? null : SiteLinks.comparison(slug, previous, entry.readingId())));
            previous = entry.readingId();
        }
        return rows;
    }

    /** Positions grouped by stance, in the order of the stances; within a stance, in paragraph order. */
    static List<StanceGroup> stances(List<PositionDto.View> found, long versionId) {
        Map<Stance, List<PositionRow>> grouped = new EnumMap<>(Stance.class);
        for (PositionDto.View p : found) {
            PositionRow row = row(p);
            PositionDto.Target on = p.target();
            if (on.provisionVersionId() != null && on.provisionVersionId() != versionId) {
                row = row.onPart(Wording.provision(on.kind(), on.number(), null) + " (" + on.eId() + ")",
                        SiteLinks.provision(on.provisionId(), p.readingId()));
            }
            grouped.computeIfAbsent(p.stance(), s -> new ArrayList<>()).add(row);
        }
        List<StanceGroup> groups = new ArrayList<>();
        grouped.forEach((stance, rows) -> groups.add(new StanceGroup(Wording.stance(stance), "stance-" + stance.name().toLowerCase(Locale.ROOT), rows)));
        return groups;
    }

    static PositionRow row(PositionDto.View p) {
        PositionDto.Speaker speaker = p.speaker();
        String words = speaker.stakeholder() != null ? speaker.stakeholder().name()
                : speaker.quantifier() != null ? null : "no speaker named (the report’s impersonal form)";
        PositionDto.Citation c = p.citation();
        String citation = c.words();
        return new PositionRow(p.id(), words, speaker.stakeholder() == null ? null : speaker.stakeholder().id(),
                speaker.quantifier() == null ? null : speaker.quantifier().words(),
                speaker.onBehalfOf() == null ? null : speaker.onBehalfOf().name(),
                speaker.onBehalfOf() == null ? null : speaker.onBehalfOf().id(), p.quote(), p.summary(), p.proposedText(),
                p.preferredAlternative(), p.bracketSetIndex() == null ? null : p.bracketSetIndex() + 1, citation,
                ReportPage.paragraphHref(c.sourceDocumentId(), c.paragraphNumber()), null, null);
    }
}
