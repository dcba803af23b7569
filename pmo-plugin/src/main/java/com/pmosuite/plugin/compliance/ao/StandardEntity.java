package com.pmosuite.plugin.compliance.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A PMO standard. Its check is a type ({@code no-overdue}, {@code condition}, …) and the check's parameters as JSON
 * text written by {@code CheckJson}, so a new kind of check needs no new column.
 */
@Preload
@Table("STANDARD")
public interface StandardEntity extends Entity {
    @NotNull
    String getName();
    void setName(String name);

    /** {@code StandardStore.nameKey(name)}: its unique index keeps names unique (ignoring case) under concurrent saves. */
    @NotNull
    @Unique
    String getNameKey();
    void setNameKey(String nameKey);

    @StringLength(StringLength.UNLIMITED)
    String getRationale();
    void setRationale(String rationale);

    @NotNull
    String getSeverity();
    void setSeverity(String severity);

    int getWeight();
    void setWeight(int weight);

    boolean isEnabled();
    void setEnabled(boolean enabled);

    @NotNull
    String getCheckType();
    void setCheckType(String checkType);

    @StringLength(StringLength.UNLIMITED)
    String getCheckParams();
    void setCheckParams(String checkParams);

    int getVersion();
    void setVersion(int version);

    @NotNull
    String getUpdatedBy();
    void setUpdatedBy(String updatedBy);

    long getUpdatedAt();
    void setUpdatedAt(long updatedAt);
}
