package com.pmosuite.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the PMO suite keeps of one Jira issue: the few figures rollups and compliance checks read, so they never
 * search Jira on a page view. Nullable components are documented {@code null}s: "not set in Jira".
 *
 * @param issueId                  Jira's issue id, stable across moves and key changes
 * @param projectId                the project the issue is in now
 * @param issueTypeId              Jira's issue type id
 * @param hierarchyLevel           {@link #SUB_TASK}, {@link #STANDARD}, {@link #EPIC} or a level above epics (2, 3, …)
 * @param parentId                 the issue directly above in the hierarchy: a sub-task's parent, a story's epic
 *                                 (Epic Link), an epic's Parent Link; {@code null} at the top
 * @param epicId                   the epic this issue belongs to (for a sub-task, its parent's epic); {@code null}
 *                                 for epics, levels above and issues without an epic
 * @param statusCategory           the category of the issue's status
 * @param created                  when the issue was created
 * @param resolved                 when it was resolved; {@code null} while unresolved
 * @param start                    the mapped start-date field; {@code null} when unset or unmapped
 * @param due                      the due date
 * @param storyPoints              the story points field; {@code null} when unset or unmapped
 * @param originalEstimateSeconds  Jira's original estimate, in seconds
 * @param remainingEstimateSeconds Jira's remaining estimate, in seconds
 * @param timeSpentSeconds         time logged on the issue itself (not its sub-tasks), in seconds
 * @param actualCost               the mapped actual-cost field; {@code null} when unset or unmapped
 * @param assigneeKey              the assignee's user key; {@code null} when unassigned
 * @param securityLevelId          the issue security level; {@code null} when the issue has none
 * @param updated                  when Jira last changed the issue
 */
public record IssueFact(long issueId, long projectId, String issueTypeId, int hierarchyLevel, Long parentId,
                        Long epicId, StatusCategory statusCategory, Instant created, Instant resolved,
                        LocalDate start, LocalDate due, Double storyPoints, Long originalEstimateSeconds,
                        Long remainingEstimateSeconds, Long timeSpentSeconds, BigDecimal actualCost,
                        String assigneeKey, Long securityLevelId, Instant updated) {

    /** Jira's hierarchy level of a sub-task. */
    public static final int SUB_TASK = -1;
    /** The level of stories, tasks, bugs: every standard issue type. */
    public static final int STANDARD = 0;
    /** The level of epics; Advanced Roadmaps adds levels 2, 3, … above. */
    public static final int EPIC = 1;

    public IssueFact {
        Objects.requireNonNull(issueTypeId, "issueTypeId");
        Objects.requireNonNull(statusCategory, "statusCategory");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        if (hierarchyLevel < SUB_TASK) {
            throw new IllegalArgumentException("hierarchy level below sub-task: " + hierarchyLevel);
        }
    }

    public boolean isSubTask() {
        return hierarchyLevel == SUB_TASK;
    }

    public boolean isDone() {
        return statusCategory == StatusCategory.DONE;
    }
}
