package com.pmosuite.plugin.risk.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A project's (by id) import mapping saved under a name; changes are written to the audit history under this row's
 * id. {@code NAME_KEY} (project id and lower-case name) makes names unique per project without case, also against
 * two saves that race.
 */
@Table("RISK_IMPORT_MAP")
public interface RiskImportMappingEntity extends Entity {
    @NotNull
    long getProjectId();
    void setProjectId(long projectId);

    @NotNull
    String getProjectKey();
    void setProjectKey(String projectKey);

    @NotNull
    String getName();
    void setName(String name);

    @NotNull
    @Unique
    String getNameKey();
    void setNameKey(String nameKey);

    /** The columns as {@code ImportMapping.toStored} writes them. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getMapping();
    void setMapping(String mapping);

    int getVersion();
    void setVersion(int version);

    String getUpdatedBy();
    void setUpdatedBy(String updatedBy);

    long getUpdatedAt();
    void setUpdatedAt(long updatedAt);
}
