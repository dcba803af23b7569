package com.pmosuite.plugin.rollup.jira;

import com.atlassian.jira.issue.security.IssueSecurityLevel;
import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.rollups.RollupReader;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The current Jira user as a rollup reader: Browse Projects through the access policy, and the issue security levels
 * Jira says the user can see ({@code getAllSecurityLevelsForUser}: across all projects, so a level shared by several
 * projects' scheme counts in each). Anonymous readers see no level.
 */
public final class JiraRollupReaders {
    private final PmoAccess access;
    private final ProjectManager projects;
    private final IssueSecurityLevelManager securityLevels;

    public JiraRollupReaders(PmoAccess access, ProjectManager projects, IssueSecurityLevelManager securityLevels) {
        this.access = Objects.requireNonNull(access, "access");
        this.projects = Objects.requireNonNull(projects, "projects");
        this.securityLevels = Objects.requireNonNull(securityLevels, "securityLevels");
    }

    /** The user this request runs as. */
    public RollupReader current() {
        ApplicationUser user = access.currentUser().orElse(null);
        boolean pmoAdmin = user != null && access.isPmoAdmin(user);
        return new RollupReader(pmoAdmin, projectId -> {
            Project project = projects.getProjectObj(projectId);
            return project != null && access.canBrowse(project);
        }, user == null ? Set.of() : levelsOf(user));
    }

    private Set<Long> levelsOf(ApplicationUser user) {
        Collection<IssueSecurityLevel> levels = securityLevels.getAllSecurityLevelsForUser(user);
        Set<Long> ids = new HashSet<>();
        if (levels != null) {
            for (IssueSecurityLevel level : levels) {
                if (level != null && level.getId() != null) {
                    ids.add(level.getId());
                }
            }
        }
        return ids;
    }
}
