package com.pmosuite.plugin.risk.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One row per risk, keyed to its project by id (keys can be renamed). Dates are ISO strings and instants epoch milliseconds so that no database or JVM time zone
 * can shift them; money is whole cents because AO has no decimal type. Column names are in {@link RiskColumns}.
 * <p>
 * Nothing is preloaded because AO adds preloaded columns to every select, and grouped (aggregate) queries must
 * select only what they group by: every full read names {@link RiskColumns#FULL_ROW} instead.
 * {@code SORT_TITLE}, {@code RESIDUAL_SCORE} and {@code STATUS_RANK} exist only so lists sort in SQL by the keys
 * {@link com.pmosuite.risk.RiskOrdering} defines (AO's ORDER BY takes plain columns, no expressions).
 */
@Preload({})
@Table("RISK")
public interface RiskEntity extends Entity {
    /** The project's id: stable across key renames. */
    @Indexed
    long getProjectId();
    void setProjectId(long projectId);

    /** The project's key when the risk was created; shown only if the project is gone. */
    @NotNull
    String getProjectKey();
    void setProjectKey(String projectKey);

    @NotNull
    String getTitle();
    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();
    void setDescription(String description);

    String getCategory();
    void setCategory(String category);

    @StringLength(StringLength.UNLIMITED)
    String getCause();
    void setCause(String cause);

    @StringLength(StringLength.UNLIMITED)
    String getEffect();
    void setEffect(String effect);

    @NotNull
    String getKind();
    void setKind(String kind);

    int getProbability();
    void setProbability(int probability);

    int getImpact();
    void setImpact(int impact);

    /** Probability x impact, stored so that severity filters run in SQL. */
    @Indexed
    int getScore();
    void setScore(int score);

    Integer getResidualProbability();
    void setResidualProbability(Integer residualProbability);

    Integer getResidualImpact();
    void setResidualImpact(Integer residualImpact);

    @Indexed
    String getOwnerKey();
    void setOwnerKey(String ownerKey);

    @NotNull
    @Indexed
    String getStatus();
    void setStatus(String status);

    String getStrategy();
    void setStrategy(String strategy);

    @StringLength(StringLength.UNLIMITED)
    String getResponsePlan();
    void setResponsePlan(String responsePlan);

    @StringLength(StringLength.UNLIMITED)
    String getContingencyPlan();
    void setContingencyPlan(String contingencyPlan);

    // TRIGGER is a reserved word in SQL, hence the longer name.
    @StringLength(StringLength.UNLIMITED)
    String getTriggerDescription();
    void setTriggerDescription(String triggerDescription);

    String getProximityDate();
    void setProximityDate(String proximityDate);

    String getLastReviewDate();
    void setLastReviewDate(String lastReviewDate);

    String getNextReviewDate();
    void setNextReviewDate(String nextReviewDate);

    Long getCostImpactCents();
    void setCostImpactCents(Long costImpactCents);

    @NotNull
    String getCreatedBy();
    void setCreatedBy(String createdBy);

    long getCreatedAt();
    void setCreatedAt(long createdAt);

    @NotNull
    String getUpdatedBy();
    void setUpdatedBy(String updatedBy);

    long getUpdatedAt();
    void setUpdatedAt(long updatedAt);

    int getVersion();
    void setVersion(int version);

    /** {@link com.pmosuite.risk.RiskOrdering#titleKey} of the title. */
    @StringLength(com.pmosuite.risk.RiskOrdering.TITLE_KEY_MAX)
    String getSortTitle();
    void setSortTitle(String sortTitle);

    /** The residual score, or the inherent one while there is no residual assessment. */
    Integer getResidualScore();
    void setResidualScore(Integer residualScore);

    /** {@link com.pmosuite.risk.RiskOrdering#statusRank} of the status. */
    Integer getStatusRank();
    void setStatusRank(Integer statusRank);
}
