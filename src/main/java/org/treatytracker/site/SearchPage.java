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
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.treatytracker.api.Page;
import org.treatytracker.api.ProblemException;
import org.treatytracker.negotiation.NegotiationService;
import org.treatytracker.search.SearchDto;
import org.treatytracker.search.SearchService;
import org.treatytracker.stakeholder.StakeholderService;

/**
 * Search as a page: the form, the stakeholders and negotiations whose names match (a reader looking for "Brazil"
 * wants Brazil's page, not paragraphs that mention it), and the hits with their highlighted snippets (escaped by
 * the search, only {@code <mark>} added) and links to what they found. An empty form shows the syntax; a query the
 * search refuses keeps the form with the reason, as a 400; a query without hits says so.
 */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPage {

    static final int SIZE = 20;
    /** Names shown above the hits, at most. */
    static final int NAMES = 10;

    /** The query as the form sends it back. */
    public record Form(String q, String negotiation, String kind) {
    }

    /** A page found by its name: a stakeholder's, a negotiation's. */
    public record Named(String text, String href, String what) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(Form form, List<Named> named, Page<SearchDto.Hit> found, Pager pager, String json, String refused);
    }

    @Inject
    SearchService search;

    @Inject
    StakeholderService stakeholders;

    @Inject
    NegotiationService negotiations;

    @GET
    public Response page(@QueryParam("q") String q, @QueryParam("negotiation") String negotiation,
            @QueryParam("kind") String kind, @QueryParam("page") @DefaultValue("0") int page) {
        Form form = new Form(q == null ? "" : q, blankToNull(negotiation), blankToNull(kind));
        if (form.q().isBlank()) {
            return html(200, Templates.search(form, List.of(), null, null, null, null));
        }
        Page<SearchDto.Hit> found;
        try {
            found = search.search(form.q(), form.negotiation(), null, form.kind(), Math.max(0, page), SIZE);
        } catch (ProblemException refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            return html(400, Templates.search(form, List.of(), null, null, null, refused.getMessage()));
        }
        String query = "q=" + encode(form.q()) + (form.negotiation() == null ? "" : "&negotiation=" + encode(form.negotiation()))
                + (form.kind() == null ? "" : "&kind=" + encode(form.kind())) + "&";
        List<Named> named = page > 0 || form.kind() != null ? List.of() : named(form.q());
        return html(200, Templates.search(form, named, found, Pager.of(found, "/search?" + query),
                "/api/v1/search?" + query + "size=" + SIZE + "&page=" + found.page(), null));
    }

    /** Stakeholders and negotiations by name, on the first page of an unfiltered search. */
    private List<Named> named(String q) {
        String words = q.replace("\"", "").strip();
        if (words.length() < 2) {
            return List.of();
        }
        List<Named> named = new ArrayList<>();
        stakeholders.named(words, NAMES).forEach(s -> named.add(new Named(s.name(), "/stakeholders/" + s.id(),
                Wording.kind(s.kind()))));
        negotiations.named(words, NAMES).forEach(n -> named.add(new Named(n.title(), "/negotiations/" + n.slug(), "negotiation")));
        return named;
    }

    /** A page with a status of its own (a refused query keeps its form): rendered here, as a Response does not render it. */
    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).entity(page.render()).type(MediaType.TEXT_HTML + ";charset=UTF-8").build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
