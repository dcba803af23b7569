package com.pmosuite.plugin.compliance.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One standard's latest result in one project, unless it simply passed (those are listed on the
 * {@link ProjectResultEntity}): outcome,
 * the first offenders as one text (one per line, backslash and line breaks escaped), counts, detail, the waivers
 * applied (comma-separated ids), and first/last seen in epoch milliseconds for violations.
 */
@Preload
@Table("VIOLATION")
public interface ViolationEntity extends Entity {
    @Indexed
    long getProjectId();
    void setProjectId(long projectId);

    long getStandardId();
    void setStandardId(long standardId);

    @NotNull
    String getOutcome();
    void setOutcome(String outcome);

    @NotNull
    String getOffenderKind();
    void setOffenderKind(String offenderKind);

    @StringLength(StringLength.UNLIMITED)
    String getOffenders();
    void setOffenders(String offenders);

    long getTotal();
    void setTotal(long total);

    long getWaivedCount();
    void setWaivedCount(long waivedCount);

    @StringLength(StringLength.UNLIMITED)
    String getDetail();
    void setDetail(String detail);

    @StringLength(StringLength.UNLIMITED)
    String getWaiverIds();
    void setWaiverIds(String waiverIds);

    Long getFirstSeen();
    void setFirstSeen(Long firstSeen);

    Long getLastSeen();
    void setLastSeen(Long lastSeen);
}
