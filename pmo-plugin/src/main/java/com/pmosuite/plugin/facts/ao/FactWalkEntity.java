package com.pmosuite.plugin.facts.ao;

import net.java.ao.Preload;
import net.java.ao.RawEntity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The checkpoint of the latest walk over the tracked issues (one row): where it got to, what it changed. */
@Preload({})
@Table("FACT_WALK")
public interface FactWalkEntity extends RawEntity<String> {
    @PrimaryKey("WALK_NAME")
    @NotNull
    String getWalkName();
    void setWalkName(String walkName);

    @NotNull
    String getKind();
    void setKind(String kind);

    @NotNull
    String getState();
    void setState(String state);

    @NotNull
    long getLastIssueId();
    void setLastIssueId(long lastIssueId);

    @NotNull
    long getSeen();
    void setSeen(long seen);

    @NotNull
    long getTotal();
    void setTotal(long total);

    @NotNull
    long getUpserted();
    void setUpserted(long upserted);

    @NotNull
    long getDeletedCount();
    void setDeletedCount(long deletedCount);

    @NotNull
    long getStartedAt();
    void setStartedAt(long startedAt);

    Long getFinishedAt();
    void setFinishedAt(Long finishedAt);

    @StringLength(StringLength.UNLIMITED)
    String getMessage();
    void setMessage(String message);
}
