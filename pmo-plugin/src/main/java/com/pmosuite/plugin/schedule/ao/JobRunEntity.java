package com.pmosuite.plugin.schedule.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One run of a scheduled job, on whichever node ran it. Instants are epoch milliseconds. */
@Table("JOB_RUN")
public interface JobRunEntity extends Entity {
    @NotNull
    String getJobId();
    void setJobId(String jobId);

    @Indexed
    long getStartedAt();
    void setStartedAt(long startedAt);

    long getEndedAt();
    void setEndedAt(long endedAt);

    @NotNull
    String getNode();
    void setNode(String node);

    @NotNull
    String getResult();
    void setResult(String result);

    @StringLength(StringLength.UNLIMITED)
    String getMessage();
    void setMessage(String message);
}
