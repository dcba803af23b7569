package com.pmosuite.workbench.compliance;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.platform.audit.ao.AuditEntryEntity;
import com.pmosuite.workbench.demo.DemoPortfolio;
import com.pmosuite.workbench.host.WorkbenchDirectory;
import com.pmosuite.workbench.host.WorkbenchProject;
import com.pmosuite.workbench.http.CurrentUser;
import com.pmosuite.workbench.http.WorkbenchAccounts;
import com.pmosuite.workbench.tracker.IssueDraft;
import com.pmosuite.workbench.tracker.IssueTracker;
import com.pmosuite.workbench.tracker.ProjectDetailsStore;
import com.pmosuite.workbench.tracker.TrackerEventBus;
import com.pmosuite.workbench.tracker.TrackerIssue;
import com.pmosuite.workbench.tracker.TrackerScheme;
import com.pmosuite.workbench.tracker.TrackerSearch;
import com.pmosuite.workbench.tracker.TrackerStore;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The workbench's Jira without its web server: an HSQLDB file database on which AO has migrated some of the
 * plugin's entities, the tracker's tables beside them, the demo's projects and users. Opened again on the same
 * directory it finds what an earlier one wrote, as a restarted workbench does.
 */
final class TrackerOnHsqldb implements AutoCloseable {
    static final String ADMIN = "admin";

    final AoDatabase database;
    final List<WorkbenchProject> projects = DemoPortfolio.projects();
    final WorkbenchDirectory directory;
    final TrackerStore store;
    final IssueTracker tracker;
    final TrackerSearch search;
    final ProjectDetailsStore details;

    @SuppressWarnings("unchecked")
    TrackerOnHsqldb(Path data, Clock clock) {
        database = AoDatabase.hsqldbFile(data, "com.pmosuite.pmo-plugin");
        // AO reads every table of the schema when it migrates; the tracker's must be ones it understands.
        database.activeObjects().migrate(AuditEntryEntity.class);
        WorkbenchAccounts accounts = new WorkbenchAccounts(DemoPortfolio.accounts());
        directory = new WorkbenchDirectory(accounts, new CurrentUser(), projects, null, Map.of());
        store = new TrackerStore(database.dataSource(), projects);
        directory.useIssues(store);
        tracker = new IssueTracker(store, new TrackerEventBus(store, accounts), accounts, clock);
        search = new TrackerSearch(store, directory, clock);
        details = new ProjectDetailsStore(store);
    }

    WorkbenchProject project(String key) {
        return projects.stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }

    TrackerIssue create(String projectKey, TrackerScheme.IssueType type, String assigneeKey) {
        return tracker.create(new IssueDraft(project(projectKey), type, "Probe", null, null, null, null, null, null,
                null, assigneeKey, null), ADMIN);
    }

    /** Many tasks in one transaction, as the demo generator writes them. */
    List<TrackerIssue> createMany(String projectKey, int count) {
        WorkbenchProject project = project(projectKey);
        return tracker.bulk(connection -> {
            long firstId = tracker.reserveIds(connection, count);
            long firstNumber = tracker.reserveNumbers(connection, project, count);
            Instant now = tracker.now();
            List<TrackerIssue> issues = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                issues.add(new TrackerIssue(firstId + i, projectKey + "-" + (firstNumber + i), project,
                        firstNumber + i, TrackerScheme.TASK, "Bulk " + i, TrackerScheme.TO_DO,
                        null, null, null, null, null, now, now, null, null, null, 0, null, null));
            }
            store.insert(connection, issues);
            return issues;
        }, ADMIN);
    }

    @Override
    public void close() {
        database.close();
    }
}
