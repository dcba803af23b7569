package com.pmosuite.workbench.tracker;

import com.pmosuite.facts.StatusCategory;
import com.pmosuite.workbench.host.WorkbenchProject;
import com.pmosuite.workbench.http.WorkbenchAccounts;
import com.pmosuite.workbench.tracker.TrackerScheme.Status;
import com.pmosuite.workbench.tracker.TrackerScheme.Transition;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The workbench Jira's issue service: create, edit, transition, log work, move and delete issues, each in one
 * transaction, each announcing its change on the {@link TrackerEventBus} after the commit. The REST API and the
 * demo seed both call it, so every change they make fires the events Jira would. It checks Jira's field rules, not
 * permissions: the callers do that, as with Jira's {@code IssueService}.
 */
public final class IssueTracker {

    static final int MAX_SUMMARY = 255;
    static final double MAX_STORY_POINTS = 100_000;
    /** A bound on estimates and logged work: 100 years of Jira's 8-hour days. */
    static final long MAX_SECONDS = 100L * 365 * 8 * 3600;

    private final TrackerStore store;
    private final TrackerEventBus events;
    private final WorkbenchAccounts accounts;
    private final Clock clock;
    // One writer at a time: keys are numbered per project and the workbench is a single node.
    private final ReentrantLock writes = new ReentrantLock();

    public IssueTracker(TrackerStore store, TrackerEventBus events, WorkbenchAccounts accounts, Clock clock) {
        this.store = store;
        this.events = events;
        this.accounts = accounts;
        this.clock = clock;
    }

    public TrackerStore store() {
        return store;
    }

    public TrackerEventBus events() {
        return events;
    }

    public Optional<TrackerIssue> issue(long id) {
        return store.byId(id);
    }

    public Optional<TrackerIssue> issue(String key) {
        return store.byKey(key);
    }

    public TrackerIssue create(IssueDraft draft, String actorKey) {
        TrackerIssue created = write(connection -> {
            validate(connection, draft, null);
            Instant now = now();
            long id = store.reserve(connection, "issue-id", 1, TrackerStore.FIRST_ISSUE_ID);
            long number = store.reserve(connection, projectCounter(draft.project()), 1, 1);
            Long remaining = draft.remainingEstimateSeconds() != null ? draft.remainingEstimateSeconds()
                    : draft.originalEstimateSeconds();
            TrackerIssue issue = new TrackerIssue(id, draft.project().key() + "-" + number, draft.project(), number,
                    draft.type(), draft.summary().strip(), TrackerScheme.TO_DO, draft.parentId(), draft.epicLinkId(),
                    draft.storyPoints(), draft.start(), draft.due(), now, now, null,
                    draft.originalEstimateSeconds(), remaining, 0, draft.assigneeKey(), draft.securityLevelId());
            store.insert(connection, List.of(issue));
            return issue;
        });
        events.announce(List.of(new TrackerEvent(TrackerEventBus.ISSUE_CREATED_ID, created, actorKey, null)));
        return created;
    }

    /** Sets the fields of an issue (its project and type stay: see {@link #move}). */
    public TrackerIssue edit(long issueId, IssueDraft draft, String actorKey) {
        TrackerIssue edited = write(connection -> {
            TrackerIssue current = existing(connection, issueId);
            if (!draft.project().equals(current.project()) || !draft.type().equals(current.type())) {
                throw TrackerValidationException.message("The project and issue type change by a move, not an edit.");
            }
            validate(connection, draft, current);
            TrackerIssue issue = new TrackerIssue(current.id(), current.key(), current.project(), current.number(),
                    current.type(), draft.summary().strip(), current.status(), draft.parentId(), draft.epicLinkId(),
                    draft.storyPoints(), draft.start(), draft.due(), current.created(), now(), current.resolved(),
                    draft.originalEstimateSeconds(), draft.remainingEstimateSeconds(), current.timeSpentSeconds(),
                    draft.assigneeKey(), draft.securityLevelId());
            store.update(connection, issue);
            return issue;
        });
        events.announce(List.of(new TrackerEvent(TrackerEventBus.ISSUE_UPDATED_ID, edited, actorKey, null)));
        return edited;
    }

