package com.pmosuite.plugin.compliance.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One compliance scan run: trigger, actor (none for the scheduler), scope, times in epoch milliseconds, outcome. */
@Preload
@Table("SCAN_RUN")
public interface ScanRunEntity extends Entity {
    /** {@code SCHEDULED} or {@code MANUAL}; named so, as TRIGGER is an SQL keyword. */
    @NotNull
    String getTriggerKind();
    void setTriggerKind(String triggerKind);

    String getActorKey();
    void setActorKey(String actorKey);

    @NotNull
    String getScope();
    void setScope(String scope);

    @Indexed
    long getStartedAt();
    void setStartedAt(long startedAt);

    Long getFinishedAt();
    void setFinishedAt(Long finishedAt);

    @Indexed
    @NotNull
    String getStatus();
    void setStatus(String status);

    @StringLength(StringLength.UNLIMITED)
    String getFailure();
    void setFailure(String failure);

    int getProjectsScanned();
    void setProjectsScanned(int projectsScanned);

    int getViolationsFound();
    void setViolationsFound(int violationsFound);
}
