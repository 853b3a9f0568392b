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
import java.util.List;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.negotiation.Negotiation;
import org.treatytracker.negotiation.NegotiationService;
import org.treatytracker.position.StakeholderPositions;

/**
 * Who spoke in a negotiation: the named speakers, most positions first, and the groups positions were spoken for,
 * each with its counts and a link to its positions. Four statements: the negotiation, and a page and count of each.
 */
@Path("/negotiations/{slug}/stakeholders")
@Produces(MediaType.TEXT_HTML)
public class StakeholdersPage {

    /** One speaker or group, in readers' words. */
    public record Row(long id, String name, String kind, long positions, long provisions) {
    }

    /** What the page shows. */
    public record View(String slug, String title, List<Row> speakers, long speakerTotal, List<Row> groups, long groupTotal, Pager pager) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance stakeholders(View view);
    }

    @Inject
    NegotiationService negotiations;

    @Inject
    StakeholderPositions positions;

    @GET
    public TemplateInstance stakeholders(@PathParam("slug") String slug, @QueryParam("page") @DefaultValue("0") int page) {
        Negotiation negotiation = negotiations.get(slug);
        Page<StakeholderPositions.Tally> speakers = positions.tallies(negotiation.getId(), false,
                new PageRequest(Math.max(0, page), PageRequest.MAX_SIZE, null));
        Pager pager = Pager.of(speakers, "/negotiations/" + negotiation.getSlug() + "/stakeholders?");
        // The groups are few: their first page, on every page of speakers.
        Page<StakeholderPositions.Tally> groups = positions.tallies(negotiation.getId(), true, new PageRequest(0, PageRequest.MAX_SIZE, null));
        return Templates.stakeholders(new View(negotiation.getSlug(), negotiation.getTitle(), rows(speakers), speakers.total(),
                rows(groups), groups.total(), pager));
    }

    private static List<Row> rows(Page<StakeholderPositions.Tally> tallies) {
        return tallies.items().stream().map(t -> new Row(t.stakeholder().id(), t.stakeholder().name(), Wording.kind(t.stakeholder().kind()),
                t.positions(), t.provisions())).toList();
    }
}
