package com.pmosuite.workbench.tracker;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A project version in the workbench's Jira (Jira's fix version), in the project's order.
 *
 * @param startDate   {@code null} when not set
 * @param releaseDate {@code null} when not set
 */
public record TrackerVersion(long id, long projectId, String name, long sequence, boolean released,
                             boolean archived, LocalDate startDate, LocalDate releaseDate) {
    public TrackerVersion {
        Objects.requireNonNull(name, "name");
    }
}
