package org.treatytracker.webhook;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import org.jboss.logging.Logger;
import org.treatytracker.config.TreatyConfig;

/**
 * Sends deliveries. A due delivery is claimed with a conditional update (it is pending, due, and nobody's claim
 * is running), so of several instances one sends each attempt; a claim runs out after the timeout and ten
 * seconds, so a delivery whose sender died (a crash mid-request) is sent again: at least once, and the
 * receiver deduplicates on webhook-id. A 2xx answer delivers; anything else is retried on the schedule until
 * the last attempt, which fails the delivery. Redirects are not followed (a redirect could lead anywhere).
 */
@ApplicationScoped
public class DeliverySender {

    private static final Logger LOG = Logger.getLogger(DeliverySender.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TreatyConfig config;

    private HttpClient http;
    private RetrySchedule schedule;

    @PostConstruct
    void init() {
        TreatyConfig.Webhooks settings = config.webhooks();
        // HTTP/1.1: receivers are plain web servers, and an h2c upgrade offer only confuses some of them.
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        schedule = new RetrySchedule(settings.firstRetry(), settings.maxRetry(), settings.maxAttempts());
    }

    /** Claims up to {@code max} due deliveries until {@code until}; answers the ones this instance now holds. */
    List<Long> claimDue(Instant now, Instant until, int max) throws SQLException {
        List<Long> due = new ArrayList<>();
        List<Long> claimed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement query = connection.prepareStatement("select d.id from webhook_delivery d join webhook w on w.id = d.webhook_id"
                    + " where w.active = true and d.status = 'PENDING' and d.next_attempt_at <= ?"
                    + " and (d.claimed_until is null or d.claimed_until < ?) order by d.next_attempt_at, d.id fetch first " + max + " rows only")) {
                query.setObject(1, utc(now));
                query.setObject(2, utc(now));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        due.add(rows.getLong(1));
                    }
                }
            }
            try (PreparedStatement claim = connection.prepareStatement("update webhook_delivery set claimed_until = ? where id = ?"
                    + " and status = 'PENDING' and (claimed_until is null or claimed_until < ?)")) {
                for (long id : due) {
                    claim.setObject(1, utc(until));
                    claim.setLong(2, id);
                    claim.setObject(3, utc(now));
                    if (claim.executeUpdate() == 1) {
                        claimed.add(id);
                    }
                }
            }
        }
        return claimed;
    }

    /** One attempt at a delivery this instance has claimed until {@code claim}. */
    void send(long deliveryId, Instant claim) {
        try {
            String eventId;
            String payload;
            String url;
            String secret;
            int attempts;
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement query = connection.prepareStatement("select d.event_id, d.payload, w.url, w.secret, d.attempts"
                         + " from webhook_delivery d join webhook w on w.id = d.webhook_id where d.id = ?")) {
                query.setLong(1, deliveryId);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return;  // its subscription was deleted meanwhile
                    }
                    eventId = row.getString(1);
                    payload = row.getString(2);
                    url = row.getString(3);
                    secret = row.getString(4);
                    attempts = row.getInt(5);
                }
            }
            Instant started = Instant.now();
            Integer status = null;
            String error = null;
            String refusal = WebhookTargets.refusal(url, config.webhooks().allowPrivateTargets());
            if (refusal != null) {
                error = "not sent: the url " + refusal;
            } else {
                long timestamp = started.getEpochSecond();
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(config.webhooks().timeout())
                        .header("Content-Type", "application/json")
                        .header("User-Agent", "TreatyTracker-Webhooks/1")
                        .header("webhook-id", eventId)
                        .header("webhook-timestamp", Long.toString(timestamp))
                        .header("webhook-signature", WebhookSignature.sign(secret, eventId, timestamp, payload))
                        .POST(HttpRequest.BodyPublishers.ofString(payload)).build();
                try {
                    status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException | IllegalArgumentException e) {
                    error = describe(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;  // shutting down: the claim runs out and the delivery is sent again
                }
            }
            record(deliveryId, claim, attempts + 1, started, status, error);
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("webhook delivery %d: %s", deliveryId, e.toString());
        }
    }

    private void record(long deliveryId, Instant claim, int attempts, Instant started, Integer status, String error) throws SQLException {
        Instant now = Instant.now();
        boolean delivered = status != null && status >= 200 && status < 300;
        if (!delivered && error == null) {
            error = "answered " + status;
        }
        Duration wait = delivered ? null : schedule.after(attempts, ThreadLocalRandom.current());
        String outcome = delivered ? "DELIVERED" : wait == null ? "FAILED" : "PENDING";
        String lastError = delivered ? null : truncate(error);
        String attemptError = truncate(error);
        Integer code = status;
        inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update webhook_delivery set attempts = ?, status = ?,"
                    + " last_status = ?, last_error = ?, next_attempt_at = ?, delivered_at = ?, claimed_until = null"
                    + " where id = ? and claimed_until = ?");
                 PreparedStatement attempt = connection.prepareStatement("insert into webhook_attempt (delivery_id, attempted_at,"
                         + " status_code, error, duration_ms) values (?, ?, ?, ?, ?)")) {
                update.setInt(1, attempts);
                update.setString(2, outcome);
                setInteger(update, 3, code);
                update.setString(4, lastError);
                update.setObject(5, utc(wait == null ? now : now.plus(wait)));
                update.setObject(6, delivered ? utc(now) : null, Types.TIMESTAMP_WITH_TIMEZONE);
                update.setLong(7, deliveryId);
                update.setObject(8, utc(claim));
                // 0 rows: the claim ran out and another sender has the delivery; the attempt happened all the same.
                update.executeUpdate();
                attempt.setLong(1, deliveryId);
                attempt.setObject(2, utc(started));
                setInteger(attempt, 3, code);
                attempt.setString(4, attemptError);
                attempt.setLong(5, Duration.between(started, now).toMillis());
                attempt.executeUpdate();
            }
        });
    }

    /** Deletes delivered and failed deliveries older than the retention, with their attempts. */
    void forgetOld(Instant before) throws SQLException {
        inTransaction(connection -> {
            try (PreparedStatement attempts = connection.prepareStatement("delete from webhook_attempt where delivery_id in (select id from"
                    + " webhook_delivery where status <> 'PENDING' and created_at < ?)");
                 PreparedStatement deliveries = connection.prepareStatement("delete from webhook_delivery where status <> 'PENDING'"
                         + " and created_at < ?")) {
                attempts.setObject(1, utc(before));
                attempts.executeUpdate();
                deliveries.setObject(1, utc(before));
                deliveries.executeUpdate();
            }
        });
    }

    /** Work on a connection enlisted in a transaction of its own, committed when the work returns. */
    private void inTransaction(SqlWork work) throws SQLException {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    work.run(connection);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw e;
        }
    }

    private interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static String describe(Exception e) {
        String name = e instanceof HttpTimeoutException ? "timed out"
                : e instanceof ConnectException ? "connection refused" : "no answer";
        return e.getMessage() == null ? name : name + ": " + e.getMessage();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
