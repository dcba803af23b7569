package com.pmosuite.workbench.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Slows password guessing, on the login form and on Basic auth alike. Jira asks for a CAPTCHA after three failed
 * logins of one username; the workbench has none, so after {@link Limit#failures()} failures within a window it
 * refuses every login of that username (and, with a higher limit, from that client address) for a while, even
 * with the right password, and each further lockout lasts twice as long. Unknown usernames are counted like known
 * ones, so the refusal says nothing about which accounts exist.
 */
public final class LoginThrottle {

    /** Failures allowed within {@code window}; then lockouts from {@code firstLockout}, doubling up to the longest. */
    public record Limit(int failures, Duration window, Duration firstLockout, Duration longestLockout) {
        public Limit {
            if (failures < 1 || window.isNegative() || window.isZero() || firstLockout.isNegative()
                    || firstLockout.isZero() || longestLockout.compareTo(firstLockout) < 0) {
                throw new IllegalArgumentException("Unusable login limit");
            }
        }
    }

    /** Five failures, as people mistype; Jira's CAPTCHA comes after three. */
    public static final Limit PER_USERNAME =
            new Limit(5, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(1));
    /** Higher, since people behind one proxy share an address; it stops one client from trying many usernames. */
    public static final Limit PER_ADDRESS =
            new Limit(20, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(1));
    /** Usernames and addresses remembered at most; past it, forgotten and then unlocked entries are dropped. */
    static final int MAX_TRACKED = 10_000;
    private static final int MAX_USERNAME_KEY = 255;

    /** What a login attempt came to. */
    sealed interface Attempt permits Accepted, Rejected, Refused {
    }

    /** The credentials were right. */
    record Accepted(WorkbenchAccount account) implements Attempt {
    }

    /** The credentials were wrong. */
    record Rejected() implements Attempt {
    }

    /** Not checked at all: too many recent failures; the client may try again after {@code retryAfter}. */
    record Refused(Duration retryAfter) implements Attempt {

        /** For people: "1 minute", "5 minutes", rounded up. */
        String waitInWords() {
            long minutes = Math.max(1, (retryAfterSeconds() + 59) / 60);
            return minutes == 1 ? "1 minute" : minutes + " minutes";
        }

        /** For {@code Retry-After}: whole seconds, rounded up. */
        long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    private final Clock clock;
    private final Limit perUsername;
    private final Limit perAddress;
    private final Map<String, Failures> usernames = new HashMap<>();
    private final Map<String, Failures> addresses = new HashMap<>();

    public LoginThrottle(Clock clock) {
        this(clock, PER_USERNAME, PER_ADDRESS);
    }

    public LoginThrottle(Clock clock, Limit perUsername, Limit perAddress) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.perUsername = Objects.requireNonNull(perUsername, "perUsername");
        this.perAddress = Objects.requireNonNull(perAddress, "perAddress");
    }

    /**
     * Checks the credentials with {@code authenticate} unless {@code username} or {@code address} is locked out.
     * One attempt at a time: checking costs two hashes, and parallel guesses must not slip past the count.
     */
    synchronized Attempt attempt(String username, String address,
                                 Supplier<Optional<WorkbenchAccount>> authenticate) {
        Instant now = clock.instant();
        String user = usernameKey(username);
        String from = address == null ? "" : address;
        Duration wait = longer(remainingLockout(usernames.get(user), now),
                remainingLockout(addresses.get(from), now));
        if (!wait.isZero()) {
            return new Refused(wait);
        }
        Optional<WorkbenchAccount> account = authenticate.get();
        if (account.isPresent()) {
            // The address keeps its count: one valid account must not reset guesses at others.
            usernames.remove(user);
            return new Accepted(account.get());
        }
        failure(usernames, user, perUsername, now);
        failure(addresses, from, perAddress, now);
        return new Rejected();
    }

    private static void failure(Map<String, Failures> failures, String key, Limit limit, Instant now) {
        if (!failures.containsKey(key) && failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(f -> f.forgettable(now, limit));
            if (failures.size() >= MAX_TRACKED) {
                failures.values().removeIf(f -> !f.lockedAt(now));
            }
            if (failures.size() >= MAX_TRACKED) {
                return;
            }
        }
        failures.computeIfAbsent(key, k -> new Failures()).add(now, limit);
    }

    private static Duration remainingLockout(Failures failures, Instant now) {
        return failures == null || !failures.lockedAt(now) ? Duration.ZERO
                : Duration.between(now, failures.lockedUntil);
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    // Usernames are case-insensitive (WorkbenchAccounts); the cut bounds the memory an attacker's names take.
    private static String usernameKey(String username) {
        String key = username == null ? "" : username.toLowerCase(Locale.ROOT);
        return key.length() > MAX_USERNAME_KEY ? key.substring(0, MAX_USERNAME_KEY) : key;
    }

    /** The recent failures of one username or address. Guarded by the throttle's lock. */
    private static final class Failures {
        private Instant windowStart;
        private int count;
        private Instant lockedUntil;
        private int lockouts;

        void add(Instant now, Limit limit) {
            if (forgettable(now, limit)) {
                lockouts = 0;
            }
            if (windowStart == null || !now.isBefore(windowStart.plus(limit.window()))) {
                windowStart = now;
                count = 0;
            }
            count++;
            if (count >= limit.failures()) {
                lockouts++;
                lockedUntil = now.plus(lockout(limit, lockouts));
                windowStart = null;
                count = 0;
            }
        }

        boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }

        /** Nothing to remember: no lockout that could still grow, no failures still in their window. */
        boolean forgettable(Instant now, Limit limit) {
            boolean lockoutOver = lockedUntil == null || !now.isBefore(lockedUntil.plus(limit.longestLockout()));
            boolean windowOver = windowStart == null || !now.isBefore(windowStart.plus(limit.window()));
            return lockoutOver && windowOver;
        }

        private static Duration lockout(Limit limit, int round) {
            Duration lockout = limit.firstLockout();
            for (int i = 1; i < round && lockout.compareTo(limit.longestLockout()) < 0; i++) {
                lockout = lockout.multipliedBy(2);
            }
            return lockout.compareTo(limit.longestLockout()) > 0 ? limit.longestLockout() : lockout;
        }
    }
}
