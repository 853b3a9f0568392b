package org.treatytracker.search;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treatytracker.api.Page;

/** Full-text search across readings, provisions, report paragraphs and quotes. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    public static final int MAX_SIZE = 100;

    @Inject
    SearchService service;

    @GET
    @Operation(summary = "Search readings, provisions, report paragraphs and quotes",
            description = "Best first (BM25), ties by id. Syntax: words (all must occur; stems match: 'technologies' finds"
                    + " 'technology'), \"quoted phrases\" (exact, stop words included), -word or -\"phrase\" to exclude,"
                    + " OR between words or phrases, tech* for a prefix (3 letters at least). Stop words alone are ignored."
                    + " Each hit has a snippet with its matches marked (<mark> in snippetHtml, everything else escaped)"
                    + " and links to the API resource (href) and the site page (html).")
    public Page<SearchDto.Hit> search(
            @QueryParam("q") @Parameter(description = "The query, at most " + SearchQuery.MAX_LENGTH + " characters", required = true) String q,
            @QueryParam("negotiation") @Parameter(description = "Only this negotiation (its slug)") String negotiation,
            @QueryParam("reading") @Parameter(description = "Only things of this reading (its id)") Long reading,
            @QueryParam("kind") @Parameter(description = "Only these kinds, comma-separated: READING, PROVISION, REPORT_PARAGRAPH, QUOTE") String kind,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) @Parameter(description = "Zero-based page number") int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(MAX_SIZE) @Parameter(description = "Hits per page, at most " + MAX_SIZE) int size) {
        return service.search(q, negotiation, reading, kind, page, size);
    }
}
