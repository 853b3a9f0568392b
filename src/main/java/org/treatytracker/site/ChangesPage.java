package org.treatytracker.site;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.treatytracker.api.ChangedSince;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.api.ProblemException;
import org.treatytracker.audit.AuditDto;
import org.treatytracker.audit.AuditService;
import org.treatytracker.audit.ChangeAction;
import org.treatytracker.audit.ChangeDigest;
import org.treatytracker.negotiation.Negotiation;
import org.treatytracker.negotiation.NegotiationService;

/**
 * The changes feed as a page: what changed, when, with a link to the page that shows it. Editors' usernames are
 * never shown here (the public API hides them too).
 */
@Path("/changes")
@Produces(MediaType.TEXT_HTML)
public class ChangesPage {

    static final int SIZE = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** One change set (one editing session: an import, an edit), in plain words. */
    public record Entry(int revision, String at, String iso, String summary, List<Line> lines) {
    }

    /** What one kind of change did ("1,421 provisions added"), with a few of the things to follow. */
    public record Line(String words, List<Item> items, int more) {
    }

    /** One entity a change set touched; {@code href} is its page, null when deleted or without a page. */
    public record Item(String text, String href) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance changes(List<Entry> entries, String since, String negotiation, long total, Pager pager, String json);
    }

    @Inject
    AuditService audit;

    @Inject
    NegotiationService negotiations;

    @GET
    public TemplateInstance changes(@QueryParam("since") String since, @QueryParam("negotiation") String negotiation,
            @QueryParam("page") @DefaultValue("0") int page) {
        Instant after = ChangedSince.instantOrDay(since, "since");
        String slug = negotiation == null || negotiation.isBlank() ? null : negotiation.strip();
        Long negotiationId = slug == null ? null : negotiations.find(slug).map(Negotiation::getId)
                .orElseThrow(() -> ProblemException.badRequest("negotiation", "no negotiation has the slug '" + slug + "'"));
        Page<AuditDto.Change> found = audit.changes(after, negotiationId, new PageRequest(Math.max(0, page), SIZE, null));
        String query = (since == null || since.isBlank() ? "" : "since=" + URLEncoder.encode(since.trim(), StandardCharsets.UTF_8) + "&")
                + (slug == null ? "" : "negotiation=" + URLEncoder.encode(slug, StandardCharsets.UTF_8) + "&");
        return Templates.changes(entries(found.items(), audit), since == null ? "" : since.trim(), slug, found.total(),
                Pager.of(found, "/changes?" + query), "/api/v1/changes?" + query + "size=" + SIZE + "&page=" + found.page());
    }

    /** The change sets as the pages show them (also the negotiation page's latest changes): a digest, not a wall. */
    static List<Entry> entries(List<AuditDto.Change> changes, AuditService audit) {
        // A thing added, then deleted in a later session, is named without a link: it has no page any more.
        Set<String> there = audit.stillThere(changes);
        return changes.stream().map(c -> new Entry(c.revision(), WHEN.format(c.at()), c.at().toString(), ChangeDigest.summary(c),
                ChangeDigest.of(c).stream().map(g -> new Line(g.words(), g.shown().stream()
                        .map(e -> new Item(ChangeDigest.name(e), e.action() == ChangeAction.DELETED || !there.contains(e.type() + " " + e.id())
                                ? null : SiteLinks.pageOf(e.href())))
                        .toList(), g.count() - g.shown().size())).toList())).toList();
    }
}
