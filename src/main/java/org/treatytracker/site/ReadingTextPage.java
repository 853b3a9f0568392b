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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.api.ProblemException;
import org.treatytracker.negotiation.NegotiationService;
import org.treatytracker.negotiation.Reading;
import org.treatytracker.negotiation.ReadingDto;
import org.treatytracker.provision.BracketService;
import org.treatytracker.provision.ProvisionDto;
import org.treatytracker.provision.ProvisionService;
import org.treatytracker.text.ParsedDraft;
import org.treatytracker.text.StatusVocabulary;

/**
 * A reading as clean text, to read or print: every bracket set resolved to its first alternative ({@code first},
 * the default), or every bracketed passage left out ({@code agreed}: what no one contests). The same rendering as
 * {@code GET /provision-versions/{id}/brackets?render=FIRST_ALTERNATIVES}; 200 provisions a page, in order.
 */
@Path("/readings/{id}/text")
@Produces(MediaType.TEXT_HTML)
public class ReadingTextPage {

    /** One provision's heading and clean text. */
    public record Block(String label, String href, String anchor, int depth, String text) {
    }

    /** What the page shows. */
    public record View(ReadingDto.View reading, String negotiationTitle, String render, List<Block> blocks, long provisions,
                       Pager pager, String json) {

        public boolean agreed() {
            return "agreed".equals(render);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance text(View view);
    }

    @Inject
    NegotiationService negotiations;

    @Inject
    ProvisionService provisions;

    @GET
    public TemplateInstance text(@PathParam("id") long id, @QueryParam("render") @DefaultValue("first") String render,
            @QueryParam("page") @DefaultValue("0") int page) {
        String mode = render.strip();
        if (!mode.equals("first") && !mode.equals("agreed")) {
            throw ProblemException.badRequest("render", "render is first (each set's first alternative) or agreed (bracketed text left out)");
        }
        Reading reading = negotiations.getReading(id);
        Set<String> labels = reading.getLinkLabels();
        StatusVocabulary vocabulary = reading.getNegotiation().statusVocabulary();
        Page<ProvisionDto.Version> found = provisions.listAtReading(id, null, false, null,
                new PageRequest(Math.max(0, page), PageRequest.MAX_SIZE, null));
        Map<Long, Integer> depth = new HashMap<>();
        List<Block> blocks = found.items().stream().map(v -> {
            int d = v.parent() == null ? 0 : depth.getOrDefault(v.parent().versionId(), 0) + 1;
            depth.put(v.id(), d);
            return new Block(Wording.provision(v.kind(), v.number(), v.title()), SiteLinks.provision(v.provisionId(), id), v.eId(),
                    Math.min(2, d), v.text() == null ? "" : clean(BracketService.parse(v.text(), labels, vocabulary), mode.equals("agreed")));
        }).toList();
        return Templates.text(new View(ReadingDto.View.of(reading), reading.getNegotiation().getTitle(), mode, blocks, found.total(),
                Pager.of(found, SiteLinks.reading(id) + "/text?render=" + mode + "&"),
                "/api/v1/readings/" + id + "/provisions?parts=false&size=" + PageRequest.MAX_SIZE + "&page=" + found.page()));
    }

    /** The first alternative of every set, or, for {@code agreed}, every set left out. */
    static String clean(ParsedDraft draft, boolean agreed) {
        if (!agreed) {
            return draft.renderFirstAlternatives().strip();
        }
        Map<Integer, Integer> drop = new HashMap<>();
        draft.sets().forEach(s -> drop.put(s.index(), ParsedDraft.DROP));
        return draft.renderChoosing(drop).replaceAll("[ \\t]{2,}", " ").strip();
    }
}
