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
import java.util.List;
import java.util.Map;
import java.util.Arrays;
import java.util.Locale;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.api.ProblemException;
import org.treatytracker.negotiation.NegotiationService;
import org.treatytracker.negotiation.Reading;
import org.treatytracker.negotiation.ReadingDto;
import org.treatytracker.provision.ProvisionDto;
import org.treatytracker.provision.ProvisionKind;
import org.treatytracker.provision.ProvisionService;
import org.treatytracker.provision.ProvisionVersionRepository;

/**
 * A reading: the draft's outline in order, chapter by chapter, each provision with its bracket counts. The same
 * list as {@code GET /readings/{id}/provisions}, 200 provisions a page, optionally of one kind.
 */
@Path("/readings/{id}")
@Produces(MediaType.TEXT_HTML)
public class ReadingPage {

    /** One row of the outline; {@code depth} indents provisions placed inside another (a paragraph in its article). */
    public record Row(ProvisionDto.Version version, String label, int depth) {

        /** The status the text's tags give, as a reader says it: "agreed ad referendum", "open". */
        public String status() {
            return version.status() == null ? "open" : version.status().replace('_', ' ').toLowerCase(Locale.ROOT);
        }
    }

    /** A chapter (or the preamble) with the provisions placed in it; {@code heading} null for those outside any. */
    public record Section(Row heading, List<Row> rows) {
    }

    /** What the page shows. */
    public record View(ReadingDto.View reading, String negotiationTitle, List<Section> sections, long provisions,
                       ReadingDto.View previous, String kind, List<String> kinds, Pager pager, String json) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reading(View view);
    }

    @Inject
    NegotiationService negotiations;

    @Inject
    ProvisionService provisions;

    @Inject
    ProvisionVersionRepository versions;

    @GET
    public TemplateInstance reading(@PathParam("id") long id, @QueryParam("kind") String kindName,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("at") String at) {
        ProvisionKind kind = kindOf(kindName);
        if (at != null && !at.isBlank() && kind == null) {
            // A link to one provision's row (breadcrumbs): the page of the outline that has it, so that its #anchor exists.
            page = versions.outlineIndex(id, at.strip()).map(i -> (int) (i / PageRequest.MAX_SIZE)).orElse(page);
        }
        Reading reading = negotiations.getReading(id);
        ReadingDto.View shown = ReadingDto.View.of(reading);
        // The outline lists whole provisions; an article's paragraphs are listed on its page, or here by their kind.
        boolean parts = kind == ProvisionKind.PARAGRAPH || kind == ProvisionKind.SUBPARAGRAPH;
        Page<ProvisionDto.Version> found = provisions.listAtReading(id, kind, parts, null,
                new PageRequest(Math.max(0, page), PageRequest.MAX_SIZE, null));
        ReadingDto.View previous = negotiations.listReadings(shown.negotiation(), null, new PageRequest(0, PageRequest.MAX_SIZE, null))
                .items().stream().filter(r -> r.sequenceNumber() < shown.sequenceNumber())
                .reduce((a, b) -> b).orElse(null);
        String filter = kind == null ? "" : "kind=" + kind.name() + "&";
        List<String> kinds = Arrays.stream(ProvisionKind.values()).map(Enum::name).toList();
        return Templates.reading(new View(shown, reading.getNegotiation().getTitle(), sections(found.items()), found.total(),
                previous, kind == null ? "" : kind.name(), kinds, Pager.of(found, SiteLinks.reading(id) + "?" + filter),
                "/api/v1/readings/" + id + "/provisions?" + filter + (parts ? "" : "parts=false&") + "size=" + PageRequest.MAX_SIZE + "&page=" + found.page()));
    }

    /** The form's "all kinds" sends an empty kind: no filter then. */
    private static ProvisionKind kindOf(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return ProvisionKind.valueOf(name.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("kind", "kind is one of " + Arrays.toString(ProvisionKind.values()));
        }
    }

    /** The outline: a new section at each chapter or preamble; nested provisions indented under their parent. */
    static List<Section> sections(List<ProvisionDto.Version> versions) {
        Map<Long, Integer> depth = new HashMap<>();
        List<Section> sections = new ArrayList<>();
        Section current = null;
        for (ProvisionDto.Version v : versions) {
            boolean chapter = v.kind() == ProvisionKind.CHAPTER || v.kind() == ProvisionKind.PREAMBLE;
            int d = v.parent() == null ? 0 : depth.getOrDefault(v.parent().versionId(), 0) + 1;
            depth.put(v.id(), d);
            Row row = new Row(v, Wording.provision(v.kind(), v.number(), v.title()), chapter ? 0 : Math.max(0, Math.min(2, d - 1)));
            if (chapter && d == 0) {
                current = new Section(row, new ArrayList<>());
                sections.add(current);
            } else {
                if (current == null || current.heading() != null && d == 0) {
                    current = new Section(null, new ArrayList<>());
                    sections.add(current);
                }
                current.rows().add(row);
            }
        }
        return sections;
    }
}
