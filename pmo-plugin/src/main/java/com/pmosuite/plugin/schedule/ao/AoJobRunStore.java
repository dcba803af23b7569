package com.pmosuite.plugin.schedule.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.pmosuite.shared.schedule.JobOutcome;
import com.pmosuite.shared.schedule.JobRun;
import com.pmosuite.shared.schedule.JobRunStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The run history in Active Objects: one row per run, read newest first. */
public final class AoJobRunStore implements JobRunStore {
    /** Keeps the history page and its query small whatever is asked for. */
    static final int MAX_READ = 500;

    private final ActiveObjects ao;

    public AoJobRunStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void record(JobRun run) {
        ao.executeInTransaction(() -> ao.create(JobRunEntity.class,
                new DBParam("JOB_ID", run.jobId()),
                new DBParam("STARTED_AT", run.startedAt().toEpochMilli()),
                new DBParam("ENDED_AT", run.endedAt().toEpochMilli()),
                new DBParam("NODE", run.node()),
                new DBParam("RESULT", run.result().name()),
                // Oracle and some drivers store an empty string as NULL: keep "no message" as NULL everywhere.
                new DBParam("MESSAGE", run.message().isEmpty() ? null : run.message())));
    }

    @Override
    public List<JobRun> recent(int limit) {
        int bounded = Math.min(Math.max(limit, 0), MAX_READ);
        if (bounded == 0) {
            return List.of();
        }
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(JobRunEntity.class,
                        Query.select().order("STARTED_AT DESC, ID DESC").limit(bounded)))
                .map(AoJobRunStore::toRun)
                .toList());
    }

    private static JobRun toRun(JobRunEntity e) {
        return new JobRun(e.getJobId(), Instant.ofEpochMilli(e.getStartedAt()), Instant.ofEpochMilli(e.getEndedAt()),
                e.getNode(), JobOutcome.Result.valueOf(e.getResult()), e.getMessage());
    }
}
