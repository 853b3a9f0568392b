package org.treatytracker.site;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatytracker.api.PageRequest;
import org.treatytracker.audit.AuditService;
import org.treatytracker.negotiation.Negotiation;
import org.treatytracker.negotiation.NegotiationService;
import org.treatytracker.negotiation.ReadingDto;
import org.treatytracker.provision.BracketDto;
import org.treatytracker.provision.BracketService;
import org.treatytracker.provision.ProvisionKind;
import org.treatytracker.provision.ProvisionVersion;
import org.treatytracker.provision.ProvisionVersionRepository;
import org.treatytracker.text.BracketChangesCache;
import org.treatytracker.text.ParsedDraft;
import org.treatytracker.text.StatusVocabulary;

/**
 * A negotiation: its readings with their bracket and option totals, a chart per chapter of how the bracket sets
 * fall from reading to reading, the form that compares two readings, and the latest changes. A constant number of
 * statements: the negotiation, its readings, every reading's draft in one query, and the changes feed.
 */
@Path("/negotiations/{slug}")
@Produces(MediaType.TEXT_HTML)
public class NegotiationPage {

    /** A reading with its totals and its progress headline ("13 of 29 articles have no brackets left"). */
    public record ReadingRow(ReadingDto.View reading, String shortLabel, int provisions, BracketDto.Counts counts, String agreed,
                             String headline, Integer resolved) {
    }

    /** One chapter's chart (or, in a draft without chapters, one top-level provision's). */
    public record Chart(String title, String svg) {
    }

