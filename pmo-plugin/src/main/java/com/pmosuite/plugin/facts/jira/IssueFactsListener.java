package com.pmosuite.plugin.facts.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.pmosuite.facts.IssueChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps issue facts current from Jira's issue events: a deleted issue is {@link IssueChanges#deleted}, every other
 * change re-reads the issue and reports its facts to {@link IssueChanges#changed}, whichever project it is in (the
 * facts service keeps only the projects some portfolio rolls up). Registers with the {@link EventPublisher} when
 * SAL starts the plugin and unregisters when it stops; the wiring exports it as a {@link LifecycleAware} service.
 *
 * <p>Which facts an event touches: the issue's own, always. A standard issue's change also re-reads its
 * sub-tasks, because a sub-task's epic and project are its parent's (an Epic Link edit or a move of the parent
 * changes them without an event on the sub-task). An epic's change needs nothing more: its children keep their
 * Epic Link, and their facts name the epic by id. Comment and work-started/stopped events change no fact and are
 * ignored; custom event types (fired by workflow transitions) count as changes. Nothing thrown here reaches Jira's
 * event dispatch: a failure is logged and the periodic walk repairs the fact.
 */
public final class IssueFactsListener implements LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(IssueFactsListener.class);
    /** Sub-tasks re-read per parent event at most; a parent with more is left to the periodic walk. */
    static final int MAX_SUB_TASKS_PER_EVENT = 500;

    private static final Set<Long> NO_FACT_CHANGE = Set.of(
            EventType.ISSUE_COMMENTED_ID, EventType.ISSUE_COMMENT_EDITED_ID, EventType.ISSUE_COMMENT_DELETED_ID,
            EventType.ISSUE_WORKSTARTED_ID, EventType.ISSUE_WORKSTOPPED_ID);

    private final EventPublisher events;
    private final IssueManager issues;
    private final JiraIssueFactReader reader;
    private final IssueChanges changes;

    public IssueFactsListener(EventPublisher events, IssueManager issues, JiraIssueFactReader reader,
                              IssueChanges changes) {
        this.events = Objects.requireNonNull(events, "events");
        this.issues = Objects.requireNonNull(issues, "issues");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.changes = Objects.requireNonNull(changes, "changes");
    }

    @Override
    public void onStart() {
        events.register(this);
    }

    @Override
    public void onStop() {
        events.unregister(this);
    }

    /** Called by Jira for every issue event, on the thread that made the change. */
    @EventListener
    public void onIssueEvent(IssueEvent event) {
        try {
            handle(event);
        } catch (RuntimeException e) {
            LOG.warn("Issue facts: could not apply event type {} for issue {}; the next walk will repair it",
                    event == null ? null : event.getEventTypeId(), issueIdOf(event), e);
        }
    }

    private void handle(IssueEvent event) {
        Issue fromEvent = event.getIssue();
        Long type = event.getEventTypeId();
        if (fromEvent == null || fromEvent.getId() == null || NO_FACT_CHANGE.contains(type)) {
            return;
        }
        long id = fromEvent.getId();
        if (EventType.ISSUE_DELETED_ID.equals(type)) {
            changes.deleted(id);
            return;
        }
        // Read the stored issue rather than the event's copy, so worklog and move events see the values saved.
        Issue current = issues.getIssueObject(id);
        Issue issue = current == null ? fromEvent : current;
        changes.changed(reader.read(issue));
        if (!issue.isSubTask()) {
            refreshSubTasks(issue);
        }
    }

    private void refreshSubTasks(Issue parent) {
        Collection<Issue> subTasks = parent.getSubTaskObjects();
        if (subTasks == null || subTasks.isEmpty()) {
            return;
        }
        if (subTasks.size() > MAX_SUB_TASKS_PER_EVENT) {
            LOG.info("Issue facts: issue {} has {} sub-tasks; leaving them to the periodic walk", parent.getId(),
                    subTasks.size());
            return;
        }
        for (Issue subTask : subTasks) {
            try {
                changes.changed(reader.read(subTask));
            } catch (RuntimeException e) {
                LOG.warn("Issue facts: could not re-read sub-task {} of {}", subTask.getId(), parent.getId(), e);
            }
        }
    }

    private static Object issueIdOf(IssueEvent event) {
        return event == null || event.getIssue() == null ? null : event.getIssue().getId();
    }
}
