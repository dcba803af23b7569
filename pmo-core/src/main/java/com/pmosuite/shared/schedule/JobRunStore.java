package com.pmosuite.shared.schedule;

import java.util.List;

/** Port: the run history of scheduled jobs, shared by every node. */
public interface JobRunStore {

    void record(JobRun run);

    /** The latest runs, newest first, at most {@code limit} of them. */
    List<JobRun> recent(int limit);
}