    /** What the page shows. */
    public record View(String slug, String title, String description, List<ReadingRow> readings, List<Chart> charts,
                       Long compareFrom, Long compareTo, List<ChangesPage.Entry> changes, boolean statusTagged) {

        /** The latest reading's row, for the page's headline; null before any reading. */
        public ReadingRow latest() {
            return readings.isEmpty() ? null : readings.get(readings.size() - 1);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance negotiation(View view);
    }

    @Inject
    NegotiationService negotiations;

    @Inject
    ProvisionVersionRepository versions;

    @Inject
    AuditService audit;

    @GET
    public TemplateInstance negotiation(@PathParam("slug") String slug) {
        Negotiation negotiation = negotiations.get(slug);
        List<ReadingDto.View> readings = negotiations.listReadings(slug, null, new PageRequest(0, PageRequest.MAX_SIZE, null)).items();
        Map<Long, Integer> column = new HashMap<>();
        for (int i = 0; i < readings.size(); i++) {
            column.put(readings.get(i).id(), i);
        }
        int[] provisions = new int[readings.size()];
        int[] articles = new int[readings.size()];
        int[] agreed = new int[readings.size()];
        int[] cleanArticles = new int[readings.size()];
        int[] resolved = new int[readings.size()];
        // The previous reading's drafts by provision, to count the sets resolved since it (no statement: in memory).
        Map<Long, ParsedDraft> before = Map.of();
        Map<Long, ParsedDraft> current = new HashMap<>();
        int currentAt = -1;
        BracketDto.Counts[] counts = new BracketDto.Counts[readings.size()];
        Map<Long, Group> groups = new LinkedHashMap<>();
        for (ProvisionVersion version : versions.listOfNegotiation(negotiation.getId())) {
            Integer at = column.get(version.getReading().getId());
            if (at == null || version.isPartOfParent()) {
                continue;  // beyond the first 200 readings, or a paragraph counted in its article
            }
            if (at != currentAt) {
                before = currentAt == at - 1 ? current : Map.of();
                current = new HashMap<>();
                currentAt = at;
            }
            ParsedDraft parsed = BracketService.parse(version);
            BracketDto.Counts these = BracketDto.Counts.of(parsed);
            provisions[at]++;
            current.put(version.getProvision().getId(), parsed);
            ParsedDraft earlier = before.get(version.getProvision().getId());
            if (earlier != null && !earlier.sets().isEmpty()) {
                resolved[at] += BracketChangesCache.shared().between(earlier, parsed).resolved().size();
            }
            if (version.getProvision().getKind() == ProvisionKind.ARTICLE) {
                articles[at]++;
                cleanArticles[at] += these.bracketSets() == 0 ? 1 : 0;
                // Whatever status a draft's tags give other than open ("agreed ad ref", "agreed") counts as agreed.
                agreed[at] += StatusVocabulary.OPEN.equals(parsed.status()) ? 0 : 1;
            }
            counts[at] = counts[at] == null ? these : counts[at].plus(these);
            ProvisionVersion top = top(version);
            groups.computeIfAbsent(top.getProvision().getId(), id -> new Group(readings.size())).add(at, top, these.bracketSets());
        }
        List<Group> inOrder = new ArrayList<>(groups.values());
        // The draft's order: where each chapter stands in the latest reading that has it.
        inOrder.sort(java.util.Comparator.comparingInt((Group g) -> g.ordinal));
        List<ReadingRow> rows = new ArrayList<>();
        boolean tagged = false;
        for (int i = 0; i < readings.size(); i++) {
            tagged |= agreed[i] > 0;
            rows.add(new ReadingRow(readings.get(i), shortLabel(readings.get(i)), provisions[i],
                    counts[i] == null ? BracketDto.Counts.NONE : counts[i],
                    agreed[i] == 0 ? null : agreed[i] + " of " + articles[i] + " articles",
                    headline(i, articles[i], cleanArticles[i], inOrder), i == 0 ? null : resolved[i]));
        }
        List<Chart> charts = new ArrayList<>();
        int n = 0;
        for (Group group : inOrder) {
            List<BracketChart.Bar> bars = new ArrayList<>();
            for (int i = 0; i < readings.size(); i++) {
                bars.add(new BracketChart.Bar(rows.get(i).shortLabel(), readings.get(i).label(), group.sets[i]));
            }
            charts.add(new Chart(group.title, BracketChart.svg("chart-" + (++n), group.title, bars)));
        }
        int last = readings.size() - 1;
        View view = new View(negotiation.getSlug(), negotiation.getTitle(), negotiation.getDescription(), rows, charts,
                last >= 1 ? readings.get(last - 1).id() : null, last >= 1 ? readings.get(last).id() : null,
                ChangesPage.entries(audit.latest(negotiation.getId(), 8), audit), tagged);
        return Templates.negotiation(view);
    }

    /**
     * "13 of 29 articles have no brackets left"; a text without articles (a draft decision) is told by its top-level
     * parts (sections), whose brackets are those of everything in them.
     */
    static String headline(int reading, int articles, int cleanArticles, List<Group> tops) {
        if (articles > 0) {
            return cleanArticles + " of " + articles + " article" + (articles == 1 ? " has" : "s have") + " no brackets left";
        }
        int parts = 0;
        int clean = 0;
        for (Group group : tops) {
            if (group.sets[reading] != null) {
                parts++;
                clean += group.sets[reading] == 0 ? 1 : 0;
            }
        }
        return parts == 0 ? "no provision yet" : clean + " of " + parts + " top-level part" + (parts == 1 ? " has" : "s have") + " no brackets left";
    }

    /** "R3" for the third reading: short enough for a bar's label; the readings table says what each is. */
    static String shortLabel(ReadingDto.View reading) {
        return "R" + reading.sequenceNumber();
    }

    /** The chapter or preamble a version sits in; a provision outside any is its own group. */
    private static ProvisionVersion top(ProvisionVersion version) {
        ProvisionVersion top = version;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        return top;
    }

    /** The bracket sets of one chapter at each reading; null where the chapter is not in the reading. */
    private static final class Group {
        final Integer[] sets;
        String title;
        int ordinal;

        Group(int readings) {
            sets = new Integer[readings];
        }

        void add(int reading, ProvisionVersion top, int bracketSets) {
            sets[reading] = (sets[reading] == null ? 0 : sets[reading]) + bracketSets;
            // The latest reading names the chapter (versions come reading by reading, oldest first).
            title = Wording.provision(top.getProvision().getKind(), top.getNumber(), top.getTitle());
            ordinal = top.getOrdinal();
        }
    }
}