    /** The transitions available from the issue's status. */
    public List<Transition> transitions(TrackerIssue issue) {
        return TrackerScheme.transitions(issue.type(), issue.status());
    }

    /**
     * Moves an issue along a transition. Entering a done status resolves it (event "resolved"), leaving one
     * reopens it (event "reopened"); other transitions fire Jira's generic event, as the simplified workflow does.
     */
    public TrackerIssue transition(long issueId, String transitionId, String actorKey) {
        long[] eventType = new long[1];
        TrackerIssue moved = write(connection -> {
            TrackerIssue current = existing(connection, issueId);
            Transition transition = transitions(current).stream().filter(t -> t.id().equals(transitionId))
                    .findFirst().orElseThrow(() -> TrackerValidationException.message(
                            "Transition id '" + transitionId + "' is not valid for this issue."));
            Status to = transition.to();
            boolean wasDone = current.statusCategory() == StatusCategory.DONE;
            boolean isDone = to.category() == StatusCategory.DONE;
            Instant now = now();
            Instant resolved = isDone ? (wasDone ? current.resolved() : now) : null;
            eventType[0] = isDone && !wasDone ? TrackerEventBus.ISSUE_RESOLVED_ID
                    : wasDone && !isDone ? TrackerEventBus.ISSUE_REOPENED_ID : TrackerEventBus.ISSUE_GENERICEVENT_ID;
            TrackerIssue issue = withStatus(current, to, now, resolved);
            store.update(connection, issue);
            return issue;
        });
        events.announce(List.of(new TrackerEvent(eventType[0], moved, actorKey, null)));
        return moved;
    }

    /** How a worklog changes the remaining estimate, as Jira's {@code adjustEstimate} parameter says. */
    public enum EstimateAdjustment {
        /** Reduce the remaining estimate by the time spent, not below zero. */
        AUTO,
        /** Leave the remaining estimate as it is. */
        LEAVE
    }

    /** Logs work on an issue: its time spent grows, and its remaining estimate shrinks unless told to stay. */
    public Worklog logWork(long issueId, long seconds, Instant started, EstimateAdjustment adjustment,
                           String authorKey) {
        if (seconds <= 0 || seconds > MAX_SECONDS) {
            throw TrackerValidationException.field("timeLogged", "You must indicate the time spent working.");
        }
        TrackerIssue[] after = new TrackerIssue[1];
        Worklog logged = write(connection -> {
            TrackerIssue current = existing(connection, issueId);
            Instant now = now();
            Worklog worklog = new Worklog(store.reserve(connection, "worklog-id", 1, TrackerStore.FIRST_ISSUE_ID),
                    issueId, authorKey, started == null ? now : started.truncatedTo(ChronoUnit.MILLIS), seconds, now);
            Long remaining = current.remainingEstimateSeconds();
            if (adjustment == EstimateAdjustment.AUTO && remaining != null) {
                remaining = Math.max(0, remaining - seconds);
            }
            after[0] = new TrackerIssue(current.id(), current.key(), current.project(), current.number(),
                    current.type(), current.summary(), current.status(), current.parentId(), current.epicLinkId(),
                    current.storyPoints(), current.start(), current.due(), current.created(), now, current.resolved(),
                    current.originalEstimateSeconds(), remaining, current.timeSpentSeconds() + seconds,
                    current.assigneeKey(), current.securityLevelId());
            store.update(connection, after[0]);
            store.insertWorklogs(connection, List.of(worklog));
            return worklog;
        });
        events.announce(List.of(new TrackerEvent(TrackerEventBus.ISSUE_WORKLOGGED_ID, after[0], authorKey, logged)));
        return logged;
    }

