package org.treatytracker.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatytracker.api.Page;
import org.treatytracker.api.ProblemException;

/**
 * Runs a search: at most five SQL statements whatever the data or page size (the filters' checks, statistics for
 * BM25, the page of ids and scores, the count, the page's texts and link parts), snippets made in Java from the page's texts only.
 */
@ApplicationScoped
public class SearchService {

    @Inject
    EntityManager em;

    /** Ranked hits for a query string and filters; a bad query or filter is a 400 naming the parameter. */
    public Page<SearchDto.Hit> search(String q, String negotiationSlug, Long readingId, String kinds, int page, int size) {
        SearchQuery query;
        try {
            query = SearchQuery.parse(q);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("q", e.getMessage());
        }
        List<SearchKind> kindList = null;
        if (kinds != null && !kinds.isBlank()) {
            try {
                kindList = SearchKind.parseList(kinds);
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("kind", e.getMessage());
            }
        }
        SearchSql.Filters filters = new SearchSql.Filters(negotiation(negotiationSlug, readingId), readingId, kindList);

        Map<String, Double> idf = new LinkedHashMap<>();
        Map<String, Double> prefixIdf = new LinkedHashMap<>();
        long documents = 0;
        double totalLength = 0;
        Map<String, Long> df = new HashMap<>();
        Map<String, Long> prefixDf = new HashMap<>();
        for (Object[] row : rows(SearchSql.statistics(query))) {
            int kind = ((Number) row[0]).intValue();
            if (kind == 0) {
                documents = ((Number) row[2]).longValue();
                totalLength = ((Number) row[3]).doubleValue();
            } else {
                (kind == 1 ? df : prefixDf).put((String) row[1], ((Number) row[2]).longValue());
            }
        }
        for (String term : query.scoringTerms()) {
            idf.put(term, idf(documents, df.getOrDefault(term, 0L)));
        }
        for (String prefix : query.scoringPrefixes()) {
            prefixIdf.put(prefix, idf(documents, prefixDf.getOrDefault(prefix, 0L)));
        }
        double averageLength = documents == 0 ? 1 : totalLength / documents;

        List<Object[]> ranked = rows(SearchSql.page(query, filters, idf, prefixIdf, averageLength, page * size, size));
        long total = ((Number) single(SearchSql.count(query, filters))).longValue();
        if (ranked.isEmpty()) {
            return new Page<>(List.of(), page, size, total);
        }
        List<Long> ids = ranked.stream().map(row -> ((Number) row[0]).longValue()).toList();
        Map<Long, Object[]> details = new HashMap<>();
        for (Object[] row : rows(SearchSql.details(ids))) {
            details.put(((Number) row[0]).longValue(), row);
        }
        List<SearchDto.Hit> hits = new ArrayList<>(ranked.size());
        for (Object[] row : ranked) {
            long id = ((Number) row[0]).longValue();
            double score = Math.round(((Number) row[1]).doubleValue() * 10_000) / 10_000.0;
            hits.add(SearchHits.hit(details.get(id), score, query));
        }
        return new Page<>(hits, page, size, total);
    }

    /** BM25's inverse document frequency (never negative). */
    static double idf(long documents, long df) {
        return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    }

    /** The negotiation's id for its slug (400 when unknown); checks that a reading filter names a reading. */
    private Long negotiation(String slug, Long readingId) {
        if (readingId != null) {
            Number found = (Number) em.createNativeQuery("select count(*) from reading where id = ?1").setParameter(1, readingId)
                    .getSingleResult();
            if (found.longValue() == 0) {
                throw ProblemException.badRequest("reading", "no reading " + readingId);
            }
        }
        if (slug == null || slug.isBlank()) {
            return null;
        }
        List<?> ids = em.createNativeQuery("select id from negotiation where slug = ?1").setParameter(1, slug).getResultList();
        if (ids.isEmpty()) {
            throw ProblemException.badRequest("negotiation", "no negotiation '" + slug + "'");
        }
        return ((Number) ids.get(0)).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(SearchSql sql) {
        return query(sql).getResultList();
    }

    private Object single(SearchSql sql) {
        return query(sql).getSingleResult();
    }

    private Query query(SearchSql sql) {
        Query query = em.createNativeQuery(sql.sql());
        List<Object> parameters = sql.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
