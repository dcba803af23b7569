package com.pmosuite.plugin.compliance.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** One part of a set's scope: a portfolio, a project category or a project (by Jira id), named by {@code KIND}. */
@Preload
@Table("SET_SCOPE")
public interface StandardSetScopeEntity extends Entity {
    @Indexed
    int getSetId();
    void setSetId(int setId);

    /** {@code portfolio}, {@code category} or {@code project}. */
    @NotNull
    String getKind();
    void setKind(String kind);

    long getTargetId();
    void setTargetId(long targetId);
}
