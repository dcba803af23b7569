package com.pmosuite.shared.schedule;

import java.time.Instant;
import java.util.Objects;

/** One run of a job as the run history keeps it. */
public record JobRun(String jobId, Instant startedAt, Instant endedAt, String node, JobOutcome.Result result,
                     String message) {
    /** Longest message kept; longer ones are cut, so one chatty failure cannot bloat the history. */
    public static final int MAX_MESSAGE = 1000;

    public JobRun {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(result, "result");
        message = message == null ? "" : message;
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE - 1) + "…";
        }
    }
}
