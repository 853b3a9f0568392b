package org.treatytracker.webhook;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadFactory;
import org.jboss.logging.Logger;
import org.treatytracker.config.TreatyConfig;

/**
 * The background worker of webhooks, on every instance: every poll interval it fans the outbox out to
 * deliveries, then sends the due deliveries (a few at once), until nothing is left, and once in a while forgets
 * delivered and failed deliveries past their retention. Everything it knows is in the database, so a restart,
 * or another instance, takes over where it stopped. A plain scheduled executor: one fixed-delay task needs no
 * scheduler extension.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(10);

    @Inject
    TreatyConfig config;

    @Inject
    EventFanout fanout;

    @Inject
    DeliverySender sender;

    private ScheduledExecutorService worker;
    private ExecutorService senders;
    private Instant lastCleanup = Instant.EPOCH;

    void start(@Observes StartupEvent started) {
        TreatyConfig.Webhooks settings = config.webhooks();
        if (!settings.enabled()) {
            return;
        }
        worker = Executors.newSingleThreadScheduledExecutor(daemon("webhook-dispatcher"));
        senders = Executors.newFixedThreadPool(settings.senders(), daemon("webhook-sender"));
        worker.scheduleWithFixedDelay(this::run, settings.pollInterval().toMillis(), settings.pollInterval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (worker != null) {
            worker.shutdownNow();
            senders.shutdownNow();
        }
    }

    private void run() {
        try {
            while (fanout.fanOutBatch() == EventFanout.BATCH) {
                // more waiting
            }
            // As many claims as senders: a claim must not run out while it waits for a sender.
            int claims = config.webhooks().senders();
            List<Long> claimed;
            do {
                Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                Instant until = now.plus(config.webhooks().timeout()).plusSeconds(10);
                claimed = sender.claimDue(now, until, claims);
                List<Future<?>> sending = new ArrayList<>();
                for (long id : claimed) {
                    sending.add(senders.submit(() -> sender.send(id, until)));
                }
                for (Future<?> one : sending) {
                    one.get();
                }
            } while (claimed.size() == claims);
            if (Instant.now().isAfter(lastCleanup.plus(CLEANUP_EVERY))) {
                lastCleanup = Instant.now();
                sender.forgetOld(Instant.now().minus(config.webhooks().retention()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // The next run tries again: nothing is lost, the rows stay where they are.
            LOG.warnf("webhook dispatcher: %s", e.toString());
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
