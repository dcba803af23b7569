package com.pmosuite.workbench.host;

import com.pmosuite.shared.schedule.JobOutcome;
import com.pmosuite.shared.schedule.JobRecorder;
import com.pmosuite.shared.schedule.JobRun;
import com.pmosuite.shared.schedule.JobRunStore;
import com.pmosuite.shared.schedule.JobSchedule;
import com.pmosuite.shared.schedule.ScheduledJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class TimerJobSchedulerTest {
    private final List<JobRun> runs = new ArrayList<>();
    private final JobRunStore store = new JobRunStore() {
        @Override
        public synchronized void record(JobRun run) {
            runs.add(run);
        }

        @Override
        public synchronized List<JobRun> recent(int limit) {
            return List.copyOf(runs);
        }
    };
    private final TimerJobScheduler timer = new TimerJobScheduler(new JobRecorder(store, Clock.systemUTC(), "wb"));
    private final AtomicInteger ran = new AtomicInteger();
    private final ScheduledJob job = new ScheduledJob() {
        @Override
        public String id() {
            return "test-job";
        }

        @Override
        public JobOutcome run() {
            return JobOutcome.succeeded("run " + ran.incrementAndGet() + " on " + Thread.currentThread().getName());
        }
    };

    @AfterEach
    void stopTimer() {
        timer.close();
    }

    @Test
    void runNowRunsAScheduledJobOnTheTimerThreadAndRecordsIt() {
        timer.schedule(job, JobSchedule.every(Duration.ofHours(1), Duration.ofHours(1)));

        JobOutcome outcome = timer.runNow("test-job");

        assertThat(outcome.message()).isEqualTo("run 1 on pmo-jobs");
        assertThat(store.recent(10)).extracting(JobRun::jobId, JobRun::node)
                .containsExactly(tuple("test-job", "wb"));
    }

    @Test
    void aReleasedJobCannotBeRunAnyMore() {
        timer.schedule(job, JobSchedule.every(Duration.ofHours(1), Duration.ofHours(1)));
        timer.release("test-job");

        assertThatThrownBy(() -> timer.runNow("test-job")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ran).hasValue(0);
    }
}
