package com.pmosuite.shared.schedule;

import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryJobRunStore;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class JobRecorderTest {
    private final FixedClock clock = FixedClock.atStart();
    private final InMemoryJobRunStore runs = new InMemoryJobRunStore();
    private final JobRecorder recorder = new JobRecorder(runs, clock, "node-1");

    @Test
    void aRunIsRecordedWithItsStartEndNodeAndOutcome() {
        recorder.run(job(() -> {
            clock.advance(Duration.ofSeconds(2));
            return JobOutcome.succeeded("3 sent");
        }));

        assertThat(runs.recent(5)).containsExactly(new JobRun("test-job", FixedClock.START,
                FixedClock.START.plusSeconds(2), "node-1", JobOutcome.Result.SUCCEEDED, "3 sent"));
    }

    @Test
    void aJobThatThrowsIsRecordedAsFailedAndTheExceptionStopsHere() {
        JobOutcome outcome = recorder.run(job(() -> {
            throw new IllegalStateException("database gone");
        }));

        assertThat(outcome.result()).isEqualTo(JobOutcome.Result.FAILED);
        assertThat(runs.recent(1).get(0).message()).isEqualTo("IllegalStateException: database gone");
    }

    private static ScheduledJob job(Supplier<JobOutcome> work) {
        return new ScheduledJob() {
            @Override
            public String id() {
                return "test-job";
            }

            @Override
            public JobOutcome run() {
                return work.get();
            }
        };
    }
}
