package com.pmosuite.workbench.tracker;

/**
 * One change to one issue, as Jira announces it: the event type id is Jira's ({@code EventType.ISSUE_CREATED_ID}
 * and so on), the issue is its state after the change (before it, for a deletion).
 *
 * @param worklog the work logged, for Jira's "work logged" event; {@code null} otherwise
 */
record TrackerEvent(long eventTypeId, TrackerIssue issue, String actorKey, Worklog worklog) {
}
