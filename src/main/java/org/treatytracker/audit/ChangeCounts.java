package org.treatytracker.audit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.function.LongSupplier;
import org.treatytracker.persistence.DataRevision;

/**
 * How many change sets a changes feed holds, counted once per data revision. The count changes only when a change
 * set is added or the trail is restored, and each of those advances the data revision in the same transaction
 * (AuditRevisionListener, the backup's restore). PostgreSQL counts by reading every change set (0.74 ms for the
 * 20,000 of the large set, three quarters of a fresh feed's time in the database); H2 answers an unconditioned count
 * from the table's row count, so there it saves only the statement.
 *
 * <p>The revision is read before the count: a write that commits in between makes the count newer than its key,
 * never older, and the next reader, who sees the new revision, counts again. Only reads count here (the feeds and
 * the site's pages of changes): inside a write's transaction a count would see change sets not yet committed.
 */
@ApplicationScoped
public class ChangeCounts {

    /** What a count depends on besides the trail: the negotiation and the time a feed is limited to. */
    private record Key(long revision, Long negotiationId, Instant since) {
    }

    /** A few hundred feeds (a negotiation, a since) at a time; an entry is three numbers. */
    private final Cache<Key, Long> counts = Caffeine.newBuilder().maximumSize(512).build();

    @Inject
    DataRevision revision;

    /** The count of the feed limited to the negotiation and time (either may be null), from {@code counter} when not kept. */
    long of(Long negotiationId, Instant since, LongSupplier counter) {
        return counts.get(new Key(revision.current(), negotiationId, since), key -> counter.getAsLong());
    }
}
