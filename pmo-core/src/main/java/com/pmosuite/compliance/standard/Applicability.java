package com.pmosuite.compliance.standard;

import com.pmosuite.compliance.ApplicableStandards;
import com.pmosuite.compliance.Standard;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which enabled standards apply to which project, resolved once from every set's scope against the portfolios and the
 * host's projects as they were when {@link Standards#applicability()} made it: a scan over 100+ projects takes one
 * and asks {@link #forProject} per project, a map lookup. It does not see later changes; take a new one per scan.
 */
public final class Applicability implements ApplicableStandards {
    private final Map<Long, List<Standard>> byProject;

    Applicability(Map<Long, List<Standard>> byProject) {
        this.byProject = Map.copyOf(byProject);
    }

    @Override
    public Set<Long> projectsInScope() {
        return byProject.keySet();
    }

    @Override
    public List<Standard> forProject(long projectId) {
        return byProject.getOrDefault(projectId, List.of());
    }
}
