package com.pmosuite.risk.reminder.contract;

import com.pmosuite.risk.reminder.ReminderLedger;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link ReminderLedger} must do; {@link #ledger()} returns an empty ledger, and {@link #otherNode()}
 * a second one over the same storage, as another cluster node would have.
 */
public abstract class ReminderLedgerContract {
    protected static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Instant AT = Instant.parse("2026-03-02T09:30:00Z");

    protected abstract ReminderLedger ledger();

    protected abstract ReminderLedger otherNode();

    @Test
    void theFirstClaimOfADayWinsAndTheSecondLoses() {
        assertThat(ledger().claim("alice", DAY, AT)).isTrue();
        assertThat(ledger().claim("alice", DAY, AT)).isFalse();
    }

    @Test
    void anotherNodeCannotClaimTheSameOwnerAndDay() {
        assertThat(ledger().claim("alice", DAY, AT)).isTrue();
        assertThat(otherNode().claim("alice", DAY, AT)).isFalse();
    }

    @Test
    void otherOwnersAndOtherDaysAreSeparateClaims() {
        assertThat(ledger().claim("alice", DAY, AT)).isTrue();
        assertThat(ledger().claim("bob", DAY, AT)).isTrue();
        assertThat(ledger().claim("alice", DAY.plusDays(1), AT)).isTrue();
    }

    @Test
    void aReleasedClaimCanBeClaimedAgain() {
        assertThat(ledger().claim("alice", DAY, AT)).isTrue();
        ledger().release("alice", DAY);

        assertThat(otherNode().claim("alice", DAY, AT)).isTrue();
    }

    @Test
    void ownerKeysLongerThanAnIndexedColumnStillClaimOnce() {
        String longKey = "k".repeat(300);
        String sameStart = "k".repeat(299) + "j";

        assertThat(ledger().claim(longKey, DAY, AT)).isTrue();
        assertThat(ledger().claim(sameStart, DAY, AT)).isTrue();
        assertThat(otherNode().claim(longKey, DAY, AT)).isFalse();
    }

    @Test
    void ofManyRacingClaimsExactlyOneWins() throws Exception {
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                ReminderLedger node = i % 2 == 0 ? ledger() : otherNode();
                Callable<Boolean> claim = () -> {
                    start.await();
                    return node.claim("carol", DAY, AT);
                };
                claims.add(pool.submit(claim));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
