package com.pmosuite.workbench.host;

import com.atlassian.jira.issue.security.IssueSecurityLevel;
import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.user.ApplicationUser;
import com.pmosuite.workbench.tracker.TrackerScheme;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Jira's issue security level manager over the workbench's one security scheme: a user can see a level when, in some
 * project they may browse, {@link WorkbenchDirectory#canSeeSecurityLevel} lets them (as Jira answers "across all
 * projects").
 */
public final class WorkbenchSecurityLevels implements IssueSecurityLevelManager {
    private final WorkbenchDirectory directory;

    public WorkbenchSecurityLevels(WorkbenchDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Collection<IssueSecurityLevel> getAllSecurityLevelsForUser(ApplicationUser user) {
        List<IssueSecurityLevel> levels = new ArrayList<>();
        if (user == null) {
            return levels;
        }
        for (TrackerScheme.SecurityLevel level : TrackerScheme.SECURITY_LEVELS) {
            boolean seen = directory.projects().stream()
                    .anyMatch(p -> directory.hasPermission(ProjectPermissions.BROWSE_PROJECTS, p, user)
                            && directory.canSeeSecurityLevel(p, level.id(), user));
            if (seen) {
                levels.add(level::id);
            }
        }
        return levels;
    }
}
