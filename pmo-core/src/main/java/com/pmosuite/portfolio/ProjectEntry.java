package com.pmosuite.portfolio;

import java.util.Objects;

/** A project chosen explicitly for a portfolio (directly or in one of its programs), with its own plan figures. */
public record ProjectEntry(long projectId, PlanFigures plan) {
    public ProjectEntry {
        if (projectId <= 0) {
            throw new IllegalArgumentException("project ids are positive: " + projectId);
        }
        Objects.requireNonNull(plan, "plan");
    }
}
