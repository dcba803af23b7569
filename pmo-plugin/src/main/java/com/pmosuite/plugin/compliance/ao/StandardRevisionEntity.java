package com.pmosuite.plugin.compliance.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One row per saved version of a standard ({@code standard:<id>:<version>}) or set ({@code standard-set:<id>:<version>}):
 * the unique key makes the database refuse a second writer of one version at any isolation level, as for portfolios.
 */
@Table("STANDARD_REVISION")
public interface StandardRevisionEntity extends Entity {
    @NotNull
    @Unique
    String getRevisionKey();
    void setRevisionKey(String revisionKey);
}
