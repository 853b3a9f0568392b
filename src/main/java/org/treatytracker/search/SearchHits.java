package org.treatytracker.search;

import java.util.List;
import java.util.Locale;

/**
 * Turns a hit's row (the details query of {@link SearchSql}) into what the API answers: a title, a snippet and
 * links to the API resource and to the site page that shows the thing (the site's short addresses for a
 * paragraph and a position redirect to the report's paragraph and the provision's position).
 */
final class SearchHits {

    private SearchHits() {
    }

    static SearchDto.Hit hit(Object[] row, double score, SearchQuery query) {
        long documentId = number(row[0]);
        SearchKind kind = SearchKind.valueOf((String) row[1]);
        long id = SearchKind.thingId(documentId);
        String body = (String) row[2];
        String slug = (String) row[3];
        Long readingId = row[4] == null ? null : number(row[4]);
        String readingLabel = (String) row[5];
        String symbol = (String) row[6];
        String title;
        String href;
        String html;
        switch (kind) {
            case READING -> {
                title = readingLabel + (symbol == null ? "" : " (" + symbol + ")");
                href = "/api/v1/readings/" + id;
                html = "/readings/" + id;
            }
            case PROVISION -> {
                String eId = (String) row[8];
                String heading = (String) row[9];
                title = (heading == null || heading.isBlank() ? eId : heading + " (" + eId + ")") + ", " + readingLabel;
                href = "/api/v1/provision-versions/" + id;
                html = "/provisions/" + number(row[7]) + "?reading=" + readingId;
            }
            case REPORT_PARAGRAPH -> {
                title = paragraphTitle(row);
                href = "/api/v1/paragraphs/" + id;
                html = "/paragraphs/" + id;
            }
            default -> {
                title = "Quote (" + String.valueOf(row[14]).toLowerCase(Locale.ROOT).replace('_', ' ') + ") from "
                        + paragraphTitle(row);
                href = "/api/v1/positions/" + id;
                html = row[15] == null ? "/paragraphs/" + number(row[10])
                        : "/provisions/" + number(row[15]) + "?reading=" + readingId + "#position-" + id;
            }
        }
        Snippet snippet = Snippet.of(body, query);
        List<SearchDto.Match> matches = snippet.matches().stream().map(m -> new SearchDto.Match(m.start(), m.end())).toList();
        return new SearchDto.Hit(kind.name(), id, title, slug, readingId, snippet.text(), snippet.html(), matches, score, href, html);
    }

    private static String paragraphTitle(Object[] row) {
        String source = row[13] != null ? (String) row[13] : (String) row[12];
        return source + ", paragraph " + row[11];
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
