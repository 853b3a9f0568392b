package org.treatytracker.draftfile;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.Function;
import org.treatytracker.config.TreatyConfig;

/**
 * Starts every import with its budgets (treaty.imports.*) and its deadline, and ends the imports still running
 * when the server stops: each stops at its next check and rolls back, so that shutdown does not wait for it and
 * no thread holding a database connection has to be interrupted.
 */
@ApplicationScoped
public class ImportGuard {

    @Inject
    TreatyConfig config;

    private final Set<Deadline> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    public ImportBudget budget() {
        TreatyConfig.Imports c = config.imports();
        return new ImportBudget(c.maxPartBytes(), c.maxInflatedBytes(), c.maxPages(), c.maxObjects(), c.maxCharacters());
    }

    /** Most characters a report may hold (413 past it). */
    public int maxReportCharacters() {
        return config.imports().maxReportCharacters();
    }

    /** The timeout of an import's transaction: longer than its time budget, so the deadline always comes first. */
    public int transactionTimeoutSeconds() {
        return (int) Math.max(1, config.imports().maxTime().plus(config.imports().transactionMargin()).toSeconds());
    }

    /**
     * Runs an import under a deadline of its own, cancelled when the client of the request has closed its
     * connection (request may be null) or the server stops.
     */
    public <T> T run(HttpServerRequest request, Function<Deadline, T> work) {
        Deadline deadline = new Deadline(config.imports().maxTime(), request == null ? () -> false : () -> request.response().closed());
        if (stopping) {
            deadline.cancel("the server is stopping");
        }
        running.add(deadline);
        try {
            return work.apply(deadline);
        } finally {
            running.remove(deadline);
        }
    }

    /** The same, for callers that have no request (tests, tools). */
    public <T> T run(Supplier<T> work) {
        return run(null, d -> work.get());
    }

    /** Early among the shutdown observers: an import holding a connection must end before the pool closes. */
    void stop(@Observes @Priority(1) ShutdownEvent event) {
        stopping = true;
        running.forEach(d -> d.cancel("the server is stopping"));
    }
}
