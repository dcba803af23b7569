package com.pmosuite.plugin.compliance.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A waiver of a standard in a project (Jira project id, stable through key renames). Issue keys are one text,
 * comma-separated and sorted; the expiry is an ISO date, so "not expired on a day" is a string comparison in SQL.
 * Instants are epoch milliseconds.
 */
@Preload
@Table("WAIVER")
public interface WaiverEntity extends Entity {
    long getStandardId();
    void setStandardId(long standardId);

    @Indexed
    long getProjectId();
    void setProjectId(long projectId);

    @StringLength(StringLength.UNLIMITED)
    String getIssueKeys();
    void setIssueKeys(String issueKeys);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getJustification();
    void setJustification(String justification);

    @Indexed
    @NotNull
    String getExpires();
    void setExpires(String expires);

    @Indexed
    @NotNull
    String getStatus();
    void setStatus(String status);

    @NotNull
    String getRequestedBy();
    void setRequestedBy(String requestedBy);

    long getRequestedAt();
    void setRequestedAt(long requestedAt);

    String getDecidedBy();
    void setDecidedBy(String decidedBy);

    Long getDecidedAt();
    void setDecidedAt(Long decidedAt);

    @StringLength(StringLength.UNLIMITED)
    String getDecisionNote();
    void setDecisionNote(String decisionNote);

    int getVersion();
    void setVersion(int version);
}
