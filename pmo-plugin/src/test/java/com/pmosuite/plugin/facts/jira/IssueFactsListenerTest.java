package com.pmosuite.plugin.facts.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.pmosuite.facts.FieldMapping;
import com.pmosuite.facts.IssueChanges;
import com.pmosuite.facts.IssueFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.pmosuite.plugin.facts.jira.JiraIssueBuilder.issue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class IssueFactsListenerTest {
    private final EventPublisher publisher = mock(EventPublisher.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final RecordingChanges changes = new RecordingChanges();
    private final JiraIssueFactReader reader = new JiraIssueFactReader(mock(CustomFieldManager.class), issues,
            () -> FieldMapping.NONE, ZoneOffset.UTC);
    private final IssueFactsListener listener = new IssueFactsListener(publisher, issues, reader, changes);

    @ParameterizedTest(name = "event type {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 7, 9, 10, 13, 15, 16, 10_000})
    void everyChangingEventReportsTheIssuesFactsNow(long eventType) {
        MutableIssue issue = issue(501).inProject(100).build();
        when(issues.getIssueObject(501L)).thenReturn(issue);

        listener.onIssueEvent(new IssueEvent(issue, Map.of(), null, eventType));

        assertThat(changes.changed).extracting(IssueFact::issueId).containsExactly(501L);
        assertThat(changes.deleted).isEmpty();
    }

    @Test
    void theEventTypeIdsAreJiras() {
        assertThat(List.of(EventType.ISSUE_CREATED_ID, EventType.ISSUE_UPDATED_ID, EventType.ISSUE_ASSIGNED_ID,
                EventType.ISSUE_RESOLVED_ID, EventType.ISSUE_CLOSED_ID, EventType.ISSUE_REOPENED_ID,
                EventType.ISSUE_MOVED_ID, EventType.ISSUE_WORKLOGGED_ID, EventType.ISSUE_GENERICEVENT_ID,
                EventType.ISSUE_WORKLOG_UPDATED_ID, EventType.ISSUE_WORKLOG_DELETED_ID, EventType.ISSUE_DELETED_ID))
                .containsExactly(1L, 2L, 3L, 4L, 5L, 7L, 9L, 10L, 13L, 15L, 16L, 8L);
    }

    @Test
    void aMovedIssueIsReportedInTheProjectItIsInNow() {
        MutableIssue beforeMove = issue(601).inProject(100).build();
        MutableIssue stored = issue(601).inProject(200).build();
        when(issues.getIssueObject(601L)).thenReturn(stored);

        listener.onIssueEvent(new IssueEvent(beforeMove, Map.of(), null, EventType.ISSUE_MOVED_ID));

        assertThat(changes.changed).extracting(IssueFact::projectId).containsExactly(200L);
    }

    @Test
    void aDeletedIssueIsReportedDeletedWithoutReadingIt() {
        MutableIssue issue = issue(701).build();

        listener.onIssueEvent(new IssueEvent(issue, Map.of(), null, EventType.ISSUE_DELETED_ID));

        assertThat(changes.deleted).containsExactly(701L);
        assertThat(changes.changed).isEmpty();
    }

    @ParameterizedTest(name = "event type {0}")
    @ValueSource(longs = {6, 11, 12, 14, 17})
    void commentAndWorkStartStopEventsChangeNoFact(long eventType) {
        listener.onIssueEvent(new IssueEvent(issue(801).build(), Map.of(), null, eventType));

        assertThat(changes.changed).isEmpty();
        assertThat(changes.deleted).isEmpty();
    }

    /**
     * The listener does not know the portfolios: an issue of a project no portfolio rolls up is still reported,
     * and the facts service (IssueChanges) ignores it. Here the recording IssueChanges shows it arrives.
     */
    @Test
    void anIssueOutsideEveryPortfolioIsStillReportedForTheFactsServiceToIgnore() {
        MutableIssue unrelated = issue(901).inProject(999_999).build();
        when(issues.getIssueObject(901L)).thenReturn(unrelated);

        listener.onIssueEvent(new IssueEvent(unrelated, Map.of(), null, EventType.ISSUE_UPDATED_ID));

        assertThat(changes.changed).extracting(IssueFact::projectId).containsExactly(999_999L);
    }

    @Test
    void aParentsChangeAlsoReReadsItsSubTasks() {
        MutableIssue subTask = issue(1002).subTaskOf(1001).build();
        MutableIssue story = issue(1001).withSubTask(subTask).build();
        when(issues.getIssueObject(1001L)).thenReturn(story);

        listener.onIssueEvent(new IssueEvent(story, Map.of(), null, EventType.ISSUE_UPDATED_ID));

        assertThat(changes.changed).extracting(IssueFact::issueId).containsExactly(1001L, 1002L);
    }

    @Test
    void aFailureIsLoggedAndNeverReachesJirasDispatch() {
        MutableIssue issue = issue(1101).build();
        when(issues.getIssueObject(1101L)).thenReturn(issue);
        IssueChanges failing = new IssueChanges() {
            @Override
            public void changed(IssueFact fact) {
                throw new IllegalStateException("facts table unavailable");
            }

            @Override
            public void deleted(long issueId) {
                throw new IllegalStateException("facts table unavailable");
            }
        };
        IssueFactsListener failingListener = new IssueFactsListener(publisher, issues, reader, failing);

        assertThatCode(() -> failingListener.onIssueEvent(
                new IssueEvent(issue, Map.of(), null, EventType.ISSUE_UPDATED_ID))).doesNotThrowAnyException();
        assertThatCode(() -> failingListener.onIssueEvent(
                new IssueEvent(issue, Map.of(), null, EventType.ISSUE_DELETED_ID))).doesNotThrowAnyException();
        assertThatCode(() -> failingListener.onIssueEvent(null)).doesNotThrowAnyException();
    }

    @Test
    void anUnreadableIssueIsSkippedWithoutFailingTheEvent() {
        MutableIssue broken = issue(1201).build();
        when(broken.getIssueType()).thenReturn(null);
        when(issues.getIssueObject(1201L)).thenReturn(broken);

        assertThatCode(() -> listener.onIssueEvent(new IssueEvent(broken, Map.of(), null, EventType.ISSUE_UPDATED_ID)))
                .doesNotThrowAnyException();
        assertThat(changes.changed).isEmpty();
    }

    @Test
    void registersOnStartAndUnregistersOnStop() {
        listener.onStart();
        verify(publisher).register(listener);

        listener.onStop();
        verify(publisher).unregister(listener);
    }

    @Test
    void theHandlerIsAPublicOneArgumentEventListenerMethodAsAtlassianEventRequires() throws Exception {
        Method handler = IssueFactsListener.class.getMethod("onIssueEvent", IssueEvent.class);

        assertThat(handler.isAnnotationPresent(EventListener.class)).isTrue();
        assertThat(Modifier.isPublic(handler.getModifiers())).isTrue();
    }

    /** Records what the listener reports, standing in for the facts service. */
    private static final class RecordingChanges implements IssueChanges {
        final List<IssueFact> changed = new ArrayList<>();
        final List<Long> deleted = new ArrayList<>();

        @Override
        public void changed(IssueFact fact) {
            changed.add(fact);
        }

        @Override
        public void deleted(long issueId) {
            deleted.add(issueId);
        }
    }
}
