package com.pmosuite.compliance.scan;

import com.pmosuite.compliance.ProjectScan;
import com.pmosuite.compliance.result.NewViolation;
import com.pmosuite.compliance.result.ScanRun;

import java.util.List;
import java.util.Objects;

/**
 * What a scan found and how it ended.
 *
 * @param run           the run as recorded (SUCCEEDED or FAILED); for a dry run, a run with id 0 that is not stored
 * @param projects      each scanned project's result, scored with the PMO's thresholds; empty when the run failed
 * @param newViolations the violations this run found first (for a notification digest); empty for a dry run
 * @param dryRun        whether nothing was recorded on purpose
 */
public record ScanReport(ScanRun run, List<ProjectScan> projects, List<NewViolation> newViolations, boolean dryRun) {
    public ScanReport {
        Objects.requireNonNull(run, "run");
        projects = List.copyOf(projects);
        newViolations = List.copyOf(newViolations);
    }

    public boolean failed() {
        return run.status() == ScanRun.Status.FAILED;
    }
}
