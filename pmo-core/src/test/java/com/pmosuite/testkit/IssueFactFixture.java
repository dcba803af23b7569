package com.pmosuite.testkit;

import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.StatusCategory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Issue facts for tests: a complete story by default, changed one field at a time. */
public final class IssueFactFixture {
    /** When fixture issues were created: whole milliseconds, as stores keep instants. */
    public static final Instant CREATED = Instant.parse("2026-01-05T08:15:30.125Z");

    private IssueFactFixture() {
    }

    /** A story in progress with every field set. */
    public static IssueFact story(long issueId, long projectId) {
        return new IssueFact(issueId, projectId, "10001", IssueFact.STANDARD, 7_000L + projectId, 7_000L + projectId,
                StatusCategory.IN_PROGRESS, CREATED, null, LocalDate.of(2026, 1, 12), LocalDate.of(2026, 2, 27), 5.5,
                28_800L, 14_400L, 18_000L, new BigDecimal("1234.50"), "alice", 10_100L,
                CREATED.plusSeconds(3_600 + issueId % 100_000));
    }

    /** An issue with only the required fields: every nullable one is {@code null}. */
    public static IssueFact bare(long issueId, long projectId) {
        return new IssueFact(issueId, projectId, "10002", IssueFact.SUB_TASK, null, null, StatusCategory.TODO,
                CREATED, null, null, null, null, null, null, null, null, null, null, CREATED);
    }

    public static IssueFact withStatus(IssueFact f, StatusCategory status, Instant updated) {
        return new IssueFact(f.issueId(), f.projectId(), f.issueTypeId(), f.hierarchyLevel(), f.parentId(),
                f.epicId(), status, f.created(), status == StatusCategory.DONE ? updated : null, f.start(), f.due(),
                f.storyPoints(), f.originalEstimateSeconds(), f.remainingEstimateSeconds(), f.timeSpentSeconds(),
                f.actualCost(), f.assigneeKey(), f.securityLevelId(), updated);
    }

    public static IssueFact inProject(IssueFact f, long projectId) {
        return new IssueFact(f.issueId(), projectId, f.issueTypeId(), f.hierarchyLevel(), f.parentId(), f.epicId(),
                f.statusCategory(), f.created(), f.resolved(), f.start(), f.due(), f.storyPoints(),
                f.originalEstimateSeconds(), f.remainingEstimateSeconds(), f.timeSpentSeconds(), f.actualCost(),
                f.assigneeKey(), f.securityLevelId(), f.updated());
    }

    public static IssueFact withPoints(IssueFact f, Double points) {
        return new IssueFact(f.issueId(), f.projectId(), f.issueTypeId(), f.hierarchyLevel(), f.parentId(),
                f.epicId(), f.statusCategory(), f.created(), f.resolved(), f.start(), f.due(), points,
                f.originalEstimateSeconds(), f.remainingEstimateSeconds(), f.timeSpentSeconds(), f.actualCost(),
                f.assigneeKey(), f.securityLevelId(), f.updated());
    }
}
