package com.pmosuite.plugin.compliance.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectCategory;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.project.version.VersionManager;
import com.pmosuite.compliance.ProjectProfiles.ProjectProfile;
import com.pmosuite.compliance.ProjectProfiles.VersionInfo;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class JiraProjectProfilesTest {
    /** Jira's default zone here: a date-only value is midnight in it, which is the day before in UTC. */
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final ProjectManager projects = mock(ProjectManager.class);
    private final VersionManager versions = mock(VersionManager.class);
    private final JiraProjectProfiles profiles = new JiraProjectProfiles(projects, versions, BERLIN);

    @Test
    void aProjectWithLeadDescriptionCategoryAndVersions() {
        Project alpha = project(10_000L, "ALPHA", "Apollo Platform");
        when(alpha.getLeadUserKey()).thenReturn("JIRAUSER10100");
        when(alpha.getDescription()).thenReturn("The platform rebuild.");
        ProjectCategory category = mock(ProjectCategory.class);
        when(category.getId()).thenReturn(10_400L);
        when(alpha.getProjectCategoryObject()).thenReturn(category);
        Version released = version("1.0", true, false, midnight("2026-01-05"), midnight("2026-03-01"));
        Version archived = version("0.9", true, true, null, midnight("2025-12-01"));
        Version planned = version("2.0", false, false, midnight("2026-03-02"), null);
        when(versions.getVersions(10_000L)).thenReturn(List.of(released, archived, planned));

        assertThat(profiles.profile(10_000L)).contains(new ProjectProfile(10_000L, "ALPHA", "Apollo Platform",
                "JIRAUSER10100", "The platform rebuild.", 10_400L, List.of(
                new VersionInfo("1.0", true, false, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 1)),
                new VersionInfo("0.9", true, true, null, LocalDate.of(2025, 12, 1)),
                new VersionInfo("2.0", false, false, LocalDate.of(2026, 3, 2), null))));
    }

    @Test
    void aProjectWithoutLeadDescriptionCategoryOrVersionsHasNulls() {
        Project beta = project(10_001L, "BETA", "Billing Revamp");
        when(beta.getLeadUserKey()).thenReturn(" ");
        when(versions.getVersions(10_001L)).thenReturn(List.of());

        assertThat(profiles.profile(10_001L))
                .contains(new ProjectProfile(10_001L, "BETA", "Billing Revamp", null, null, null, List.of()));
    }

    @Test
    void aProjectThatNoLongerExistsHasNoProfile() {
        assertThat(profiles.profile(10_009L)).isEmpty();
    }

    @Test
    void versionsJiraCannotNameAreLeftOut() {
        project(10_002L, "GAMMA", "Customer Portal");
        List<Version> found = Arrays.asList(null, version(null, false, false, null, null),
                version("3.1", false, false, null, null));
        when(versions.getVersions(10_002L)).thenReturn(found);

        assertThat(profiles.profile(10_002L)).hasValueSatisfying(profile -> assertThat(profile.versions())
                .containsExactly(new VersionInfo("3.1", false, false, null, null)));
    }

    private Project project(long id, String key, String name) {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(id);
        when(project.getKey()).thenReturn(key);
        when(project.getName()).thenReturn(name);
        when(projects.getProjectObj(id)).thenReturn(project);
        return project;
    }

    private static Version version(String name, boolean released, boolean archived, Date start, Date release) {
        Version version = mock(Version.class);
        when(version.getName()).thenReturn(name);
        when(version.isReleased()).thenReturn(released);
        when(version.isArchived()).thenReturn(archived);
        when(version.getStartDate()).thenReturn(start);
        when(version.getReleaseDate()).thenReturn(release);
        return version;
    }

    /** How Jira hands out a date-only value: a timestamp at midnight in its default zone. */
    private static Date midnight(String day) {
        Instant instant = LocalDate.parse(day).atStartOfDay(BERLIN).toInstant();
        return Date.from(instant);
    }
}
