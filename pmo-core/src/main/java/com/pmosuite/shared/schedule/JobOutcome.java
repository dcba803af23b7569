package com.pmosuite.shared.schedule;

import java.util.Objects;

/** How one run of a job ended, with a short message for the run history. */
public record JobOutcome(Result result, String message) {

    /** Succeeded: the work is done; failed: it should be looked at; aborted: nothing was tried (not ready). */
    public enum Result { SUCCEEDED, FAILED, ABORTED }

    public JobOutcome {
        Objects.requireNonNull(result, "result");
        message = message == null ? "" : message;
    }

    public static JobOutcome succeeded(String message) {
        return new JobOutcome(Result.SUCCEEDED, message);
    }

    public static JobOutcome failed(String message) {
        return new JobOutcome(Result.FAILED, message);
    }

    public static JobOutcome aborted(String message) {
        return new JobOutcome(Result.ABORTED, message);
    }
}
