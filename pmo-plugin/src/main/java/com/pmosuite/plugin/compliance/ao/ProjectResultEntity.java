package com.pmosuite.plugin.compliance.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A project's latest compliance result (one row per project, replaced by each scan of it). The standards that simply
 * passed (no offenders, detail or waivers) are listed here as {@code standardId:OFFENDER_KIND} pairs, comma-separated,
 * so a scan writes a row only for the standards with something to show ({@link ViolationEntity}): most pass. The
 * score is a decimal string ("87.5"), as AO has no decimal type.
 */
@Preload
@Table("PROJECT_RESULT")
public interface ProjectResultEntity extends Entity {
    @Unique
    long getProjectId();
    void setProjectId(long projectId);

    @NotNull
    String getProjectKey();
    void setProjectKey(String projectKey);

    String getScore();
    void setScore(String score);

    @NotNull
    String getRag();
    void setRag(String rag);

    int getPassedWeight();
    void setPassedWeight(int passedWeight);

    int getScoredWeight();
    void setScoredWeight(int scoredWeight);

    long getScannedAt();
    void setScannedAt(long scannedAt);

    @StringLength(StringLength.UNLIMITED)
    String getPassedStandards();
    void setPassedStandards(String passedStandards);

    @Indexed
    long getRunId();
    void setRunId(long runId);
}
