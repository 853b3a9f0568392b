package org.treatytracker.api;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Paging and sorting query parameters shared by every list endpoint. Sorting is by whitelisted fields only,
 * and the entity id is always the last sort key, so that pages never overlap or skip items.
 */
public class PageRequest {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(1_000_000)
    @Parameter(description = "Zero-based page number")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Items per page, at most " + MAX_SIZE)
    public int size;

    @QueryParam("sort")
    @Parameter(description = "Comma-separated sort fields; a leading '-' sorts descending (e.g. `-date,label`)")
    public String sort;

    public PageRequest() {
    }

    public PageRequest(int page, int size, String sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }

    public int offset() {
        return page * size;
    }

    /**
     * The total of a list whose page came back with {@code items} items. A page that is not full holds the rest of the
     * list, so unless it is past the end (empty, and not the first) the total is known without counting; otherwise it
     * is {@code count}'s. Most provisions' positions fit on one page: their lists then run no count at all.
     */
    public long total(int items, LongSupplier count) {
        return items < size && (items > 0 || page == 0) ? (long) offset() + items : count.getAsLong();
    }

    /** This page of a query's results, each mapped to its view, with the total the caller counted. */
    public <E, V> Page<V> of(PanacheQuery<E> query, long total, Function<E, V> view) {
        List<V> items = query.range(offset(), offset() + size - 1).list().stream().map(view).toList();
        return new Page<>(items, page, size, total);
    }

    /**
     * The JPQL ORDER BY clause for this request. {@code sortable} maps the API's field names to JPQL paths;
     * {@code idPath} is the tie-breaker. An unknown field is a 400 naming the allowed ones.
     */
    public String orderBy(Map<String, String> sortable, String defaultSort, String idPath) {
        String requested = sort == null || sort.isBlank() ? defaultSort : sort;
        List<String> keys = new ArrayList<>();
        for (String raw : requested.split(",")) {
            String field = raw.trim();
            if (field.isEmpty()) {
                continue;
            }
            boolean descending = field.startsWith("-");
            String name = descending ? field.substring(1) : field;
            String path = sortable.get(name);
            if (path == null) {
                throw ProblemException.badRequest("sort",
                        "cannot sort by '" + name + "'; sortable fields are " + String.join(", ", sortable.keySet()));
            }
            keys.add(path + (descending ? " desc" : " asc"));
        }
        keys.add(idPath + " asc");
        return " order by " + String.join(", ", keys);
    }
}
