package com.pmosuite.plugin.compliance.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One row per saved version of a waiver, whose unique key "waiverId:version" makes the database refuse a second
 * decision on the same version at any isolation level, as for risks and portfolios.
 */
@Table("WAIVER_REVISION")
public interface WaiverRevisionEntity extends Entity {
    @NotNull
    @Unique
    String getRevisionKey();
    void setRevisionKey(String revisionKey);

    @Indexed
    int getWaiverId();
    void setWaiverId(int waiverId);

    int getVersion();
    void setVersion(int version);
}
