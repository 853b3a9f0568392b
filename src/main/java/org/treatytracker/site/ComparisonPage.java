package org.treatytracker.site;

import org.treatytracker.text.Html;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.treatytracker.api.PageRequest;
import org.treatytracker.compare.ComparisonDto;
import org.treatytracker.compare.ComparisonService;
import org.treatytracker.negotiation.Negotiation;
import org.treatytracker.negotiation.NegotiationService;
import org.treatytracker.negotiation.ReadingDto;

/**
 * Compare two readings: per provision its status, the word diff inline ({@code <ins>}/{@code <del>}), and the
 * bracket sets opened, resolved and dropped; filtered to changed provisions or to one chapter, all in the query
 * string ({@code ?from=1&to=2&changed=true&chapter=chp_2}). Without from and to, the last two readings.
 */
@Path("/negotiations/{slug}/compare")
@Produces(MediaType.TEXT_HTML)
public class ComparisonPage {

    /** A chapter to filter by. */
    public record ChapterOption(String eId, String title) {
    }

    /** One bracket set that changed, as a line of text. */
    public record SetLine(String text) {
    }

    /** One provision's change. */
    public record Row(long provisionId, String label, String status, String flags, Long toReading, Long fromReading,
                      int changedWords, String diff, List<SetLine> opened, List<SetLine> resolved, List<SetLine> dropped) {
    }

    /** What the page shows; {@code message} says why there is nothing to compare. */
    public record View(String slug, String title, List<ReadingDto.View> readings, ReadingDto.View from, ReadingDto.View to,
                       boolean changedOnly, String chapter, List<ChapterOption> chapters, ComparisonDto.Totals totals,
                       List<Row> rows, int shown, int compared, String message, String json) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance compare(View view);
    }

    @Inject
    NegotiationService negotiations;

    @Inject
    ComparisonService comparisons;

    @GET
    public TemplateInstance compare(@PathParam("slug") String slug, @QueryParam("from") Long from, @QueryParam("to") Long to,
            @QueryParam("changed") boolean changedOnly, @QueryParam("chapter") String chapter) {
        Negotiation negotiation = negotiations.get(slug);
        List<ReadingDto.View> readings = negotiations.listReadings(slug, null, new PageRequest(0, PageRequest.MAX_SIZE, null)).items();
        String wanted = chapter == null || chapter.isBlank() ? "" : chapter.trim();
        if (readings.isEmpty() || (from == null || to == null) && readings.size() < 2) {
            return Templates.compare(new View(slug, negotiation.getTitle(), readings, null, null, changedOnly, wanted, List.of(), null,
                    List.of(), 0, 0, "This negotiation has fewer than two readings: there is nothing to compare yet.",
                    "/api/v1/negotiations/" + slug + "/readings"));
        }
        long fromId = from != null ? from : readings.get(readings.size() - 2).id();
        long toId = to != null ? to : readings.get(readings.size() - 1).id();
        ComparisonDto.Comparison comparison = comparisons.compare(slug, fromId, toId, true, false);
        List<ChapterOption> chapters = comparison.chapters().stream().filter(c -> c.eId() != null)
                .map(c -> new ChapterOption(c.eId(), c.title() == null ? c.eId() : c.title())).toList();
        List<Row> rows = new ArrayList<>();
        for (ComparisonDto.ProvisionChange change : comparison.provisions()) {
            if (changedOnly && change.status() == ComparisonDto.Status.UNCHANGED) {
                continue;
            }
            if (!wanted.isEmpty() && !inChapter(change, wanted)) {
                continue;
            }
            rows.add(row(change, fromId, toId));
        }
        ReadingDto.View fromReading = readings.stream().filter(r -> r.id() == fromId).findFirst().orElse(null);
        ReadingDto.View toReading = readings.stream().filter(r -> r.id() == toId).findFirst().orElse(null);
        String json = "/api/v1/negotiations/" + slug + "/compare?from=" + fromId + "&to=" + toId;
        return Templates.compare(new View(slug, negotiation.getTitle(), readings, fromReading, toReading, changedOnly,
                wanted, chapters, comparison.totals(), rows, rows.size(), comparison.provisions().size(), null, json));
    }

    /** A provision is in a chapter when it is the chapter or sits directly in it, at either reading. */
    private static boolean inChapter(ComparisonDto.ProvisionChange change, String chapter) {
        for (ComparisonDto.Side side : new ComparisonDto.Side[] {change.from(), change.to()}) {
            if (side != null && (chapter.equals(side.eId()) || chapter.equals(side.parentEId()))) {
                return true;
            }
        }
        return false;
    }

    private static Row row(ComparisonDto.ProvisionChange change, long from, long to) {
        ComparisonDto.Side side = change.to() != null ? change.to() : change.from();
        String label = Wording.provision(change.kind(), side.number(), side.title());
        List<String> flags = new ArrayList<>();
        if (change.renumbered() && change.status() != ComparisonDto.Status.RENUMBERED) {
            flags.add("renumbered");
        }
        if (change.moved() && change.status() != ComparisonDto.Status.MOVED) {
            flags.add("moved");
        }
        if (change.changed() && change.status() != ComparisonDto.Status.CHANGED) {
            flags.add("changed");
        }
        if (change.renumbered() && change.from() != null && change.to() != null
                && !Objects.equals(change.from().number(), change.to().number())) {
            flags.add("was " + change.from().number());
        }
        ComparisonDto.Brackets b = change.brackets();
        return new Row(change.provisionId(), label, Wording.status(change.status()), String.join(", ", flags),
                change.to() == null ? null : to, change.from() == null ? null : from, change.changedWords(),
                change.diff() == null ? null : diff(change.diff()),
                b.opened().stream().map(s -> new SetLine(alternatives(s))).toList(),
                b.resolved().stream().map(s -> new SetLine(alternatives(s) + " → kept “" + s.resolvedText() + "”")).toList(),
                b.dropped().stream().map(s -> new SetLine(alternatives(s))).toList());
    }

    private static String alternatives(ComparisonDto.SetChange set) {
        StringBuilder out = new StringBuilder();
        for (String alternative : set.alternatives()) {
            out.append(out.isEmpty() ? "" : " ").append('[').append(abbreviate(alternative)).append(']');
        }
        return out.toString();
    }

    private static String abbreviate(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 160 ? flat : flat.substring(0, 157) + "…";
    }

    /** The word diff as HTML: insertions in {@code <ins>}, deletions in {@code <del>}, the rest as it is. */
    static String diff(List<ComparisonDto.Run> runs) {
        StringBuilder out = new StringBuilder();
        for (ComparisonDto.Run run : runs) {
            String text = Html.escape(run.text());
            switch (run.op()) {
                case INSERT -> out.append("<ins>").append(text).append("</ins>");
                case DELETE -> out.append("<del>").append(text).append("</del>");
                default -> out.append(text);
            }
        }
        return out.toString();
    }
}
