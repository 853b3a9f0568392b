package org.treatytracker.search;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What search answers: ranked hits, each with a highlighted snippet and links to what it found. */
public final class SearchDto {

    private SearchDto() {
    }

    /** Where a match stands in the hit's {@code snippet}: start inclusive, end exclusive, in UTF-16 code units. */
    @Schema(name = "SearchMatch")
    public record Match(int start, int end) {
    }

    @Schema(name = "SearchHit", description = "One thing found, best first.")
    public record Hit(
            @NotNull @Schema(description = "What was found", enumeration = {"READING", "PROVISION", "REPORT_PARAGRAPH", "QUOTE"}) String kind,
            @Schema(description = "The id of what was found: a reading, provision version, paragraph or position") long id,
            @NotNull @Schema(description = "A title for the hit, e.g. the provision's eId and reading, the report and paragraph number") String title,
            @NotNull @Schema(description = "The negotiation's slug") String negotiation,
            @Schema(description = "The reading the thing belongs to (none for a report given no reading)") Long readingId,
            @NotNull @Schema(description = "Plain text around the matches, with … where the text was cut") String snippet,
            @NotNull @Schema(description = "The snippet as HTML: text escaped, each match in <mark>…</mark>") String snippetHtml,
            @NotNull @Schema(description = "Each match's place in snippet") List<Match> matches,
            @Schema(description = "BM25 relevance; higher is better") double score,
            @NotNull @Schema(description = "The API resource of what was found") String href,
            @NotNull @Schema(description = "The public site's page showing it") String html) {
    }
}
