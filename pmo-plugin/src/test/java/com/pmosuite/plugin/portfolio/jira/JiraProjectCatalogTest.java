package com.pmosuite.plugin.portfolio.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectCategory;
import com.atlassian.jira.project.ProjectManager;
import com.pmosuite.portfolio.ProjectCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class JiraProjectCatalogTest {
    private final ProjectManager projectManager = mock(ProjectManager.class);
    private final JiraProjectCatalog catalog = new JiraProjectCatalog(projectManager);

    private static ProjectCategory category(long id, String name) {
        ProjectCategory category = mock(ProjectCategory.class);
        when(category.getId()).thenReturn(id);
        when(category.getName()).thenReturn(name);
        return category;
    }

    private static Project project(long id, String key, String name, ProjectCategory category) {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(id);
        when(project.getKey()).thenReturn(key);
        when(project.getName()).thenReturn(name);
        when(project.getProjectCategoryObject()).thenReturn(category);
        return project;
    }

    @Test
    void everyProjectComesWithItsCategoryIdOrNone() {
        ProjectCategory platform = category(10100, "Platform");
        List<Project> projects = List.of(project(10000, "ALPHA", "Apollo Platform", platform),
                project(10004, "ZED", "No category", null));
        when(projectManager.getProjectObjects()).thenReturn(projects);

        assertThat(catalog.projects()).containsExactly(
                new ProjectCatalog.Project(10000, "ALPHA", "Apollo Platform", 10100L),
                new ProjectCatalog.Project(10004, "ZED", "No category", null));
    }

    @Test
    void categoriesAreJirasProjectCategories() {
        List<ProjectCategory> categories = List.of(category(10101, "Customer"), category(10100, "Platform"));
        when(projectManager.getAllProjectCategories()).thenReturn(categories);

        assertThat(catalog.categories()).containsExactly(new ProjectCatalog.Category(10101, "Customer"),
                new ProjectCatalog.Category(10100, "Platform"));
    }
}
