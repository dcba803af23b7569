package com.pmosuite.plugin.compliance.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Table;

/** A standard listed by a set, at its position in the set. */
@Preload
@Table("SET_MEMBER")
public interface StandardSetMemberEntity extends Entity {
    @Indexed
    int getSetId();
    void setSetId(int setId);

    @Indexed
    int getStandardId();
    void setStandardId(int standardId);

    int getPosition();
    void setPosition(int position);
}
