package com.pmosuite.plugin.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.cluster.ClusterManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import com.pmosuite.plugin.compliance.notify.ViolationDigestMail;
import com.pmosuite.plugin.compliance.wiring.ComplianceModule;
import com.pmosuite.plugin.facts.wiring.FactsModule;
import com.pmosuite.plugin.platform.mail.JiraMailQueue;
import com.pmosuite.plugin.schedule.AtlassianJobScheduler;
import com.pmosuite.plugin.trend.wiring.TrendModule;
import com.pmosuite.shared.schedule.JobSchedule;
import com.pmosuite.shared.schedule.ScheduledJob;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;

/**
 * Starts the jobs inside Jira. SAL calls {@link #onStart()} on every node once Jira is up and the plugin enabled
 * (also when it is enabled later), which is when Atlassian asks plugins to register job runners; {@link #onStop()}
 * comes before the plugin is disabled. Found by SAL only because it is exported as a {@link LifecycleAware} service.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class SchedulingLifecycle implements LifecycleAware {
    /** The node id Jira gives a server that is not clustered. */
    static final String STANDALONE = "standalone";

    private final PmoJobs jobs;

    @Inject
    public SchedulingLifecycle(@ComponentImport SchedulerService schedulerService,
                               @ComponentImport ActiveObjects activeObjects,
                               @ComponentImport ProjectManager projectManager,
                               @ComponentImport UserManager userManager,
                               @ComponentImport TimeZoneManager timeZoneManager,
                               @ComponentImport MailQueue mailQueue,
                               @ComponentImport ApplicationProperties applicationProperties,
                               @ComponentImport ClusterManager clusterManager,
                               FactsModule facts,
                               TrendModule trends,
                               ComplianceModule compliance,
                               PlatformServices platform) {
        Clock clock = Clock.systemUTC();
        String node = clusterManager.getNodeId() == null ? STANDALONE : clusterManager.getNodeId();
        JiraMailQueue mailer = new JiraMailQueue(mailQueue);
        // New compliance violations are mailed to the projects' leads after each recorded scan.
        ViolationDigestMail.attach(compliance.scans(), compliance.profiles(), compliance.standards()::find,
                platform.people(), userManager, platform.host().issueManager(), platform.host().permissionManager(),
                mailer, applicationProperties);
        this.jobs = new PmoJobs(recorder -> new AtlassianJobScheduler(schedulerService, recorder, clock),
                activeObjects, projectManager, userManager, timeZoneManager, mailer, applicationProperties,
                clock, node).also(facts.reconcileJob(), FactsModule.RECONCILE)
                .also(trends.snapshotJob(), TrendModule.SNAPSHOTS)
                .also(compliance.scanJob(), compliance::scanSchedule);
    }

    @Override
    public void onStart() {
        jobs.start();
    }

    /** Runs a started job once more, soon, on one node (the facts rebuild's "now"): {@link PmoJobs#runSoon}. */
    public void runSoon(String jobId) {
        jobs.runSoon(jobId);
    }

    /** Schedules a started job again with a new schedule (a PMO admin's new interval): {@link PmoJobs#reschedule}. */
    public void reschedule(ScheduledJob job, JobSchedule schedule) {
        jobs.reschedule(job, schedule);
    }

    @Override
    public void onStop() {
        jobs.stop();
    }
}
