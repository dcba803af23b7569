package com.pmosuite.compliance.result;

import java.util.Objects;

/** A violation a scan found that the project's previous scan did not: what a notification digest reports. */
public record NewViolation(long projectId, String projectKey, RecordedResult result) {
    public NewViolation {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(result, "result");
    }
}
