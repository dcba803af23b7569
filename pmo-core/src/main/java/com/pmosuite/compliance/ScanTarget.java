package com.pmosuite.compliance;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One project to scan: the enabled standards its sets apply (each once), and the approved waivers active on the
 * scan's day, their issue keys already resolved to issue ids.
 */
public record ScanTarget(long projectId, String projectKey, List<Standard> standards, List<ActiveWaiver> waivers) {
    public ScanTarget {
        Objects.requireNonNull(projectKey, "projectKey");
        standards = List.copyOf(standards);
        waivers = List.copyOf(waivers);
    }

    /**
     * An approved waiver in force.
     *
     * @param issueIds the issues it covers; empty means the whole standard in this project
     */
    public record ActiveWaiver(long waiverId, long standardId, Set<Long> issueIds) {
        public ActiveWaiver {
            issueIds = Set.copyOf(issueIds);
        }
    }
}
