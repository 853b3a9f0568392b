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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.treatytracker.api.PageRequest;
import org.treatytracker.compare.ComparisonDto;
import org.treatytracker.compare.ComparisonService;
import org.treatytracker.negotiation.Negotiation;
import org.treatytracker.negotiation.NegotiationService;
import org.treatytracker.negotiation.ReadingDto;

/**
 * Compare two readings: a jump list of the changed provisions, then per changed provision what happened to it in
 * words (renumbered, moved, added), a diff a reader can follow (sentences replaced whole, words marked only where
 * few changed, the drafts' Markdown rendered) and each bracket set's fate; the unchanged provisions collapsed into
 * one list. Filtered to one chapter and paged by changed provisions, all in the query string
 * ({@code ?from=1&to=2&chapter=chp_2&page=1}), a page holding about as much diff as a reader takes in at once.
 * Without from and to, the last two readings.
 */
@Path("/negotiations/{slug}/compare")
@Produces(MediaType.TEXT_HTML)
public class ComparisonPage {

    /** Changed provisions per page at most. */
    static final int CHANGES_PER_PAGE = 10;

    /** Characters of diff a page holds before the next changed provision starts a new one (one long article may pass it alone). */
    static final int TEXT_PER_PAGE = 12_000;

    /** A chapter to filter by. */
    public record ChapterOption(String eId, String title) {
    }

    /** An entry of the jump list or of the unchanged list: where the provision's change is shown, or its page. */
    public record Jump(String label, String status, String href) {
    }

    /** What the page shows; {@code message} says why there is nothing to compare. */
    public record View(String slug, String title, List<ReadingDto.View> readings, ReadingDto.View from, ReadingDto.View to,
                       boolean changedOnly, String chapter, List<ChapterOption> chapters, ComparisonDto.Totals totals,
                       List<ProvisionChangeView> rows, List<Jump> jumps, List<Jump> unchanged, int compared, Pager pager,
                       String message, String json) {
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
            @QueryParam("changed") boolean changedOnly, @QueryParam("chapter") String chapter,
            @QueryParam("page") @DefaultValue("0") int page) {
        Negotiation negotiation = negotiations.get(slug);
        List<ReadingDto.View> readings = negotiations.listReadings(slug, null, new PageRequest(0, PageRequest.MAX_SIZE, null)).items();
        String wanted = chapter == null || chapter.isBlank() ? "" : chapter.trim();
        if (readings.isEmpty() || (from == null || to == null) && readings.size() < 2) {
            return Templates.compare(new View(slug, negotiation.getTitle(), readings, null, null, changedOnly, wanted, List.of(), null,
                    List.of(), List.of(), List.of(), 0, null, "This negotiation has fewer than two readings: there is nothing to compare yet.",
                    "/api/v1/negotiations/" + slug + "/readings"));
        }
        long fromId = from != null ? from : readings.get(readings.size() - 2).id();
        long toId = to != null ? to : readings.get(readings.size() - 1).id();
        ComparisonDto.Comparison comparison = comparisons.compare(slug, fromId, toId, true, false);
        List<ChapterOption> chapters = comparison.chapters().stream().filter(c -> c.eId() != null)
                .map(c -> new ChapterOption(c.eId(), c.title() == null ? c.eId() : c.title())).toList();
        List<ComparisonDto.ProvisionChange> changed = new ArrayList<>();
        List<Jump> unchanged = new ArrayList<>();
        for (ComparisonDto.ProvisionChange change : comparison.provisions()) {
            if (!wanted.isEmpty() && !inChapter(change, wanted)) {
                continue;
            }
            if (change.status() == ComparisonDto.Status.UNCHANGED) {
                ComparisonDto.Side side = change.to();
                unchanged.add(new Jump(ProvisionChangeView.label(change.kind(), side), "unchanged",
                        SiteLinks.provision(change.provisionId(), toId)));
            } else {
                changed.add(change);
            }
        }
        StringBuilder base = new StringBuilder("/negotiations/").append(slug).append("/compare?from=").append(fromId).append("&to=").append(toId);
        if (!wanted.isEmpty()) {
            base.append("&chapter=").append(URLEncoder.encode(wanted, StandardCharsets.UTF_8));
        }
        if (changedOnly) {
            base.append("&changed=true");
        }
        int[] pageOf = pages(changed);
        int pages = changed.isEmpty() ? 1 : pageOf[changed.size() - 1] + 1;
        int shownPage = Math.min(Math.max(0, page), pages - 1);
        List<Jump> jumps = new ArrayList<>();
        List<ProvisionChangeView> rows = new ArrayList<>();
        for (int i = 0; i < changed.size(); i++) {
            ComparisonDto.ProvisionChange change = changed.get(i);
            int onPage = pageOf[i];
            ComparisonDto.Side side = change.to() != null ? change.to() : change.from();
            String anchor = ProvisionChangeView.anchor(change.provisionId());
            jumps.add(new Jump(ProvisionChangeView.label(change.kind(), side), Wording.status(change.status()),
                    (onPage == shownPage ? "" : base + "&page=" + onPage) + "#" + anchor));
            if (onPage == shownPage) {
                rows.add(ProvisionChangeView.of(change, fromId, toId));
            }
        }
        ReadingDto.View fromReading = readings.stream().filter(r -> r.id() == fromId).findFirst().orElse(null);
        ReadingDto.View toReading = readings.stream().filter(r -> r.id() == toId).findFirst().orElse(null);
        String json = "/api/v1/negotiations/" + slug + "/compare?from=" + fromId + "&to=" + toId;
        Pager pager = new Pager(shownPage > 0 ? base + "&page=" + (shownPage - 1) : null,
                shownPage + 1 < pages ? base + "&page=" + (shownPage + 1) : null, shownPage + 1, pages);
        return Templates.compare(new View(slug, negotiation.getTitle(), readings, fromReading, toReading, changedOnly,
                wanted, chapters, comparison.totals(), rows, jumps, changedOnly ? List.of() : unchanged,
                comparison.provisions().size(), pager, null, json));
    }

    /** The page (from 0) of each changed provision: at most {@link #CHANGES_PER_PAGE}, and about {@link #TEXT_PER_PAGE} of diff. */
    static int[] pages(List<ComparisonDto.ProvisionChange> changed) {
        int[] pageOf = new int[changed.size()];
        int page = 0;
        int rows = 0;
        long text = 0;
        for (int i = 0; i < changed.size(); i++) {
            long weight = 300 + (changed.get(i).diff() == null ? 0
                    : changed.get(i).diff().stream().mapToLong(r -> r.text().length()).sum());
            if (rows > 0 && (rows == CHANGES_PER_PAGE || text + weight > TEXT_PER_PAGE)) {
                page++;
                rows = 0;
                text = 0;
            }
            pageOf[i] = page;
            rows++;
            text += weight;
        }
        return pageOf;
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
}
