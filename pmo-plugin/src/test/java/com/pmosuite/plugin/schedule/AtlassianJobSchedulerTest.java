package com.pmosuite.plugin.schedule;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.pmosuite.shared.schedule.JobOutcome;
import com.pmosuite.shared.schedule.JobRecorder;
import com.pmosuite.shared.schedule.JobRun;
import com.pmosuite.shared.schedule.JobSchedule;
import com.pmosuite.shared.schedule.ScheduledJob;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryJobRunStore;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Duration;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class AtlassianJobSchedulerTest {
    private final FixedClock clock = FixedClock.atStart();
    private final SchedulerService schedulerService = mock(SchedulerService.class);
    private final InMemoryJobRunStore runs = new InMemoryJobRunStore();
    private final AtlassianJobScheduler scheduler =
            new AtlassianJobScheduler(schedulerService, new JobRecorder(runs, clock, "node-7"), clock);
    private final ScheduledJob job = new ScheduledJob() {
        @Override
        public String id() {
            return "com.pmosuite.test-job";
        }

        @Override
        public JobOutcome run() {
            return JobOutcome.failed("queue full");
        }
    };

    @Test
    void aJobIsScheduledOncePerClusterUnderItsOwnIdAtItsInterval() throws Exception {
        scheduler.schedule(job, JobSchedule.every(Duration.ofHours(1), Duration.ofMinutes(5)));

        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(schedulerService).registerJobRunner(eq(JobRunnerKey.of("com.pmosuite.test-job")), any());
        verify(schedulerService).scheduleJob(eq(JobId.of("com.pmosuite.test-job")), config.capture());
        assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(config.getValue().getJobRunnerKey()).isEqualTo(JobRunnerKey.of("com.pmosuite.test-job"));
        assertThat(config.getValue().getSchedule()).isEqualTo(Schedule.forInterval(3_600_000L,
                Date.from(FixedClock.START.plus(Duration.ofMinutes(5)))));
    }

    @Test
    void runSoonSchedulesARunOnceTwinOverTheSameRunnerOncePerCluster() throws Exception {
        scheduler.schedule(job, JobSchedule.every(Duration.ofHours(1), Duration.ofMinutes(5)));

        scheduler.runSoon(job.id());

        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(schedulerService).scheduleJob(eq(JobId.of("com.pmosuite.test-job.now")), config.capture());
        assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(config.getValue().getJobRunnerKey()).isEqualTo(JobRunnerKey.of("com.pmosuite.test-job"));
        assertThat(config.getValue().getSchedule()).isEqualTo(Schedule.runOnce(Date.from(FixedClock.START)));
    }

    @Test
    void theRegisteredRunnerRecordsTheRunAndAnswersWithItsOutcome() {
        scheduler.schedule(job, JobSchedule.every(Duration.ofHours(1), Duration.ZERO));
        ArgumentCaptor<JobRunner> runner = ArgumentCaptor.forClass(JobRunner.class);
        verify(schedulerService).registerJobRunner(any(), runner.capture());

        JobRunnerResponse response = runner.getValue().runJob(mock(JobRunnerRequest.class));

        assertThat(response).usingRecursiveComparison().isEqualTo(JobRunnerResponse.failed("queue full"));
        assertThat(runs.recent(1)).extracting(JobRun::jobId, JobRun::node, JobRun::result)
                .containsExactly(tuple("com.pmosuite.test-job", "node-7",
                        JobOutcome.Result.FAILED));
    }

    @Test
    void releasingUnregistersThisNodesRunnerButKeepsTheClusterSchedule() throws Exception {
        scheduler.release("com.pmosuite.test-job");

        verify(schedulerService).unregisterJobRunner(JobRunnerKey.of("com.pmosuite.test-job"));
        verify(schedulerService, never()).scheduleJob(any(), any());
    }

    @Test
    void aJobTheSchedulerRefusesFailsTheStartLoudly() throws Exception {
        doThrow(new SchedulerServiceException("no database")).when(schedulerService).scheduleJob(any(), any());

        assertThatThrownBy(() -> scheduler.schedule(job, JobSchedule.every(Duration.ofHours(1), Duration.ZERO)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no database");
    }

    @Test
    void outcomesMapToTheSchedulersResponses() {
        assertThat(AtlassianJobScheduler.response(JobOutcome.succeeded("3 sent")))
                .usingRecursiveComparison().isEqualTo(JobRunnerResponse.success("3 sent"));
        assertThat(AtlassianJobScheduler.response(JobOutcome.aborted("not ready")))
                .usingRecursiveComparison().isEqualTo(JobRunnerResponse.aborted("not ready"));
    }
}
