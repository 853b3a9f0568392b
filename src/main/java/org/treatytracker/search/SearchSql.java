package org.treatytracker.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SQL of one search, built with its parameters (numbered {@code ?1, ?2…} as Hibernate's native queries take
 * them). The same statements run on H2 and PostgreSQL: every word, prefix, phrase and OR group is a sub-select
 * of document ids over search_posting, so matching and counting are the same set and paging stays exact; a
 * phrase is a self-join on consecutive positions, anchored on its rarest-looking term (its first that is not a
 * stop word); BM25 is summed over the page's candidates from their term frequencies. Plain Java.
 */
final class SearchSql {

    /** BM25's usual constants: term-frequency saturation and length normalisation. */
    static final double K1 = 1.2;
    static final double B = 0.75;

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    String sql() {
        return sql.toString();
    }

    List<Object> parameters() {
        return parameters;
    }

    private SearchSql text(String text) {
        sql.append(text);
        return this;
    }

    private SearchSql param(Object value) {
        parameters.add(value);
        sql.append('?').append(parameters.size());
        return this;
    }

    private SearchSql number(double value) {
        sql.append("cast(");
        param(value);
        return text(" as double precision)");
    }

    /** Filters of a search: negotiation id, reading id, kinds (any may be absent). */
    record Filters(Long negotiation, Long reading, List<SearchKind> kinds) {
    }

    /**
     * Document count and total length, then per scoring term and prefix its document frequency (one statement).
     * Rows: (0, null, documents, total length), (1, term, df, 0), (2, prefix, df, 0).
     */
    static SearchSql statistics(SearchQuery query) {
        SearchSql s = new SearchSql().text("select 0, cast(null as varchar(100)), count(*), coalesce(sum(term_count), 0) from search_document");
        if (!query.scoringTerms().isEmpty()) {
            s.text(" union all select 1, term, count(distinct document_id), 0 from search_posting where term in (");
            s.list(List.copyOf(query.scoringTerms())).text(") group by term");
        }
        for (String prefix : query.scoringPrefixes()) {
            s.text(" union all select 2, cast(").param(prefix).text(" as varchar(100)), count(distinct document_id), 0 from search_posting where ")
                    .prefix("term", prefix);
        }
        return s;
    }

    /**
     * The ids and scores of one page of matches, best first (ties by id). (A count(*) over () window here instead of
     * the count statement was three times slower on H2 with 78,000 matches, and so was leaving out the sub-select of
     * a lone group of words: H2 then reads the documents by the term join alone.)
     */
    static SearchSql page(SearchQuery query, Filters filters, Map<String, Double> idf, Map<String, Double> prefixIdf,
            double averageLength, int offset, int limit) {
        SearchSql s = new SearchSql().text("select d.id, sum((case");
        idf.forEach((term, weight) -> s.text(" when w.term = ").param(term).text(" then ").number(weight * (K1 + 1)));
        prefixIdf.forEach((prefix, weight) -> s.text(" when ").prefix("w.term", prefix).text(" then ").number(weight * (K1 + 1)));
        s.text(" else 0 end) * w.tf / (w.tf + ").number(K1 * (1 - B)).text(" + ").number(K1 * B / Math.max(1, averageLength))
                .text(" * d.term_count)) as score from search_document d join (select p.document_id, p.term, count(*) as tf"
                        + " from search_posting p where ");
        boolean first = true;
        if (!idf.isEmpty()) {
            s.text("p.term in (").list(new ArrayList<>(idf.keySet())).text(")");
            first = false;
        }
        for (String prefix : prefixIdf.keySet()) {
            s.text(first ? "(" : " or (").prefix("p.term", prefix).text(")");
            first = false;
        }
        s.text(" group by p.document_id, p.term) w on w.document_id = d.id where ");
        s.conditions(query, filters);
        s.text(" group by d.id order by score desc, d.id limit ").param(limit).text(" offset ").param(offset);
        return s;
    }

    /** How many documents match (the same conditions as the page). */
    static SearchSql count(SearchQuery query, Filters filters) {
        return new SearchSql().text("select count(*) from search_document d where ").conditions(query, filters);
    }

    /** What the hits of a page need besides their score: text, titles, link parts. */
    static SearchSql details(List<Long> ids) {
        return new SearchSql().text("select d.id, d.kind, t.body, n.slug, d.reading_id, r.label, r.document_symbol,"
                + " v.provision_id, v.e_id, v.title, pa.id, pa.num, sd.title, sd.symbol, po.stance, pv.provision_id"
                + " from search_document d join search_text t on t.document_id = d.id join negotiation n on n.id = d.negotiation_id"
                + " left join reading r on r.id = d.reading_id"
                + " left join provision_version v on v.id = d.provision_version_id"
                + " left join position po on po.id = d.position_id"
                + " left join provision_version pv on pv.id = po.provision_version_id"
                + " left join paragraph pa on pa.id = coalesce(d.paragraph_id, po.paragraph_id)"
                + " left join source_document sd on sd.id = pa.source_document_id"
                + " where d.id in (").list(ids).text(")");
    }

    private SearchSql conditions(SearchQuery query, Filters filters) {
        text("1 = 1");
        if (filters.negotiation() != null) {
            text(" and d.negotiation_id = ").param(filters.negotiation());
        }
        if (filters.reading() != null) {
            text(" and d.reading_id = ").param(filters.reading());
        }
        if (filters.kinds() != null && !filters.kinds().isEmpty()) {
            text(" and d.kind in (").list(filters.kinds().stream().map(SearchKind::name).toList()).text(")");
        }
        for (List<SearchQuery.Item> group : query.required()) {
            text(" and d.id in (");
            for (int i = 0; i < group.size(); i++) {
                text(i == 0 ? "" : " union ").matches(group.get(i));
            }
            text(")");
        }
        for (SearchQuery.Item item : query.excluded()) {
            text(" and d.id not in (").matches(item).text(")");
        }
        return this;
    }

    /** A sub-select of the ids of the documents where the word, prefix or phrase occurs. */
    private SearchSql matches(SearchQuery.Item item) {
        if (item.prefix()) {
            return text("select m.document_id from search_posting m where ").prefix("m.term", item.terms().get(0));
        }
        if (!item.phrase()) {
            return text("select m.document_id from search_posting m where m.term = ").param(item.terms().get(0));
        }
        List<String> terms = item.terms();
        List<Integer> offsets = item.offsets();
        int anchor = 0;
        while (anchor < terms.size() - 1 && SearchAnalyzer.isStopWord(terms.get(anchor))) {
            anchor++;
        }
        text("select m" + anchor + ".document_id from search_posting m" + anchor);
        for (int k = 0; k < terms.size(); k++) {
            if (k == anchor) {
                continue;
            }
            text(" join search_posting m" + k + " on m" + k + ".document_id = m" + anchor + ".document_id and m" + k
                    + ".pos = m" + anchor + ".pos + " + (offsets.get(k) - offsets.get(anchor)) + " and m" + k + ".term = ")
                    .param(terms.get(k));
        }
        return text(" where m" + anchor + ".term = ").param(terms.get(anchor));
    }

    /**
     * Terms that start with a prefix: a range the term index can serve (on any collation), then LIKE for exactness.
     */
    private SearchSql prefix(String column, String prefix) {
        String upper = prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1);
        String like = prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return text(column + " >= ").param(prefix).text(" and " + column + " < ").param(upper)
                .text(" and " + column + " like ").param(like).text(" escape '!'");
    }

    private SearchSql list(List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            text(i == 0 ? "" : ", ").param(values.get(i));
        }
        return this;
    }
}
