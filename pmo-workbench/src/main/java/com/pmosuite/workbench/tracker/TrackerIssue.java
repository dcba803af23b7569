package com.pmosuite.workbench.tracker;

import com.pmosuite.facts.StatusCategory;
import com.pmosuite.workbench.host.WorkbenchProject;
import com.pmosuite.workbench.tracker.TrackerScheme.IssueType;
import com.pmosuite.workbench.tracker.TrackerScheme.Status;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An issue as the workbench's Jira stores it (one {@code WB_ISSUE} row); {@link JiraIssueView} shows it through
 * Jira's {@code Issue} API. Nullable components are "not set", as in Jira.
 *
 * @param parentId   the parent of a sub-task; {@code null} for other types
 * @param epicLinkId the epic of a standard issue (Jira Software's Epic Link); {@code null} otherwise
 * @param resolved   when the issue entered a done status; {@code null} while unresolved
 */
public record TrackerIssue(long id, String key, WorkbenchProject project, long number, IssueType type,
                           String summary, Status status, Long parentId, Long epicLinkId, Double storyPoints,
                           LocalDate start, LocalDate due, Instant created, Instant updated, Instant resolved,
                           Long originalEstimateSeconds, Long remainingEstimateSeconds, long timeSpentSeconds,
                           String assigneeKey, Long securityLevelId) {

    public StatusCategory statusCategory() {
        return status.category();
    }

    /** What an edit starts from: this issue's editable fields. */
    public IssueDraft draft() {
        return new IssueDraft(project, type, summary, parentId, epicLinkId, storyPoints, start, due,
                originalEstimateSeconds, remainingEstimateSeconds, assigneeKey, securityLevelId);
    }
}
