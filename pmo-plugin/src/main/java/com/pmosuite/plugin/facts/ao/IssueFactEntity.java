package com.pmosuite.plugin.facts.ao;

import net.java.ao.Preload;
import net.java.ao.RawEntity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.Table;

/**
 * One row per issue of the tracked projects, keyed by Jira's issue id, with the stamp of its latest change. A
 * deleted issue keeps its row as a tombstone ({@code DELETED}, every fact column null) so that nodes catching up
 * through the change stamp learn of the deletion; writing the issue again makes the row live again.
 * <p>
 * Instants are epoch milliseconds and dates epoch days (no database or JVM time zone can shift them), seconds
 * BIGINT, points DOUBLE, and the actual cost the decimal's exact text ({@code BigDecimal#toString}), because AO has
 * no decimal type and a double would change the value. Nothing is preloaded: reads name their columns.
 */
@Preload({})
@Table("ISSUE_FACT")
public interface IssueFactEntity extends RawEntity<Long> {
    @PrimaryKey("ISSUE_ID")
    @NotNull
    long getIssueId();
    void setIssueId(long issueId);

    /** Null on tombstones, so project pages never meet them. */
    @Indexed
    Long getProjectId();
    void setProjectId(Long projectId);

    /** The stamp of the row's latest change: unique, and committed in increasing order. */
    @Indexed
    @NotNull
    long getChangeStamp();
    void setChangeStamp(long changeStamp);

    @NotNull
    boolean isDeleted();
    void setDeleted(boolean deleted);

    String getIssueTypeId();
    void setIssueTypeId(String issueTypeId);

    Integer getHierarchyLevel();
    void setHierarchyLevel(Integer hierarchyLevel);

    Long getParentId();
    void setParentId(Long parentId);

    Long getEpicId();
    void setEpicId(Long epicId);

    String getStatusCategory();
    void setStatusCategory(String statusCategory);

    Long getCreatedAt();
    void setCreatedAt(Long createdAt);

    Long getResolvedAt();
    void setResolvedAt(Long resolvedAt);

    Long getStartDay();
    void setStartDay(Long startDay);

    Long getDueDay();
    void setDueDay(Long dueDay);

    Double getStoryPoints();
    void setStoryPoints(Double storyPoints);

    Long getOriginalEstimate();
    void setOriginalEstimate(Long originalEstimate);

    Long getRemainingEstimate();
    void setRemainingEstimate(Long remainingEstimate);

    Long getTimeSpent();
    void setTimeSpent(Long timeSpent);

    String getActualCost();
    void setActualCost(String actualCost);

    String getAssigneeKey();
    void setAssigneeKey(String assigneeKey);

    Long getSecurityLevelId();
    void setSecurityLevelId(Long securityLevelId);

    Long getUpdatedAt();
    void setUpdatedAt(Long updatedAt);
}
