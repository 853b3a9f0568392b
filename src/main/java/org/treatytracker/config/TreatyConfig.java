package org.treatytracker.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The application's own settings (the {@code treaty.} properties in application.properties). */
@ConfigMapping(prefix = "treaty")
public interface TreatyConfig {

    /**
     * Where clients reach this server, e.g. https://tracker.example.org: absolute links (the Atom feed's) are built
     * from it and never from the request's Host header, which any client can set.
     */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    /** Throttling of failed logins. */
    Login login();

    /** The first admin, created at the first start of an empty user table (UserService). */
    Admin admin();

    /** Loading the curated dataset into an empty database (SeedLoader). */
    Seed seed();

    /** The stakeholder register shipped as data ({@code RegisterLoader}). */
    Register register();

    /** bcrypt's cost for new password hashes (10 is BcryptUtil's default; the test profile uses 4 to stay fast). */
    @WithDefault("10")
    int passwordHashCost();

    /** The response cache of public reads (edge/ResponseCache). */
    Cache cache();

    /** Webhook deliveries (webhook/WebhookDispatcher). */
    Webhooks webhooks();

    /** Full-text search (search/). */
    Search search();

    /** What one import (a draft, a report) may cost before it is refused (draftfile/ImportGuard). */
    Imports imports();

    /** The backup's restore (backup/). */
    Backup backup();

    /** The HTTP edge's own limits (edge/SlowClients). */
    Http http();

    /** Limits on slow clients. */
    interface Http {

        /** Longest time a connection may go without the server writing: a request's head, body and processing. */
        @WithDefault("60S")
        Duration responseDeadline();
    }

    /** The public base URL with no trailing slash, ready for a path that starts with '/'. */
    default String baseUrl() {
        String base = publicBaseUrl().trim();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The first admin's name, and password (TREATY_ADMIN_PASSWORD; empty means none: the server starts read-only). */
    interface Admin {

        @WithDefault("admin")
        String username();

        Optional<String> password();
    }

    /** Whether an empty database is loaded from seeds/ at start. */
    interface Cache {

        /** At most this many bytes of kept answers (bodies and keys) per instance. */
        @WithDefault("33554432")
        long maxBytes();

        /** At most about this many bytes of parsed provision texts (text/ParsedDrafts), each text parsed once. */
        @WithDefault("16777216")
        long parsedMaxBytes();

        /** At most about this many bytes of word diffs of pairs of texts (text/WordDiffs), each pair diffed once. */
        @WithDefault("8388608")
        long diffMaxBytes();

        /** At most about this many bytes of bracket changes of pairs of drafts (text/BracketChangesCache), each pair worked out once. */
        @WithDefault("8388608")
        long changesMaxBytes();
    }

    interface Register {

        /** Add the register's stakeholders (register/stakeholders.json) that are missing, at every start. */
        @WithDefault("true")
        boolean enabled();

        /** Check the register after start, on a thread of its own, instead of before the first request is answered. */
        @WithDefault("true")
        boolean inBackground();
    }

    interface Seed {

        @WithDefault("true")
        boolean enabled();

        /**
         * Sample negotiations (seeds/{name}/negotiation.json) loaded after the curated seed into an empty database,
         * so that a first start has readings to compare; none when unset.
         */
        Optional<List<String>> samples();
    }

    /**
     * Failed logins are counted per username and per client address over a window. Past delay-after failures each
     * attempt waits (first-delay, doubling up to max-delay); at lock-after failures attempts are refused with 429
     * until the window that began with the first failure has passed.
     */
    interface Login {

        @WithDefault("15M")
        Duration window();

        @WithDefault("1S")
        Duration firstDelay();

        @WithDefault("16S")
        Duration maxDelay();

        /**
         * Attempts one username or address may have in progress at once, at most; lock-after minus the failures so far
         * is the tighter bound (each attempt in progress may still fail), so this matters only above lock-after.
         */
        @WithDefault("64")
        int maxConcurrent();

        /** How long an attempt waits for a free slot (all held by attempts in progress) before a 429. */
        @WithDefault("10S")
        Duration slotWait();

        /** Usernames, and addresses, tracked at most: what an attacker inventing names can make us remember. */
        @WithDefault("50000")
        long maxTracked();

        Limits username();

        Limits address();
    }

    /** When attempts start to wait, and when they are refused. */
    interface Limits {

        int delayAfter();

        int lockAfter();
    }

    /**
     * How webhook deliveries are sent: the dispatcher polls the outbox and the due deliveries every poll-interval,
     * sends with this timeout, and retries a failed delivery after first-retry, doubling up to max-retry, until
     * max-attempts have failed.
     */
    interface Webhooks {

        /** Whether this instance sends deliveries at all (events are recorded either way). */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("1S")
        Duration pollInterval();

        /** Connect and response timeout of one attempt; a claimed delivery is free again after it plus 10 s. */
        @WithDefault("10S")
        Duration timeout();

        @WithDefault("8")
        int maxAttempts();

        @WithDefault("30S")
        Duration firstRetry();

        @WithDefault("1H")
        Duration maxRetry();

        /** Deliveries sent at once by one instance. */
        @WithDefault("4")
        int senders();

        /** Whether targets on loopback, private or link-local addresses are allowed (tests, an internal receiver). */
        @WithDefault("false")
        boolean allowPrivateTargets();

        /** Delivered and failed deliveries are kept in the log this long. */
        @WithDefault("720H")
        Duration retention();
    }

    /** Full-text search's index (search/SearchIndexer). */
    interface Search {

        /** Index at start whatever has no search document yet (an upgraded database, data loaded by plain SQL). */
        @WithDefault("true")
        boolean indexAtStart();
    }

    /**
     * Budgets of every import. Bytes are counted after decompression; a PDF's content streams once per page that
     * draws them. Past a size budget the import is refused with 413, past its time with 422; either way nothing is
     * stored and the import's own thread rolls its transaction back (the transaction's timeout is max-time plus
     * transaction-margin, so that the transaction manager never has to cancel it from another thread).
     */
    interface Imports {

        /** Wall time of one import: reading the file, recognising the draft, writing it. */
        @WithDefault("30S")
        Duration maxTime();

        /** Added to max-time for the import's transaction timeout. */
        @WithDefault("30S")
        Duration transactionMargin();

        /** One part of a .docx, or one stream of a PDF, after decompression. */
        @WithDefault("16777216")
        long maxPartBytes();

        /** A whole .docx after decompression; what text extraction interprets of a whole PDF. */
        @WithDefault("67108864")
        long maxInflatedBytes();

        @WithDefault("1000")
        int maxPages();

        /** Objects in a PDF's cross-reference table. */
        @WithDefault("200000")
        int maxObjects();

        /** Characters of a draft's text (as read from the file). */
        @WithDefault("2000000")
        int maxCharacters();

        /** Characters of a report's text. */
        @WithDefault("1000000")
        int maxReportCharacters();
    }

    /** How large a restore's upload may be. */
    interface Backup {

        /**
         * The largest backup the restore takes (it streams its upload, so this bounds time and disk, not memory);
         * every other body stays at 2 MB (edge/HttpEdge.MAX_BODY_BYTES). quarkus.http.limits.max-body-size must
         * stay above it, or the HTTP server refuses a large upload sent in chunks before the restore can say why.
         */
        @WithDefault("512M")
        @WithConverter(MemorySizeConverter.class)
        MemorySize maxRestoreSize();
    }
}
