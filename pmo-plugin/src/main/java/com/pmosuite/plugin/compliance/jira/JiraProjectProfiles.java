package com.pmosuite.plugin.compliance.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectCategory;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.project.version.VersionManager;
import com.pmosuite.compliance.ProjectProfiles;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ProjectProfiles} from Jira's project and version managers. No permission check: a scan looks at every
 * project; what a reader sees is decided where results are read.
 */
public final class JiraProjectProfiles implements ProjectProfiles {
    private final ProjectManager projects;
    private final VersionManager versions;
    private final ZoneId dateZone;

    /**
     * @param dateZone the zone Jira's date-only values (a version's start and release dates) are midnights in: the
     *                 JVM's default zone in Jira, as for the issue facts' due dates
     */
    public JiraProjectProfiles(ProjectManager projects, VersionManager versions, ZoneId dateZone) {
        this.projects = Objects.requireNonNull(projects, "projects");
        this.versions = Objects.requireNonNull(versions, "versions");
        this.dateZone = Objects.requireNonNull(dateZone, "dateZone");
    }

    @Override
    public Optional<ProjectProfile> profile(long projectId) {
        Project project = projects.getProjectObj(projectId);
        if (project == null || project.getKey() == null) {
            return Optional.empty();
        }
        ProjectCategory category = project.getProjectCategoryObject();
        return Optional.of(new ProjectProfile(projectId, project.getKey(),
                project.getName() == null ? project.getKey() : project.getName(),
                blankToNull(project.getLeadUserKey()), project.getDescription(),
                category == null ? null : category.getId(), versionsOf(projectId)));
    }

    private List<VersionInfo> versionsOf(long projectId) {
        List<Version> found = versions.getVersions(projectId);
        List<VersionInfo> infos = new ArrayList<>();
        if (found != null) {
            for (Version version : found) {
                if (version != null && version.getName() != null) {
                    infos.add(new VersionInfo(version.getName(), version.isReleased(), version.isArchived(),
                            day(version.getStartDate()), day(version.getReleaseDate())));
                }
            }
        }
        return infos;
    }

    private LocalDate day(Date date) {
        return date == null ? null : date.toInstant().atZone(dateZone).toLocalDate();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
