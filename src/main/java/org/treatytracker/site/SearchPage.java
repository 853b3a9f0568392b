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
import org.treatytracker.api.Page;
import org.treatytracker.search.SearchDto;
import org.treatytracker.search.SearchService;

/**
 * Search as a page: the form, and the hits with their highlighted snippets (escaped by the search, only
 * {@code <mark>} added) and links to what they found. An empty form shows the syntax; a bad query is the
 * search's 400, as an HTML error page.
 */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPage {

    static final int SIZE = 20;

    /** The query as the form sends it back. */
    public record Form(String q, String negotiation, String kind) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(Form form, Page<SearchDto.Hit> found, Pager pager, String json);
    }

    @Inject
    SearchService search;

    @GET
    public TemplateInstance page(@QueryParam("q") String q, @QueryParam("negotiation") String negotiation,
            @QueryParam("kind") String kind, @QueryParam("page") @DefaultValue("0") int page) {
        Form form = new Form(q == null ? "" : q, blankToNull(negotiation), blankToNull(kind));
        if (form.q().isBlank()) {
            return Templates.search(form, null, null, null);
        }
        Page<SearchDto.Hit> found = search.search(form.q(), form.negotiation(), null, form.kind(), Math.max(0, page), SIZE);
        String query = "q=" + encode(form.q()) + (form.negotiation() == null ? "" : "&negotiation=" + encode(form.negotiation()))
                + (form.kind() == null ? "" : "&kind=" + encode(form.kind())) + "&";
        return Templates.search(form, found, Pager.of(found, "/search?" + query),
                "/api/v1/search?" + query + "size=" + SIZE + "&page=" + found.page());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
