package com.pmosuite.portfolio;

import java.util.List;
import java.util.Objects;

/**
 * The optional level between a portfolio and its projects: a group of projects with an owner and default plan
 * figures for them.
 *
 * @param id       the store's id; {@code 0} for a program not yet stored
 * @param projects the projects chosen for this program, in the order shown
 */
public record Program(long id, String name, String description, String ownerKey, PlanFigures defaults,
                      List<ProjectEntry> projects) {
    public Program {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaults, "defaults");
        projects = List.copyOf(projects);
    }

    public Program withId(long newId) {
        return new Program(newId, name, description, ownerKey, defaults, projects);
    }
}
