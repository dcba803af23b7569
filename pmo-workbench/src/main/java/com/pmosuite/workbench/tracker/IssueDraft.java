package com.pmosuite.workbench.tracker;

import com.pmosuite.workbench.host.WorkbenchProject;
import com.pmosuite.workbench.tracker.TrackerScheme.IssueType;

import java.time.LocalDate;

/**
 * The fields of an issue that a create or an edit sets (the rest, such as the key, status and time spent, the
 * tracker keeps). Ids, not keys: the REST edge resolves keys.
 */
public record IssueDraft(WorkbenchProject project, IssueType type, String summary, Long parentId, Long epicLinkId,
                         Double storyPoints, LocalDate start, LocalDate due, Long originalEstimateSeconds,
                         Long remainingEstimateSeconds, String assigneeKey, Long securityLevelId) {

    public IssueDraft withSummary(String value) {
        return new IssueDraft(project, type, value, parentId, epicLinkId, storyPoints, start, due,
                originalEstimateSeconds, remainingEstimateSeconds, assigneeKey, securityLevelId);
    }

    public IssueDraft withParentId(Long value) {
        return new IssueDraft(project, type, summary, value, epicLinkId, storyPoints, start, due,
                originalEstimateSeconds, remainingEstimateSeconds, assigneeKey, securityLevelId);
    }

    public IssueDraft withEpicLinkId(Long value) {
        return new IssueDraft(project, type, summary, parentId, value, storyPoints, start, due,
                originalEstimateSeconds, remainingEstimateSeconds, assigneeKey, securityLevelId);
    }

    public IssueDraft withStoryPoints(Double value) {
        return new IssueDraft(project, type, summary, parentId, epicLinkId, value, start, due,
                originalEstimateSeconds, remainingEstimateSeconds, assigneeKey, securityLevelId);
    }

    public IssueDraft withStart(LocalDate value) {
        return new IssueDraft(project, type, summary, parentId, epicLinkId, storyPoints, value, due,
                originalEstimateSeconds, remainingEstimateSeconds, assigneeKey, securityLevelId);
    }

    public IssueDraft withDue(LocalDate value) {
        return new IssueDraft(project, type, summary, parentId, epicLinkId, storyPoints, start, value,
                originalEstimateSeconds, remainingEstimateSeconds, assigneeKey, securityLevelId);
    }

    public IssueDraft withEstimates(Long original, Long remaining) {
        return new IssueDraft(project, type, summary, parentId, epicLinkId, storyPoints, start, due, original,
                remaining, assigneeKey, securityLevelId);
    }

    public IssueDraft withAssigneeKey(String value) {
        return new IssueDraft(project, type, summary, parentId, epicLinkId, storyPoints, start, due,
                originalEstimateSeconds, remainingEstimateSeconds, value, securityLevelId);
    }

    public IssueDraft withSecurityLevelId(Long value) {
        return new IssueDraft(project, type, summary, parentId, epicLinkId, storyPoints, start, due,
                originalEstimateSeconds, remainingEstimateSeconds, assigneeKey, value);
    }

    public IssueDraft withProjectAndType(WorkbenchProject newProject, IssueType newType) {
        return new IssueDraft(newProject, newType, summary, parentId, epicLinkId, storyPoints, start, due,
                originalEstimateSeconds, remainingEstimateSeconds, assigneeKey, securityLevelId);
    }
}
