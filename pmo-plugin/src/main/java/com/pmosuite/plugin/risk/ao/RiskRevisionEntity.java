package com.pmosuite.plugin.risk.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One row per saved version of a risk, whose unique key "riskId:version" makes the database itself refuse a second
 * writer of the same version. AO can neither issue a conditional UPDATE nor declare a composite unique index
 * (AO-96), so this synthetic unique column is how two concurrent saves from one version end in one winner.
 */
@Table("RISK_REVISION")
public interface RiskRevisionEntity extends Entity {
    @NotNull
    @Unique
    String getRevisionKey();
    void setRevisionKey(String revisionKey);

    @Indexed
    int getRiskId();
    void setRiskId(int riskId);

    int getVersion();
    void setVersion(int version);
}
