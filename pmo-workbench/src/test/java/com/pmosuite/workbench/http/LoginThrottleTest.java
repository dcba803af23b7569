package com.pmosuite.workbench.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pmosuite.testkit.FixedClock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The rules behind the lockouts that {@link LoginThrottlingIT} exercises over HTTP. */
class LoginThrottleTest {

    private static final String ADDRESS = "192.0.2.7";

    private final FixedClock clock = FixedClock.atStart();
    private final LoginThrottle throttle = new LoginThrottle(clock);
    private final AtomicInteger checks = new AtomicInteger();

    private LoginThrottle.Attempt wrong(String username, String address) {
        return throttle.attempt(username, address, () -> {
            checks.incrementAndGet();
            return Optional.empty();
        });
    }

    private LoginThrottle.Attempt right(String username, String address) {
        return throttle.attempt(username, address, () -> {
            checks.incrementAndGet();
            return Optional.of(TestUsers.ALICE);
        });
    }

    @Test
    void aLockedOutAttemptIsNeverCheckedSoItRevealsNothingAboutThePassword() {
        for (int i = 0; i < 5; i++) {
            wrong("alice", ADDRESS);
        }
        checks.set(0);

        assertThat(right("alice", ADDRESS)).isInstanceOf(LoginThrottle.Refused.class);
        assertThat(checks).hasValue(0);
    }

    @Test
    void aSuccessDoesNotClearTheAddressCount() {
        for (int i = 0; i < 19; i++) {
            wrong("user" + i, ADDRESS);
        }
        assertThat(right("alice", ADDRESS)).isInstanceOf(LoginThrottle.Accepted.class);

        wrong("user19", ADDRESS);

        assertThat(right("alice", ADDRESS)).isInstanceOf(LoginThrottle.Refused.class);
        assertThat(right("alice", "198.51.100.1")).isInstanceOf(LoginThrottle.Accepted.class);
    }

    @Test
    void lockoutsGrowUpToTheLongestAndStartOverOnceForgotten() {
        for (int round = 0; round < 8; round++) {
            for (int i = 0; i < 5; i++) {
                wrong("alice", "198.51.100." + round);
            }
            LoginThrottle.Refused refused = (LoginThrottle.Refused) right("alice", ADDRESS);
            assertThat(refused.retryAfter()).as("round %d", round + 1)
                    .isEqualTo(Duration.ofMinutes(Math.min(60, 1L << round)));
            clock.advance(refused.retryAfter());
        }
        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 5; i++) {
            wrong("alice", "203.0.113.1");
        }

        assertThat(((LoginThrottle.Refused) right("alice", ADDRESS)).retryAfter()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void theWaitIsRoundedUpForPeopleAndForRetryAfter() {
        LoginThrottle.Refused almostNothing = new LoginThrottle.Refused(Duration.ofMillis(1));
        LoginThrottle.Refused justOverAMinute = new LoginThrottle.Refused(Duration.ofSeconds(61));

        assertThat(almostNothing.retryAfterSeconds()).isEqualTo(1);
        assertThat(almostNothing.waitInWords()).isEqualTo("1 minute");
        assertThat(justOverAMinute.retryAfterSeconds()).isEqualTo(61);
        assertThat(justOverAMinute.waitInWords()).isEqualTo("2 minutes");
    }

    @Test
    void aLimitMustAllowAtLeastOneFailureAndLockOutForAWhile() {
        assertThatThrownBy(() -> new LoginThrottle.Limit(0, Duration.ofMinutes(1), Duration.ofMinutes(1),
                Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginThrottle.Limit(5, Duration.ofMinutes(1), Duration.ZERO,
                Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
