package com.pmosuite.testkit;

import com.pmosuite.portfolio.ProjectCatalog;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link ProjectCatalog} with the four demo-like projects (ALPHA, BETA in "Platform"; GAMMA in "Customer";
 * DELTA in "Data") and whatever a test adds or moves.
 */
public final class InMemoryProjectCatalog implements ProjectCatalog {
    public static final Category PLATFORM = new Category(1, "Platform");
    public static final Category CUSTOMER = new Category(2, "Customer");
    public static final Category DATA = new Category(3, "Data");
    public static final Project ALPHA = new Project(10000, "ALPHA", "Apollo Platform", PLATFORM.id());
    public static final Project BETA = new Project(10001, "BETA", "Billing Revamp", PLATFORM.id());
    public static final Project GAMMA = new Project(10002, "GAMMA", "Customer Portal", CUSTOMER.id());
    public static final Project DELTA = new Project(10003, "DELTA", "Data Warehouse", DATA.id());

    private final Map<Long, Project> projects = new ConcurrentHashMap<>();
    private final Map<Long, Category> categories = new ConcurrentHashMap<>();

    public static InMemoryProjectCatalog withFourProjects() {
        InMemoryProjectCatalog catalog = new InMemoryProjectCatalog();
        List.of(PLATFORM, CUSTOMER, DATA).forEach(c -> catalog.categories.put(c.id(), c));
        List.of(ALPHA, BETA, GAMMA, DELTA).forEach(catalog::put);
        return catalog;
    }

    /** Adds a project, or replaces the one with its id (to move it to another category, say). */
    public InMemoryProjectCatalog put(Project project) {
        projects.put(project.id(), project);
        return this;
    }

    public InMemoryProjectCatalog remove(long projectId) {
        projects.remove(projectId);
        return this;
    }

    @Override
    public List<Project> projects() {
        return List.copyOf(projects.values());
    }

    @Override
    public List<Category> categories() {
        return List.copyOf(categories.values());
    }
}
