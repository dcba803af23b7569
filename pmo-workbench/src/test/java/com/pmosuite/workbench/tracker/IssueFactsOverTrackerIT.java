package com.pmosuite.workbench.tracker;

import com.pmosuite.facts.FieldMapping;
import com.pmosuite.facts.IssueChanges;
import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.StatusCategory;
import com.pmosuite.plugin.facts.jira.IssueFactsListener;
import com.pmosuite.plugin.facts.jira.JiraIssueFactReader;
import com.pmosuite.plugin.facts.jira.JiraIssueSource;
import com.pmosuite.workbench.host.WorkbenchDirectory;
import com.pmosuite.workbench.host.WorkbenchProject;
import com.pmosuite.workbench.support.RunningWorkbench;
import com.pmosuite.workbench.wiring.WorkbenchComponents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plugin's own issue-facts adapters, unchanged, over the workbench's Jira: {@link JiraIssueSource} pages every
 * issue through the workbench's {@code SearchService}, and {@link IssueFactsListener}, registered with its
 * {@code EventPublisher}, sees each change made through the REST API, as it would inside Jira.
 */
class IssueFactsOverTrackerIT {
    private final WorkbenchComponents workbench = RunningWorkbench.get();
    private final WorkbenchDirectory directory = workbench.directory();
    private final JiraClient alice = new JiraClient(RunningWorkbench.baseUri(), "alice");
    private final FieldMapping mapping = new FieldMapping(TrackerFields.STORY_POINTS, TrackerFields.EPIC_LINK, null,
            TrackerFields.START_DATE, null, Map.of(TrackerScheme.EPIC.id(), IssueFact.EPIC));
    private final JiraIssueFactReader reader = new JiraIssueFactReader(workbench.customFields(), directory,
            () -> mapping, ZoneOffset.UTC);
    private final Recorded changes = new Recorded();
    private final IssueFactsListener listener = new IssueFactsListener(workbench.eventPublisher(), directory, reader,
            changes);

    /** What the facts service would be told. */
    static final class Recorded implements IssueChanges {
        final List<IssueFact> changed = new CopyOnWriteArrayList<>();
        final List<Long> deleted = new CopyOnWriteArrayList<>();

        @Override
        public void changed(IssueFact fact) {
            changed.add(fact);
        }

        @Override
        public void deleted(long issueId) {
            deleted.add(issueId);
        }

        IssueFact last(long issueId) {
            return changed.stream().filter(f -> f.issueId() == issueId).reduce((a, b) -> b).orElseThrow();
        }
    }

    @BeforeEach
    void start() {
        listener.onStart();
    }

    @AfterEach
    void stop() {
        listener.onStop();
    }

    @Test
    void theSourcePagesEveryIssueOfTheProjectsInIdOrder() {
        JiraIssueSource source = new JiraIssueSource(workbench.searchService(), directory, reader);
        List<Long> projectIds = directory.projects().stream().map(WorkbenchProject::id).toList();
        long expected = workbench.tracker().store().count("1 = 1", List.of());

        List<IssueFact> all = new ArrayList<>();
        long after = 0;
        while (true) {
            List<IssueFact> page = source.page(projectIds, after, 7);
            if (page.isEmpty()) {
                break;
            }
            all.addAll(page);
            after = page.get(page.size() - 1).issueId();
        }

        assertThat(source.count(projectIds)).isEqualTo(expected);
        assertThat(all).hasSize((int) expected);
        assertThat(all).extracting(IssueFact::issueId).isSorted().doesNotHaveDuplicates();
        IssueFact alphaOne = all.stream().filter(f -> f.issueId() == directory.getIssueObject("ALPHA-1").getId())
                .findFirst().orElseThrow();
        assertThat(alphaOne.hierarchyLevel()).isEqualTo(IssueFact.EPIC);
    }

    @Test
    void theListenerSeesAStoryAndItsSubTaskWithTheirEpicPointsAndWork() {
        long epic = directory.getIssueObject("ALPHA-1").getId();
        String story = alice.create("""
                {"project": {"key": "ALPHA"}, "issuetype": {"name": "Story"}, "summary": "Facts probe",
                 "customfield_10100": "ALPHA-1", "customfield_10106": 5, "customfield_10200": "2026-12-01",
                 "duedate": "2026-12-31", "timetracking": {"originalEstimate": "2d"}}""");
        String subTask = alice.create("""
                {"project": {"key": "ALPHA"}, "issuetype": {"name": "Sub-task"}, "summary": "Facts probe task",
                 "parent": {"key": "%s"}}""".formatted(story));
        long storyId = alice.issue(story).get("id").asLong();
        long subTaskId = alice.issue(subTask).get("id").asLong();

        alice.post("/rest/api/2/issue/" + story + "/worklog", "{\"timeSpent\": \"4h\"}");
        alice.post("/rest/api/2/issue/" + story + "/transitions", "{\"transition\": {\"id\": \"31\"}}");

        IssueFact storyFact = changes.last(storyId);
        assertThat(storyFact.parentId()).isEqualTo(epic);
        assertThat(storyFact.epicId()).isEqualTo(epic);
        assertThat(storyFact.storyPoints()).isEqualTo(5.0);
        assertThat(storyFact.start()).hasToString("2026-12-01");
        assertThat(storyFact.due()).hasToString("2026-12-31");
        assertThat(storyFact.timeSpentSeconds()).isEqualTo(4 * 3600L);
        assertThat(storyFact.remainingEstimateSeconds()).isEqualTo(12 * 3600L);
        assertThat(storyFact.statusCategory()).isEqualTo(StatusCategory.DONE);
        assertThat(storyFact.resolved()).isNotNull();
        IssueFact subTaskFact = changes.last(subTaskId);
        assertThat(subTaskFact.hierarchyLevel()).isEqualTo(IssueFact.SUB_TASK);
        assertThat(subTaskFact.parentId()).isEqualTo(storyId);
        assertThat(subTaskFact.epicId()).isEqualTo(epic);
    }

    @Test
    void theListenerHearsOfADeletion() {
        String task = alice.create("""
                {"project": {"key": "ALPHA"}, "issuetype": {"name": "Task"}, "summary": "Short-lived"}""");
        long id = alice.issue(task).get("id").asLong();

        new JiraClient(RunningWorkbench.baseUri(), "admin").delete("/rest/api/2/issue/" + task);

        assertThat(changes.deleted).containsExactly(id);
    }
}
