package com.pmosuite.facts.contract;

import com.pmosuite.facts.RebuildProgress;
import com.pmosuite.facts.RebuildProgressStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link RebuildProgressStore} must do; subclasses return an empty store from {@link #store()}. */
public abstract class RebuildProgressStoreContract {
    private static final Instant START = Instant.parse("2026-03-02T09:30:00.250Z");

    protected abstract RebuildProgressStore store();

    @Test
    void thereIsNoCheckpointBeforeTheFirstWalk() {
        assertThat(store().current()).isEmpty();
    }

    @Test
    void aRunningCheckpointComesBackWithEveryField() {
        RebuildProgress running = RebuildProgress.starting(RebuildProgress.Kind.REBUILD, 1_000_000, START)
                .advanced(Long.MAX_VALUE - 5, 500, 12, 3);
        store().save(running);

        assertThat(store().current()).contains(running);
    }

    @Test
    void theLatestSaveReplacesTheCheckpoint() {
        RebuildProgress walk = RebuildProgress.starting(RebuildProgress.Kind.RECONCILE, 10, START);
        store().save(walk);
        RebuildProgress failed = walk.advanced(5, 5, 1, 0)
                .ended(RebuildProgress.State.FAILED, START.plusSeconds(90), "«Jira» search failed: " + "x".repeat(900));
        store().save(failed);

        assertThat(store().current()).contains(failed);
    }
}
