package com.pmosuite.testkit;

import com.pmosuite.shared.schedule.JobRun;
import com.pmosuite.shared.schedule.JobRunStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The run history in memory, newest first by start time as the AO store returns it. */
public final class InMemoryJobRunStore implements JobRunStore {
    private final List<JobRun> runs = new ArrayList<>();

    @Override
    public synchronized void record(JobRun run) {
        runs.add(run);
    }

    @Override
    public synchronized List<JobRun> recent(int limit) {
        List<JobRun> newestFirst = new ArrayList<>();
        for (int i = runs.size() - 1; i >= 0; i--) {
            newestFirst.add(runs.get(i));
        }
        newestFirst.sort(Comparator.comparing(JobRun::startedAt).reversed());
        return List.copyOf(newestFirst.subList(0, Math.min(Math.max(limit, 0), newestFirst.size())));
    }
}
