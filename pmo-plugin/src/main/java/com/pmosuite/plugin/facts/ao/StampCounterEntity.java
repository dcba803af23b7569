package com.pmosuite.plugin.facts.ao;

import net.java.ao.Preload;
import net.java.ao.RawEntity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.Table;

/**
 * A named counter of change stamps, one row per stamped table. Its row is updated inside every writing transaction,
 * so writers of the table take their stamps one after the other and commit them in order (see
 * {@link AoIssueFactStore}).
 */
@Preload({})
@Table("STAMP_COUNTER")
public interface StampCounterEntity extends RawEntity<String> {
    @PrimaryKey("COUNTER_NAME")
    @NotNull
    String getCounterName();
    void setCounterName(String counterName);

    /** The highest stamp handed out; committed with the rows that carry it. */
    @NotNull
    long getStamp();
    void setStamp(long stamp);

    /** Written first in a writing transaction only to take the row's lock before the stamp is read. */
    @NotNull
    long getLockToken();
    void setLockToken(long lockToken);
}
