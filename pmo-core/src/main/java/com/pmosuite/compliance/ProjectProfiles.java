package com.pmosuite.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Port: what the host knows of a project beyond its issues (lead, description, category, versions). */
public interface ProjectProfiles {

    /** The project, or empty when it no longer exists. */
    Optional<ProjectProfile> profile(long projectId);

    /**
     * A project's details.
     *
     * @param leadKey     the lead's user key; {@code null} when none
     * @param description {@code null} or blank when none
     * @param categoryId  {@code null} when none
     */
    record ProjectProfile(long id, String key, String name, String leadKey, String description, Long categoryId,
                          List<VersionInfo> versions) {
        public ProjectProfile {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
            versions = List.copyOf(versions);
        }
    }

    /** A project version (Jira's fix version); dates are {@code null} when not set. */
    record VersionInfo(String name, boolean released, boolean archived, LocalDate startDate, LocalDate releaseDate) {
        public VersionInfo {
            Objects.requireNonNull(name, "name");
        }
    }
}
