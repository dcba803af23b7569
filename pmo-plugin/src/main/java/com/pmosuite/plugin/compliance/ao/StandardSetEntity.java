package com.pmosuite.plugin.compliance.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A standard set; its standards ({@link StandardSetMemberEntity}) and scope ({@link StandardSetScopeEntity}) are rows of their own. */
@Preload
@Table("STANDARD_SET")
public interface StandardSetEntity extends Entity {
    @NotNull
    String getName();
    void setName(String name);

    /** {@code StandardStore.nameKey(name)}: its unique index keeps names unique (ignoring case) under concurrent saves. */
    @NotNull
    @Unique
    String getNameKey();
    void setNameKey(String nameKey);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();
    void setDescription(String description);

    int getVersion();
    void setVersion(int version);

    @NotNull
    String getUpdatedBy();
    void setUpdatedBy(String updatedBy);

    long getUpdatedAt();
    void setUpdatedAt(long updatedAt);
}