    /**
     * Moves an issue, with its sub-tasks, to another project: each gets the next key there (the old key is kept in
     * {@code WB_MOVED_KEY}, as Jira keeps it, for {@link TrackerStore#idsOfKeys}), and each fires a "moved" event.
     */
    public TrackerIssue move(long issueId, WorkbenchProject target, String actorKey) {
        List<TrackerEvent> fired = new ArrayList<>();
        TrackerIssue moved = write(connection -> {
            TrackerIssue current = existing(connection, issueId);
            if (current.type().isSubTask()) {
                throw TrackerValidationException.message("A sub-task moves with its parent.");
            }
            if (current.project().equals(target)) {
                return current;
            }
            Instant now = now();
            TrackerIssue issue = null;
            List<TrackerIssue> family = new ArrayList<>();
            family.add(current);
            family.addAll(store.childrenOf(connection, issueId).stream().filter(c -> c.type().isSubTask()).toList());
            for (TrackerIssue member : family) {
                long number = store.reserve(connection, projectCounter(target), 1, 1);
                TrackerIssue changed = new TrackerIssue(member.id(), target.key() + "-" + number, target, number,
                        member.type(), member.summary(), member.status(), member.parentId(), member.epicLinkId(),
                        member.storyPoints(), member.start(), member.due(), member.created(), now,
                        member.resolved(), member.originalEstimateSeconds(), member.remainingEstimateSeconds(),
                        member.timeSpentSeconds(), member.assigneeKey(), member.securityLevelId());
                store.update(connection, changed);
                store.keepMovedKey(connection, member.key(), member.id());
                fired.add(new TrackerEvent(TrackerEventBus.ISSUE_MOVED_ID, changed, actorKey, null));
                if (issue == null) {
                    issue = changed;
                }
            }
            return issue;
        });
        events.announce(fired);
        return moved;
    }

    /**
     * Deletes an issue; its sub-tasks too when {@code withSubTasks} (Jira's {@code deleteSubtasks}), else an issue
     * with sub-tasks is refused. Stories of a deleted epic lose their Epic Link (an "updated" event each).
     */
    public void delete(long issueId, boolean withSubTasks, String actorKey) {
        List<TrackerEvent> fired = new ArrayList<>();
        write(connection -> {
            TrackerIssue current = existing(connection, issueId);
            List<TrackerIssue> children = store.childrenOf(connection, issueId);
            List<TrackerIssue> subTasks = children.stream().filter(c -> c.type().isSubTask()).toList();
            if (!subTasks.isEmpty() && !withSubTasks) {
                throw TrackerValidationException.message("The issue '" + current.key() + "' has subtasks.  You must"
                        + " specify the 'deleteSubtasks' parameter to delete this issue with subtasks.");
            }
            Instant now = now();
            for (TrackerIssue child : children) {
                if (!child.type().isSubTask()) {
                    TrackerIssue unlinked = new TrackerIssue(child.id(), child.key(), child.project(), child.number(),
                            child.type(), child.summary(), child.status(), child.parentId(), null, child.storyPoints(),
                            child.start(), child.due(), child.created(), now, child.resolved(),
                            child.originalEstimateSeconds(), child.remainingEstimateSeconds(),
                            child.timeSpentSeconds(), child.assigneeKey(), child.securityLevelId());
                    store.update(connection, unlinked);
                    fired.add(new TrackerEvent(TrackerEventBus.ISSUE_UPDATED_ID, unlinked, actorKey, null));
                }
            }
            for (TrackerIssue subTask : subTasks) {
                store.delete(connection, subTask.id());
                fired.add(new TrackerEvent(TrackerEventBus.ISSUE_DELETED_ID, subTask, actorKey, null));
            }
            store.delete(connection, issueId);
            fired.add(new TrackerEvent(TrackerEventBus.ISSUE_DELETED_ID, current, actorKey, null));
            return null;
        });
        events.announce(fired);
    }

    /**
     * Writes many issues at once for the demo generator: {@code work} runs in one transaction under the writer lock
     * (reserving ids and numbers with {@link #reserveIds} and {@link #reserveNumbers}) and returns what it inserted;
     * their "created" events follow the commit, in one batch.
     */
    public List<TrackerIssue> bulk(TrackerStore.SqlWork<List<TrackerIssue>> work, String actorKey) {
        List<TrackerIssue> inserted = write(work);
        events.announce(inserted.stream()
                .map(issue -> new TrackerEvent(TrackerEventBus.ISSUE_CREATED_ID, issue, actorKey, null)).toList());
        return inserted;
    }

    /** The first of {@code count} fresh issue ids, inside a {@link #bulk} transaction. */
    public long reserveIds(Connection connection, int count) throws SQLException {
        return store.reserve(connection, "issue-id", count, TrackerStore.FIRST_ISSUE_ID);
    }

