package org.treatytracker.site;

import org.treatytracker.text.Html;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.position.PositionDto;
import org.treatytracker.position.PositionFilter;
import org.treatytracker.position.PositionService;
import org.treatytracker.report.ReportDto;
import org.treatytracker.api.WebUrls;
import org.treatytracker.report.ReportImportService;
import org.treatytracker.source.SourceDto;
import org.treatytracker.source.SourceService;

/**
 * A report: its paragraphs in order, each with an anchor ({@code #p-7}) that positions link to, the mentions of
 * provisions linked to the provision at the reading the report discusses, and the positions taken from each
 * paragraph. Reads the services of {@code GET /sources/{id}}, {@code /paragraphs}, {@code /mentions} and
 * {@code /positions?source=}.
 */
@Path("/reports/{id}")
@Produces(MediaType.TEXT_HTML)
public class ReportPage {

    /** A position taken from a paragraph, as the report page lists it. */
    public record Taken(long id, String stance, String speaker, String target, String href, String quote) {
    }

    /** A paragraph with its mentions linked and the positions taken from it. */
    public record ParagraphRow(SourceDto.ParagraphView paragraph, String anchor, String text, List<Taken> positions) {
    }

    /** What the page shows. */
    public record View(SourceDto.View source, List<ParagraphRow> paragraphs, long positions, boolean positionsCut,
                       Pager pager, String json) {

        /** The original's URL when it may be a link (absolute http or https), else null. */
        public String originalHref() {
            return WebUrls.linkable(source.url());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(View view);
    }

    @Inject
    SourceService sources;

    @Inject
    ReportImportService reports;

    @Inject
    PositionService positions;

    @GET
    public TemplateInstance report(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page) {
        SourceDto.View source = SourceDto.View.of(sources.get(id), false);
        Page<SourceDto.ParagraphView> paragraphs = sources.listParagraphs(id, null, new PageRequest(Math.max(0, page), PageRequest.MAX_SIZE, null));
        Map<Integer, List<ReportDto.Span>> mentions = new LinkedHashMap<>();
        for (ReportDto.Span span : reports.mentionsOf(id)) {
            mentions.computeIfAbsent(span.paragraphNumber(), n -> new ArrayList<>()).add(span);
        }
        PositionFilter filter = new PositionFilter();
        filter.source = id;
        Page<PositionDto.View> taken = positions.list(filter, new PageRequest(0, PageRequest.MAX_SIZE, null));
        Map<Long, List<Taken>> byParagraph = new LinkedHashMap<>();
        for (PositionDto.View p : taken.items()) {
            byParagraph.computeIfAbsent(p.citation().paragraphId(), k -> new ArrayList<>()).add(taken(p));
        }
        List<ParagraphRow> rows = paragraphs.items().stream().map(p -> new ParagraphRow(p, anchor(p.number()),
                linked(p.text(), mentions.getOrDefault(p.number(), List.of())),
                byParagraph.getOrDefault(p.id(), List.of()))).toList();
        return Templates.report(new View(source, rows, taken.total(), taken.total() > taken.items().size(),
                Pager.of(paragraphs, "/reports/" + id + "?"), "/api/v1/sources/" + id));
    }

    /** The anchor of a paragraph on its report's page. */
    static String anchor(int number) {
        return "p-" + number;
    }

    /** The address of a paragraph: its report's page, scrolled to it. */
    static String paragraphHref(long sourceId, int number) {
        return "/reports/" + sourceId + "#" + anchor(number);
    }

    /** The paragraph's text as HTML, each mention a link to the provision it names, another instrument's reference marked as a citation (overlapping mentions: the first). */
    static String linked(String text, List<ReportDto.Span> spans) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (ReportDto.Span span : spans) {
            if (span.start() < at || span.end() > text.length() || span.start() >= span.end()) {
                continue;
            }
            out.append(Html.escape(text.substring(at, span.start())));
            String words = Html.escape(text.substring(span.start(), span.end()));
            if (span.provisionVersionId() == null) {
                // Another instrument's article or decision: no provision of this draft to link to.
                out.append("<cite class=\"reference\" title=\"another instrument, not this draft\">").append(words).append("</cite>");
            } else {
                out.append("<a class=\"mention\" href=\"/provision-versions/").append(span.provisionVersionId()).append("\">")
                        .append(words).append("</a>");
            }
            at = span.end();
        }
        return out.append(Html.escape(text.substring(at))).toString();
    }

    private static Taken taken(PositionDto.View p) {
        PositionDto.Target t = p.target();
        String target = t.provisionId() == null ? "the whole text" : Wording.provision(t.kind(), t.number(), t.title());
        String href = SiteLinks.position(t.provisionId(), p.readingId(), p.id());
        String speaker = p.speaker().words() == null ? "no speaker named" : p.speaker().words();
        return new Taken(p.id(), Wording.stance(p.stance()), speaker, target, href, p.quote());
    }
}
