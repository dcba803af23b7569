package com.pmosuite.workbench.tracker;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.pmosuite.workbench.support.RunningWorkbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change made through the workbench's Jira REST API publishes Jira's issue event once, with the right event
 * type, to {@code @EventListener} methods registered with the workbench's event publisher, as the plugin's
 * issue-facts listener is registered inside Jira.
 */
class IssueEventsIT {
    private final JiraClient alice = new JiraClient(RunningWorkbench.baseUri(), "alice");
    private final JiraClient admin = new JiraClient(RunningWorkbench.baseUri(), "admin");
    private final EventPublisher publisher = RunningWorkbench.get().eventPublisher();
    private final RecordingListener listener = new RecordingListener();

    /** What a plugin's listener sees: each issue event, in order. */
    public static final class RecordingListener {
        final List<IssueEvent> events = new CopyOnWriteArrayList<>();

        @EventListener
        public void onIssueEvent(IssueEvent event) {
            events.add(event);
        }

        List<Long> typesFor(String key) {
            return events.stream().filter(e -> e.getIssue().getKey().equals(key)).map(IssueEvent::getEventTypeId)
                    .toList();
        }
    }

    @BeforeEach
    void listen() {
        publisher.register(listener);
    }

    @AfterEach
    void stopListening() {
        publisher.unregister(listener);
    }

    @Test
    void eachChangePublishesOneEventOfItsType() {
        String key = alice.create("""
                {"project": {"key": "ALPHA"}, "issuetype": {"name": "Task"}, "summary": "Evented",
                 "timetracking": {"originalEstimate": "2h"}}""");
        alice.put("/rest/api/2/issue/" + key, "{\"fields\": {\"summary\": \"Evented again\"}}");
        alice.post("/rest/api/2/issue/" + key + "/transitions", "{\"transition\": {\"id\": \"21\"}}");
        alice.post("/rest/api/2/issue/" + key + "/worklog", "{\"timeSpent\": \"30m\"}");
        alice.post("/rest/api/2/issue/" + key + "/transitions", "{\"transition\": {\"id\": \"31\"}}");
        alice.post("/rest/api/2/issue/" + key + "/transitions", "{\"transition\": {\"id\": \"11\"}}");
        admin.delete("/rest/api/2/issue/" + key);

        assertThat(listener.typesFor(key)).containsExactly(EventType.ISSUE_CREATED_ID, EventType.ISSUE_UPDATED_ID,
                EventType.ISSUE_GENERICEVENT_ID, EventType.ISSUE_WORKLOGGED_ID, EventType.ISSUE_RESOLVED_ID,
                EventType.ISSUE_REOPENED_ID, EventType.ISSUE_DELETED_ID);
    }

    @Test
    void theEventCarriesTheIssueAsItIsAfterTheChangeAndWhoMadeIt() {
        String key = alice.create("""
                {"project": {"key": "BETA"}, "issuetype": {"name": "Story"}, "summary": "Pointed",
                 "customfield_10106": 3, "timetracking": {"originalEstimate": "1d"}}""");
        alice.post("/rest/api/2/issue/" + key + "/worklog", "{\"timeSpent\": \"2h\"}");

        IssueEvent logged = listener.events.stream().filter(e -> e.getIssue().getKey().equals(key)).toList().get(1);
        TrackerCustomFields fields = RunningWorkbench.get().customFields();
        assertThat(logged.getUser().getKey()).isEqualTo("alice");
        assertThat(logged.getIssue().getTimeSpent()).isEqualTo(7200L);
        assertThat(logged.getIssue().getEstimate()).isEqualTo(6 * 3600L);
        assertThat(logged.getIssue().getProjectId()).isEqualTo(10001L);
        assertThat(logged.getIssue().getStatus().getStatusCategory().getKey()).isEqualTo("new");
        assertThat(logged.getIssue().getCustomFieldValue(fields.getStoryPointsCustomField().getReturnedValue()))
                .isEqualTo(3.0);
    }

    @Test
    void aRefusedChangePublishesNothing() {
        alice.post("/rest/api/2/issue", """
                {"fields": {"project": {"key": "ALPHA"}, "issuetype": {"name": "Sub-task"}, "summary": "Orphan"}}""");
        alice.post("/rest/api/2/issue/ALPHA-1/transitions", "{\"transition\": {\"id\": \"99\"}}");

        assertThat(listener.events).isEmpty();
    }

    @Test
    void deletingAnEpicUnlinksItsStoriesWithAnUpdateEach() {
        String epic = alice.create("""
                {"project": {"key": "ALPHA"}, "issuetype": {"name": "Epic"}, "summary": "Short-lived epic"}""");
        String story = alice.create("""
                {"project": {"key": "ALPHA"}, "issuetype": {"name": "Story"}, "summary": "Outlives its epic",
                 "customfield_10100": "%s"}""".formatted(epic));

        admin.delete("/rest/api/2/issue/" + epic);

        assertThat(listener.typesFor(story)).containsExactly(EventType.ISSUE_CREATED_ID, EventType.ISSUE_UPDATED_ID);
        assertThat(listener.typesFor(epic)).containsExactly(EventType.ISSUE_CREATED_ID, EventType.ISSUE_DELETED_ID);
        assertThat(alice.issue(story).get("fields").get("customfield_10100").isNull()).isTrue();
    }

    @Test
    void aMoveFiresAMovedEventForTheIssueAndEachSubTask() {
        IssueTracker tracker = RunningWorkbench.get().tracker();
        String story = alice.create("""
                {"project": {"key": "ALPHA"}, "issuetype": {"name": "Story"}, "summary": "Moving house"}""");
        String subTask = alice.create("""
                {"project": {"key": "ALPHA"}, "issuetype": {"name": "Sub-task"}, "summary": "Pack boxes",
                 "parent": {"key": "%s"}}""".formatted(story));
        long storyId = alice.issue(story).get("id").asLong();
        long subTaskId = alice.issue(subTask).get("id").asLong();
        var beta = RunningWorkbench.get().directory().projects().stream().filter(p -> p.key().equals("BETA"))
                .findFirst().orElseThrow();

        TrackerIssue moved = tracker.move(storyId, beta, "admin");

        List<IssueEvent> moves = listener.events.stream()
                .filter(e -> e.getEventTypeId().equals(EventType.ISSUE_MOVED_ID)).toList();
        assertThat(moves).extracting(e -> e.getIssue().getId()).containsExactly(storyId, subTaskId);
        assertThat(moved.key()).startsWith("BETA-");
        assertThat(tracker.issue(subTaskId).orElseThrow().project().key()).isEqualTo("BETA");
    }
}
