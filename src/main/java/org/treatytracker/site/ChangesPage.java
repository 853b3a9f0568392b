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
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.api.ProblemException;
import org.treatytracker.audit.AuditDto;
import org.treatytracker.audit.AuditService;
import org.treatytracker.audit.ChangeAction;

/**
 * The changes feed as a page: what changed, when, with a link to the page that shows it. Editors' usernames are
 * never shown here (the public API hides them too).
 */
@Path("/changes")
@Produces(MediaType.TEXT_HTML)
public class ChangesPage {

    static final int SIZE = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** One change set. */
    public record Entry(int revision, String at, String iso, List<Item> items) {
    }

    /** One entity a change set touched; {@code href} is its page, null when deleted or without a page. */
    public record Item(String text, String href) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance changes(List<Entry> entries, String since, long total, Pager pager, String json);
    }

    @Inject
    AuditService audit;

    @GET
    public TemplateInstance changes(@QueryParam("since") String since, @QueryParam("page") @DefaultValue("0") int page) {
        Instant after = instant(since);
        Page<AuditDto.Change> found = audit.changes(after, new PageRequest(Math.max(0, page), SIZE, null));
        String query = since == null || since.isBlank() ? "" : "since=" + URLEncoder.encode(since.trim(), StandardCharsets.UTF_8) + "&";
        return Templates.changes(entries(found.items()), since == null ? "" : since.trim(), found.total(),
                Pager.of(found, "/changes?" + query), "/api/v1/changes?" + query + "size=" + SIZE + "&page=" + found.page());
    }

    /** The change sets as the pages show them (also the negotiation page's latest changes). */
    static List<Entry> entries(List<AuditDto.Change> changes) {
        return changes.stream().map(c -> new Entry(c.revision(), WHEN.format(c.at()), c.at().toString(), c.entities().stream()
                .map(e -> new Item(describe(e), e.action() == ChangeAction.DELETED ? null : SiteLinks.pageOf(e.href()))).toList())).toList();
    }

    static String describe(AuditDto.Changed entity) {
        String verb = entity.action().verb();
        String type = entity.type().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1) + " " + entity.id() + " " + verb;
    }

    private static Instant instant(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(since.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("since", "write since as an ISO-8601 instant, e.g. 2026-01-01T00:00:00Z");
        }
    }
}
