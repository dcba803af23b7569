package com.pmosuite.plugin.facts.wiring;

import com.pmosuite.facts.FactsReconcileJob;
import com.pmosuite.facts.IssueChanges;
import com.pmosuite.facts.IssueFactStore;
import com.pmosuite.facts.IssueFacts;
import com.pmosuite.facts.IssueSource;
import com.pmosuite.facts.TrackedProjects;
import com.pmosuite.plugin.facts.ao.AoIssueFactStore;
import com.pmosuite.plugin.facts.ao.AoRebuildProgressStore;
import com.pmosuite.plugin.wiring.PlatformServices;
import com.pmosuite.shared.schedule.JobSchedule;
import com.pmosuite.shared.schedule.ScheduledJob;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Duration;

/**
 * The issue-facts capability, built from the platform's services: the facts table, the service that keeps it
 * (what issue-event listeners call) and its scheduled reconcile.
 * <p>
 * Its two inputs from other capabilities come in through the constructor, so nothing here is set later: the issue
 * tracker ({@link IssueSource}: inside Jira the {@code @Named} Jira adapter, {@code facts.jira.JiraIssueSource};
 * in the workbench its tracker) and the tracked projects ({@link TrackedProjects}: the portfolio capability's).
 * Spring Scanner injects both where they are {@code @Named} components implementing these ports; the workbench
 * passes them to this constructor.
 */
@Named
public final class FactsModule {
    /** The capability's name in lock names and wherever capabilities are told apart. */
    public static final String CAPABILITY = "facts";
    /**
     * Hourly, RUN_ONCE_PER_CLUSTER like every job of the app: events keep the facts current, so the walk only
     * repairs what events missed (a node that was down, an event lost, a project that joined a portfolio). The
     * first run waits ten minutes so that a starting Jira is not slowed by it.
     */
    public static final JobSchedule RECONCILE = JobSchedule.every(Duration.ofHours(1), Duration.ofMinutes(10));

    private final IssueFactStore store;
    private final IssueFacts facts;
    private final FactsReconcileJob reconcileJob;

    @Inject
    public FactsModule(PlatformServices platform, IssueSource issueSource, TrackedProjects trackedProjects) {
        this.store = new AoIssueFactStore(platform.host().activeObjects());
        this.facts = new IssueFacts(store, issueSource, trackedProjects,
                new AoRebuildProgressStore(platform.host().activeObjects()), platform.locks(), platform.clock());
        this.reconcileJob = new FactsReconcileJob(facts);
    }

    /** The facts table: what rollup views read ({@link IssueFactStore#changesSince}) to build and catch up. */
    public IssueFactStore store() {
        return store;
    }

    /** The service: walks, a PMO admin's rebuild and its progress. */
    public IssueFacts facts() {
        return facts;
    }

    /** What the issue-event listener (Jira's, the workbench tracker's) calls. */
    public IssueChanges changes() {
        return facts;
    }

    /** The scheduled reconcile, to be scheduled with {@link #RECONCILE}. */
    public ScheduledJob reconcileJob() {
        return reconcileJob;
    }
}
