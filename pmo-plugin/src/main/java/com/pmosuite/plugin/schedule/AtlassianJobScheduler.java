package com.pmosuite.plugin.schedule;

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
import com.pmosuite.shared.schedule.JobSchedule;
import com.pmosuite.shared.schedule.JobScheduler;
import com.pmosuite.shared.schedule.ScheduledJob;

import java.time.Clock;
import java.util.Date;

/**
 * Jobs on atlassian-scheduler. The runner is registered on every node (runners live in each node's memory); the
 * schedule is {@code RUN_ONCE_PER_CLUSTER}, kept in Jira's database, so each trigger runs on exactly one node.
 * The job id doubles as the runner key, as Atlassian's own simple jobs do.
 */
public final class AtlassianJobScheduler implements JobScheduler {
    /** The suffix of a job's run-once twin's id. */
    static final String RUN_SOON = ".now";

    private final SchedulerService schedulerService;
    private final JobRecorder recorder;
    private final Clock clock;

    public AtlassianJobScheduler(SchedulerService schedulerService, JobRecorder recorder, Clock clock) {
        this.schedulerService = schedulerService;
        this.recorder = recorder;
        this.clock = clock;
    }

    @Override
    public void schedule(ScheduledJob job, JobSchedule schedule) {
        JobRunnerKey runnerKey = JobRunnerKey.of(job.id());
        schedulerService.registerJobRunner(runnerKey, request -> response(recorder.run(job)));
        Date firstRun = Date.from(clock.instant().plus(schedule.firstRunDelay()));
        JobConfig config = JobConfig.forJobRunnerKey(runnerKey)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(schedule.interval().toMillis(), firstRun));
        try {
            schedulerService.scheduleJob(JobId.of(job.id()), config);
        } catch (SchedulerServiceException e) {
            // Without a schedule the job would silently never run: fail the plugin's start where admins look.
            throw new IllegalStateException("Could not schedule " + job.id() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A second, run-once job over the same runner, as Jira's own "run now" of a service does: RUN_ONCE_PER_CLUSTER
     * with {@code Schedule.runOnce}, so one node runs it even if this one goes down first. Its own job id, so the
     * regular schedule stays; scheduling it again before it ran replaces it (one run, not two).
     */
    @Override
    public void runSoon(String jobId) {
        JobConfig config = JobConfig.forJobRunnerKey(JobRunnerKey.of(jobId))
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.runOnce(Date.from(clock.instant())));
        try {
            schedulerService.scheduleJob(JobId.of(jobId + RUN_SOON), config);
        } catch (SchedulerServiceException e) {
            throw new IllegalStateException("Could not start " + jobId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void release(String jobId) {
        schedulerService.unregisterJobRunner(JobRunnerKey.of(jobId));
    }

    static JobRunnerResponse response(JobOutcome outcome) {
        return switch (outcome.result()) {
            case SUCCEEDED -> JobRunnerResponse.success(outcome.message());
            case FAILED -> JobRunnerResponse.failed(outcome.message());
            case ABORTED -> JobRunnerResponse.aborted(outcome.message());
        };
    }
}
