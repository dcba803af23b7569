package com.pmosuite.plugin.platform.ao.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Frozen copies of every entity the first release (schema version 0) declared in its {@code <ao>} module, so a
 * test can create the database that release created and fill it the way it did. The history entity itself is
 * {@link RiskHistoryEntityV0}, which the upgrade task reads. Never change these. Later versions' tests start from
 * them too.
 */
public final class Release0Schema {
    private Release0Schema() {
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends net.java.ao.RawEntity<?>>[] entities() {
        return new Class[]{RiskV0.class, RiskLinkV0.class, RiskHistoryEntityV0.class, RiskRevisionV0.class,
                RiskSettingsV0.class};
    }

    @Preload
    @Table("RISK")
    public interface RiskV0 extends Entity {
        @Indexed
        long getProjectId();
        void setProjectId(long projectId);

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
    }

    @Preload
    @Table("RISK_LINK")
    interface RiskLinkV0 extends Entity {
        @Indexed
        int getRiskId();
        void setRiskId(int riskId);

        @NotNull
        @Indexed
        String getProjectKey();
        void setProjectKey(String projectKey);

        @NotNull
        @Indexed
        String getIssueKey();
        void setIssueKey(String issueKey);

        int getPosition();
        void setPosition(int position);
    }

    @Table("RISK_REVISION")
    interface RiskRevisionV0 extends Entity {
        @NotNull
        @Unique
        String getRevisionKey();
        void setRevisionKey(String revisionKey);

        @Indexed
        int getRiskId();
        void setRiskId(int riskId);

        int getVersion();
        void setVersion(int version);
    }

    @Preload
    @Table("RISK_SETTINGS")
    interface RiskSettingsV0 extends Entity {
        @Unique
        long getProjectId();
        void setProjectId(long projectId);

        @NotNull
        String getProjectKey();
        void setProjectKey(String projectKey);

        int getScale();
        void setScale(int scale);

        int getMediumFrom();
        void setMediumFrom(int mediumFrom);

        int getHighFrom();
        void setHighFrom(int highFrom);

        int getCriticalFrom();
        void setCriticalFrom(int criticalFrom);
    }
}
