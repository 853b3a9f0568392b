package org.treatytracker.account;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.treatytracker.config.TreatyConfig;

/**
 * Slows down and then refuses password guessing: failed logins are counted per username (a guesser aiming at one
 * account from many addresses) and per client address (one guesser trying many usernames). A successful login
 * clears the username's failures but not the address's, or a guesser with an account of their own could clear
 * their address by logging in between guesses.
 */
@ApplicationScoped
public class LoginThrottle {

    /** How an attempt ended: credentials refused, credentials verified, or never checked (a public read). */
    public enum Outcome { FAILED, SUCCEEDED, UNVERIFIED }

    /** Usernames are at most 100 characters (UserDto); longer ones are cut so that no key costs more memory. */
    static final int MAX_KEY_LENGTH = 100;

    private final FailureCounter usernames;
    private final FailureCounter addresses;
    private final Duration slotWait;

    @Inject
    public LoginThrottle(TreatyConfig config) {
        this(config.login(), Ticker.systemTicker());
    }

    LoginThrottle(TreatyConfig.Login login, Ticker ticker) {
        this.usernames = counter(login, login.username(), ticker);
        this.addresses = counter(login, login.address(), ticker);
        this.slotWait = login.slotWait();
    }

    /** How long an attempt may wait for a slot of its username or address before it is refused. */
    public Duration slotWait() {
        return slotWait;
    }

    private static FailureCounter counter(TreatyConfig.Login login, TreatyConfig.Limits limits, Ticker ticker) {
        return new FailureCounter(limits.delayAfter(), limits.lockAfter(), login.window(), login.firstDelay(), login.maxDelay(),
                login.maxConcurrent(), login.maxTracked(), ticker);
    }

    /**
     * Starts a login attempt; the caller must {@link Attempt#end end} every allowed attempt. The wait is the longer
     * of the two keys' waits; a refusal of either key refuses the attempt.
     */
    public Attempt begin(String username, String address) {
        String user = username == null ? null : cut(username);
        String from = cut(address);
        FailureCounter.Verdict byAddress = addresses.begin(from);
        if (!byAddress.allowed()) {
            return new Attempt(null, null, byAddress);
        }
        if (user == null) {
            return new Attempt(null, from, byAddress);
        }
        FailureCounter.Verdict byUser = usernames.begin(user);
        if (!byUser.allowed()) {
            addresses.end(from, false, false);
            return new Attempt(null, null, byUser);
        }
        Duration delay = byUser.delay().compareTo(byAddress.delay()) > 0 ? byUser.delay() : byAddress.delay();
        return new Attempt(user, from, FailureCounter.Verdict.allow(delay));
    }

    private static String cut(String key) {
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }

    long trackedUsernames() {
        return usernames.tracked();
    }

    /** One login attempt under way. */
    public final class Attempt {

        private final String username;
        private final String address;
        private final FailureCounter.Verdict verdict;
        private boolean ended;

        private Attempt(String username, String address, FailureCounter.Verdict verdict) {
            this.username = username;
            this.address = address;
            this.verdict = verdict;
        }

        public boolean allowed() {
            return verdict.allowed();
        }

        /** Refused only because every slot is held by attempts in progress: worth asking again shortly. */
        public boolean busy() {
            return verdict.busy();
        }

        /** How long to hold the attempt before checking its credentials. */
        public Duration delay() {
            return verdict.delay();
        }

        /** When a refused attempt may be tried again. */
        public Duration retryAfter() {
            return verdict.retryAfter();
        }

        /** Records the outcome once; later calls (a response that ends after its headers were sent) do nothing. */
        public synchronized void end(Outcome outcome) {
            if (ended || !allowed()) {
                return;
            }
            ended = true;
            boolean failed = outcome == Outcome.FAILED;
            if (address != null) {
                addresses.end(address, failed, false);
            }
            if (username != null) {
                usernames.end(username, failed, outcome == Outcome.SUCCEEDED);
            }
        }
    }
}
