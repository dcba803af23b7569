package com.pmosuite.shared.schedule.contract;

import com.pmosuite.shared.schedule.JobOutcome;
import com.pmosuite.shared.schedule.JobRun;
import com.pmosuite.shared.schedule.JobRunStore;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link JobRunStore} must do; subclasses return an empty store from {@link #store()}. */
public abstract class JobRunStoreContract {
    private static final Instant START = Instant.parse("2026-03-02T09:00:00.125Z");

    protected abstract JobRunStore store();

    @Test
    void aRecordedRunComesBackWithEveryField() {
        JobRun run = new JobRun("com.pmosuite.test-job", START, START.plusMillis(1500), "node-2",
                JobOutcome.Result.FAILED, "Mail queue refused: «full» & <closed>");
        store().record(run);

        assertThat(store().recent(10)).containsExactly(run);
    }

    @Test
    void recentRunsAreNewestFirstAndLimited() {
        for (int i = 0; i < 5; i++) {
            store().record(runAt(START.plus(Duration.ofHours(i)), "run " + i));
        }

        assertThat(store().recent(3)).extracting(JobRun::message).containsExactly("run 4", "run 3", "run 2");
        assertThat(store().recent(0)).isEmpty();
    }

    @Test
    void anEmptyMessageIsKeptEmpty() {
        store().record(runAt(START, ""));

        assertThat(store().recent(1)).extracting(JobRun::message).containsExactly("");
    }

    @Test
    void aLongMessageIsCutToTheLimit() {
        store().record(runAt(START, "x".repeat(5000)));

        List<JobRun> runs = store().recent(1);
        assertThat(runs.get(0).message()).hasSize(JobRun.MAX_MESSAGE).startsWith("xxx").endsWith("…");
    }

    private static JobRun runAt(Instant start, String message) {
        return new JobRun("com.pmosuite.test-job", start, start.plusSeconds(1), "node-1",
                JobOutcome.Result.SUCCEEDED, message);
    }
}
