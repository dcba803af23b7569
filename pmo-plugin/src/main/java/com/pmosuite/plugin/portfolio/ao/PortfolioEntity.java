package com.pmosuite.plugin.portfolio.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A portfolio: its own fields and default plan figures; programs, projects and categories are rows of their own. */
@Preload
@Table("PORTFOLIO")
public interface PortfolioEntity extends Entity, PlanColumns {
    @NotNull
    String getName();
    void setName(String name);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();
    void setDescription(String description);

    String getOwnerKey();
    void setOwnerKey(String ownerKey);

    @NotNull
    String getColour();
    void setColour(String colour);

    int getVersion();
    void setVersion(int version);

    @NotNull
    String getUpdatedBy();
    void setUpdatedBy(String updatedBy);

    long getUpdatedAt();
    void setUpdatedAt(long updatedAt);
}
