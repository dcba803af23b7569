package com.pmosuite.plugin.compliance.wiring;

import com.pmosuite.compliance.scan.ComplianceScanJob;
import com.pmosuite.plugin.wiring.SchedulingLifecycle;
import com.pmosuite.shared.schedule.JobSchedule;
import com.pmosuite.shared.schedule.ScheduledJob;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The compliance scan's side of the app's scheduler: a settings change reschedules the scan at its new interval, and
 * a PMO admin's "scan everything now" runs the scheduled scan once, soon, on one node. A component of its own so the
 * scheduler (which starts the compliance job) and the compliance module do not need each other.
 */
@Named
public final class ComplianceScheduling {
    private final BiConsumer<ScheduledJob, JobSchedule> schedule;
    private final Consumer<String> runSoon;

    @Inject
    public ComplianceScheduling(SchedulingLifecycle scheduling) {
        this(scheduling::reschedule, scheduling::runSoon);
    }

    /**
     * @param schedule schedules a job again with a new schedule, replacing the old one ({@code PmoJobs::reschedule})
     * @param runSoon  starts a scheduled job once, soon, in the background on one node ({@code PmoJobs::runSoon})
     */
    public ComplianceScheduling(BiConsumer<ScheduledJob, JobSchedule> schedule, Consumer<String> runSoon) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.runSoon = Objects.requireNonNull(runSoon, "runSoon");
    }

    /** Schedules the module's scan job at the interval its settings say now. */
    public void reschedule(ComplianceModule module) {
        schedule.accept(module.scanJob(), module.scanSchedule());
    }

    /** Runs the scheduled scan of every project once, soon, in the background. */
    public void scanEverythingSoon() {
        runSoon.accept(ComplianceScanJob.JOB_ID);
    }
}
