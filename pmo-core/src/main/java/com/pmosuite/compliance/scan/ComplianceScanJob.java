package com.pmosuite.compliance.scan;

import com.pmosuite.compliance.result.ScanRun;
import com.pmosuite.shared.LockBusy;
import com.pmosuite.shared.schedule.JobOutcome;
import com.pmosuite.shared.schedule.JobSchedule;
import com.pmosuite.shared.schedule.ScheduledJob;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The scheduled compliance scan ({@link ComplianceScans#scanQueuedOrAll}: what PMO admins queued, else all) at the PMO admin's interval; its outcome goes to
 * the job-run history, and each recorded scan's report to {@code afterScan} (the new-violation digest).
 */
public final class ComplianceScanJob implements ScheduledJob {
    /** The job's id in the host's scheduler and in the run history. */
    public static final String JOB_ID = "com.pmosuite.compliance.scan";
    /** How long after the plugin starts the first scheduled scan runs, so a start is not slowed by one. */
    public static final Duration FIRST_RUN_DELAY = Duration.ofMinutes(15);

    private final ComplianceScans scans;
    private final Consumer<ScanReport> afterScan;

    public ComplianceScanJob(ComplianceScans scans) {
        this(scans, report -> { });
    }

    /** @param afterScan told of every scan this job recorded successfully, after it was recorded */
    public ComplianceScanJob(ComplianceScans scans, Consumer<ScanReport> afterScan) {
        this.scans = Objects.requireNonNull(scans, "scans");
        this.afterScan = Objects.requireNonNull(afterScan, "afterScan");
    }

    /** When the job runs with these settings: every scan interval, first {@link #FIRST_RUN_DELAY} after start. */
    public static JobSchedule schedule(ComplianceSettings settings) {
        return JobSchedule.every(settings.scanInterval(), FIRST_RUN_DELAY);
    }

    @Override
    public String id() {
        return JOB_ID;
    }

    /**
     * Scans what PMO admins queued ({@link ComplianceScans#queueScanAll}), each recorded as theirs, or else every
     * project as the scheduler; the outcome sums up the runs.
     */
    @Override
    public JobOutcome run() {
        List<ScanReport> reports;
        try {
            reports = scans.scanQueuedOrAll();
        } catch (LockBusy busy) {
            return JobOutcome.aborted("Another compliance scan is running");
        }
        List<String> said = new ArrayList<>();
        boolean failed = false;
        for (ScanReport report : reports) {
            ScanRun run = report.run();
            if (report.failed()) {
                failed = true;
                said.add("Scan " + run.id() + " failed: " + run.failure());
            } else {
                afterScan.accept(report);
                said.add("Scan " + run.id() + ": " + run.projectsScanned() + " projects, " + run.violationsFound()
                        + " violations, " + report.newViolations().size() + " new");
            }
        }
        String message = String.join("; ", said);
        return failed ? JobOutcome.failed(message) : JobOutcome.succeeded(message);
    }
}
