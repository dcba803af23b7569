package com.pmosuite.workbench.host;

import com.pmosuite.shared.schedule.JobOutcome;
import com.pmosuite.shared.schedule.JobRecorder;
import com.pmosuite.shared.schedule.JobSchedule;
import com.pmosuite.shared.schedule.JobScheduler;
import com.pmosuite.shared.schedule.ScheduledJob;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The workbench's scheduler: one timer thread, as a single-node Jira would run the jobs. Runs never overlap, also
 * with {@link #runNow}, which tests and admins use instead of waiting for the timer.
 */
public final class TimerJobScheduler implements JobScheduler, AutoCloseable {
    private final JobRecorder recorder;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pmo-jobs");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, ScheduledJob> jobs = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> schedules = new ConcurrentHashMap<>();

    public TimerJobScheduler(JobRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void schedule(ScheduledJob job, JobSchedule schedule) {
        jobs.put(job.id(), job);
        // Fixed delay, not fixed rate: a slow run postpones the next instead of queueing runs behind it.
        ScheduledFuture<?> next = timer.scheduleWithFixedDelay(() -> recorder.run(job),
                schedule.firstRunDelay().toMillis(), schedule.interval().toMillis(), TimeUnit.MILLISECONDS);
        ScheduledFuture<?> previous = schedules.put(job.id(), next);
        if (previous != null) {
            previous.cancel(false);
        }
    }

    @Override
    public void release(String jobId) {
        jobs.remove(jobId);
        ScheduledFuture<?> schedule = schedules.remove(jobId);
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** Queues a run on the timer thread, after any run in progress, and returns at once. */
    @Override
    public void runSoon(String jobId) {
        ScheduledJob job = jobs.get(jobId);
        if (job == null) {
            throw new IllegalArgumentException("No job " + jobId + " is scheduled");
        }
        timer.execute(() -> recorder.run(job));
    }

    /** Runs a scheduled job now on the timer thread, after any run in progress, and waits for its outcome. */
    public JobOutcome runNow(String jobId) {
        ScheduledJob job = jobs.get(jobId);
        if (job == null) {
            throw new IllegalArgumentException("No job " + jobId + " is scheduled");
        }
        try {
            return timer.submit(() -> recorder.run(job)).get(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + jobId, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Job " + jobId + " did not finish", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
