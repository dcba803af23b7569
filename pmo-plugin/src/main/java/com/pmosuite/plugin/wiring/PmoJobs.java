package com.pmosuite.plugin.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.pmosuite.plugin.platform.jira.JiraPeople;
import com.pmosuite.plugin.platform.jira.JiraProjectIdentity;
import com.pmosuite.plugin.platform.jira.JiraUserZones;
import com.pmosuite.plugin.platform.mail.JiraMailAddresses;
import com.pmosuite.plugin.risk.ao.AoDueReviews;
import com.pmosuite.plugin.risk.ao.AoReminderLedger;
import com.pmosuite.plugin.risk.reminder.ServletRiskLinks;
import com.pmosuite.plugin.schedule.ao.AoJobRunStore;
import com.pmosuite.risk.reminder.ReviewReminders;
import com.pmosuite.shared.mail.Mailer;
import com.pmosuite.shared.schedule.JobRecorder;
import com.pmosuite.shared.schedule.JobRunStore;
import com.pmosuite.shared.schedule.JobSchedule;
import com.pmosuite.shared.schedule.JobScheduler;
import com.pmosuite.shared.schedule.ScheduledJob;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The app's scheduled jobs and what they run on, the same in Jira and in the workbench; only the scheduler (Jira's
 * cluster scheduler or the workbench timer) and the mailer (Jira's mail queue or the workbench outbox) differ.
 */
public final class PmoJobs {
    /**
     * Hourly, so a node that is down at one hour costs an hour, not a day; the reminder ledger keeps it to one mail
     * per owner and day. The first run waits a few minutes so that a starting Jira is not slowed by it.
     */
    public static final JobSchedule REVIEW_REMINDERS = JobSchedule.every(Duration.ofHours(1), Duration.ofMinutes(5));

    private final JobRunStore runs;
    private final JobScheduler scheduler;
    private final ReviewReminders reviewReminders;
    private final Map<ScheduledJob, Supplier<JobSchedule>> capabilityJobs = new LinkedHashMap<>();

    public PmoJobs(Function<JobRecorder, JobScheduler> schedulerOverRecorder, ActiveObjects ao,
                   ProjectManager projectManager, UserManager userManager, TimeZoneManager timeZoneManager, Mailer mailer,
                   ApplicationProperties applicationProperties, Clock clock, String node) {
        this.runs = new AoJobRunStore(ao);
        this.scheduler = schedulerOverRecorder.apply(new JobRecorder(runs, clock, node));
        this.reviewReminders = new ReviewReminders(new AoDueReviews(ao, new JiraProjectIdentity(projectManager)),
                new AoReminderLedger(ao), new JiraPeople(userManager), new JiraUserZones(userManager, timeZoneManager),
                new JiraMailAddresses(userManager), mailer,
                new ServletRiskLinks(applicationProperties), clock);
    }

    /** Adds a capability module's job (the facts reconcile, …), scheduled by {@link #start()} with the others. */
    public PmoJobs also(ScheduledJob job, JobSchedule schedule) {
        capabilityJobs.put(job, () -> schedule);
        return this;
    }

    /**
     * Adds a capability module's job whose schedule is a setting (the compliance scan's interval): read when
     * {@link #start()} schedules it, not while the plugin is being built.
     */
    public PmoJobs also(ScheduledJob job, Supplier<JobSchedule> schedule) {
        capabilityJobs.put(job, schedule);
        return this;
    }

    /** Schedules a started job again with a new schedule, replacing its old one (an interval a PMO admin changed). */
    public void reschedule(ScheduledJob job, JobSchedule schedule) {
        scheduler.schedule(job, schedule);
    }

    /** Registers and schedules every job on this node. */
    public void start() {
        scheduler.schedule(reviewReminders, REVIEW_REMINDERS);
        capabilityJobs.forEach((job, schedule) -> scheduler.schedule(job, schedule.get()));
    }

    /** Runs a started job once more, soon, in the background on one node: a PMO admin's "now". */
    public void runSoon(String jobId) {
        scheduler.runSoon(jobId);
    }

    /** Unregisters this node's runners; the cluster-wide schedules stay for the other nodes and the next start. */
    public void stop() {
        jobs().forEach(job -> scheduler.release(job.id()));
    }

    public List<ScheduledJob> jobs() {
        List<ScheduledJob> jobs = new ArrayList<>(List.of(reviewReminders));
        jobs.addAll(capabilityJobs.keySet());
        return List.copyOf(jobs);
    }

    public JobRunStore runs() {
        return runs;
    }
}
