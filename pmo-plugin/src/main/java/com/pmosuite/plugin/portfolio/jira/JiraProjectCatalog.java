package com.pmosuite.plugin.portfolio.jira;

import com.atlassian.jira.project.ProjectCategory;
import com.atlassian.jira.project.ProjectManager;
import com.pmosuite.portfolio.ProjectCatalog;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link ProjectCatalog} over Jira's {@link ProjectManager}: every project with its category, and every category.
 * Jira keeps both in its own caches, so reading them whole on each call costs no database round trip.
 */
public final class JiraProjectCatalog implements ProjectCatalog {
    private final ProjectManager projects;

    public JiraProjectCatalog(ProjectManager projects) {
        this.projects = projects;
    }

    @Override
    public List<Project> projects() {
        List<Project> all = new ArrayList<>();
        // Inside this class "Project" is the catalog's own record, so Jira's is named in full.
        for (com.atlassian.jira.project.Project project : projects.getProjectObjects()) {
            ProjectCategory category = project.getProjectCategoryObject();
            all.add(new Project(project.getId(), project.getKey(), project.getName(),
                    category == null ? null : category.getId()));
        }
        return all;
    }

    @Override
    public List<Category> categories() {
        return projects.getAllProjectCategories().stream()
                .map(category -> new Category(category.getId(), category.getName()))
                .toList();
    }
}
