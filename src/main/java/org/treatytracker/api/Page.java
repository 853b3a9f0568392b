package org.treatytracker.api;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.function.Function;

/** One page of a sorted list: the items, the page asked for, its size and the total number of items. */
public record Page<T>(@NotNull List<T> items, int page, int size, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