    /** The first of {@code count} fresh worklog ids, inside a {@link #bulk} transaction. */
    public long reserveWorklogIds(Connection connection, int count) throws SQLException {
        return store.reserve(connection, "worklog-id", count, TrackerStore.FIRST_ISSUE_ID);
    }

    /** The first of {@code count} fresh issue numbers of a project, inside a {@link #bulk} transaction. */
    public long reserveNumbers(Connection connection, WorkbenchProject project, int count) throws SQLException {
        return store.reserve(connection, projectCounter(project), count, 1);
    }

    private static String projectCounter(WorkbenchProject project) {
        return "project-" + project.id();
    }

    private static TrackerIssue withStatus(TrackerIssue current, Status to, Instant now, Instant resolved) {
        return new TrackerIssue(current.id(), current.key(), current.project(), current.number(), current.type(),
                current.summary(), to, current.parentId(), current.epicLinkId(), current.storyPoints(),
                current.start(), current.due(), current.created(), now, resolved, current.originalEstimateSeconds(),
                current.remainingEstimateSeconds(), current.timeSpentSeconds(), current.assigneeKey(),
                current.securityLevelId());
    }

    private TrackerIssue existing(Connection connection, long issueId) throws SQLException {
        return store.byId(connection, issueId)
                .orElseThrow(() -> new IssueNotFoundException("Issue Does Not Exist"));
    }

    private void validate(Connection connection, IssueDraft draft, TrackerIssue current) throws SQLException {
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft.summary() == null || draft.summary().isBlank()) {
            errors.put("summary", "You must specify a summary of the issue.");
        } else if (draft.summary().strip().length() > MAX_SUMMARY || draft.summary().contains("\n")) {
            errors.put("summary", "Summary must be less than 255 characters and on one line.");
        }
        if (draft.type().isSubTask()) {
            if (draft.parentId() == null) {
                errors.put("parent", "Issue type is a sub-task but parent issue key or id not specified.");
            } else {
                Optional<TrackerIssue> parent = store.byId(connection, draft.parentId());
                if (parent.isEmpty() || !parent.get().project().equals(draft.project())) {
                    errors.put("parent", "The parent must be an issue of the same project.");
                } else if (parent.get().type().hierarchyLevel() != 0) {
                    errors.put("parent", "Only standard issues (stories, tasks, bugs) have sub-tasks.");
                }
            }
        } else if (draft.parentId() != null) {
            errors.put("parent", "Only sub-tasks have a parent; a story joins an epic by its Epic Link.");
        }
        if (draft.epicLinkId() != null) {
            if (draft.type().hierarchyLevel() != 0) {
                errors.put(TrackerFields.EPIC_LINK, "Only standard issues (stories, tasks, bugs) have an Epic Link.");
            } else {
                Optional<TrackerIssue> epic = store.byId(connection, draft.epicLinkId());
                if (epic.isEmpty() || !epic.get().type().equals(TrackerScheme.EPIC)) {
                    errors.put(TrackerFields.EPIC_LINK, "The Epic Link must name an epic.");
                }
            }
        }
        if (draft.storyPoints() != null && (draft.storyPoints() < 0 || draft.storyPoints() > MAX_STORY_POINTS
                || draft.storyPoints().isNaN())) {
            errors.put(TrackerFields.STORY_POINTS, "Story points must be a number from 0 to 100000.");
        }
        if (draft.assigneeKey() != null && accounts.byKey(draft.assigneeKey()).isEmpty()) {
            errors.put("assignee", "User '" + draft.assigneeKey() + "' does not exist.");
        }
        if (draft.securityLevelId() != null && TrackerScheme.securityLevel(draft.securityLevelId()).isEmpty()) {
            errors.put("security", "Security level '" + draft.securityLevelId() + "' does not exist.");
        }
        if (draft.start() != null && draft.due() != null && draft.start().isAfter(draft.due())) {
            errors.put(TrackerFields.START_DATE, "The start date must not be after the due date.");
        }
        if (!errors.isEmpty()) {
            throw new TrackerValidationException(errors, List.of());
        }
    }

    private <T> T write(TrackerStore.SqlWork<T> work) {
        writes.lock();
        try {
            return store.inTransaction(work);
        } finally {
            writes.unlock();
        }
    }

    /** The tracker's clock, to the millisecond Jira stores. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
