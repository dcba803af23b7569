package com.pmosuite.plugin.facts.admin.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The PMO admin's field mapping (one row, named so that two first saves on two nodes meet on the unique name): a
 * column per role, the issue type levels as {@code typeId=level} text, and its version. Its changes are in the audit
 * history under this row's id.
 */
@Preload
@Table("FACT_FIELD_MAP")
public interface FieldMappingEntity extends Entity {
    @NotNull
    @Unique
    String getMappingName();
    void setMappingName(String mappingName);

    String getStoryPoints();
    void setStoryPoints(String fieldId);

    String getEpicLink();
    void setEpicLink(String fieldId);

    String getParentLink();
    void setParentLink(String fieldId);

    String getStartDate();
    void setStartDate(String fieldId);

    String getActualCost();
    void setActualCost(String fieldId);

    /** Up to 100 pairs of an 18-digit id and a level: beyond a VARCHAR(255). */
    @StringLength(StringLength.UNLIMITED)
    String getTypeLevels();
    void setTypeLevels(String levels);

    @NotNull
    int getVersion();
    void setVersion(int version);
}
