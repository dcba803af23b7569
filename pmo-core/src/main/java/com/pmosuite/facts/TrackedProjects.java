package com.pmosuite.facts;

import java.util.Set;

/**
 * Port: the projects whose issue facts the PMO suite keeps, those in at least one portfolio. Implemented by the
 * portfolio module; the facts service asks it on every event and at the start of every walk.
 */
public interface TrackedProjects {

    /** The ids of every project in some portfolio now. */
    Set<Long> projectIds();

    /** Whether this project is in some portfolio now. */
    default boolean tracks(long projectId) {
        return projectIds().contains(projectId);
    }
}
