package com.pmosuite.plugin.risk.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A Jira issue linked to a risk (typically a mitigation task), in the order the user listed them. */
@Preload
@Table("RISK_LINK")
public interface RiskLinkEntity extends Entity {
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
