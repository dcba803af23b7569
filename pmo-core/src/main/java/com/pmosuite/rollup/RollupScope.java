package com.pmosuite.rollup;

import java.util.List;
import java.util.Objects;

/**
 * What to roll up: a portfolio, its programs and their projects, with each project's plan and thresholds already
 * resolved from the defaults. The engine adds the issue levels below each project.
 *
 * @param key        a stable key for the node in the answer ({@code portfolio-3}, {@code program-7}, a project key)
 * @param name       the display name
 * @param level      portfolio, program or project
 * @param projectId  the Jira project id for a project node; {@code 0} otherwise
 * @param plan       a project's plan; {@link ProjectPlan#NONE} above projects
 * @param thresholds the thresholds this node's RAG is judged by
 * @param children   programs and projects below a portfolio, projects below a program; empty for a project
 */
public record RollupScope(String key, String name, Level level, long projectId, ProjectPlan plan,
                          RagThresholds thresholds, List<RollupScope> children) {

    /** The levels a PMO defines; issue levels below projects come from the facts. */
    public enum Level { PORTFOLIO, PROGRAM, PROJECT }

    public RollupScope {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(thresholds, "thresholds");
        children = List.copyOf(children);
        if (level == Level.PROJECT && !children.isEmpty()) {
            throw new IllegalArgumentException("a project node has no PMO-defined children");
        }
    }

    public static RollupScope project(String key, String name, long projectId, ProjectPlan plan,
                                      RagThresholds thresholds) {
        return new RollupScope(key, name, Level.PROJECT, projectId, plan, thresholds, List.of());
    }
}
