package com.pmosuite.plugin.compliance.rest;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.pmosuite.compliance.ProjectProfiles;
import com.pmosuite.plugin.platform.auth.NotAuthenticated;
import com.pmosuite.plugin.platform.auth.NotPermitted;
import com.pmosuite.plugin.platform.auth.PmoAccess;

import java.util.Objects;

/**
 * Who may do what with compliance, on top of the one access policy ({@link PmoAccess}): PMO admins run it; a
 * project's results are for whoever may browse the project; its lead, its administrators and PMO admins may ask for
 * waivers and scan it on demand. A project one may not browse is not found (404) whatever one asks of it.
 */
final class ComplianceAccess {
    private final PmoAccess access;
    private final ProjectProfiles profiles;

    ComplianceAccess(PmoAccess access, ProjectProfiles profiles) {
        this.access = access;
        this.profiles = profiles;
    }

    boolean isPmoAdmin() {
        return access.currentUser().map(access::isPmoAdmin).orElse(false);
    }

    /** The PMO admin's user key: 401 when nobody is logged in, 403 for anyone else. */
    String requirePmoAdmin(String action) {
        ApplicationUser user = access.currentUser().orElseThrow(NotAuthenticated::new);
        if (!access.isPmoAdmin(user)) {
            throw new NotPermitted("You need to be a PMO admin to " + action);
        }
        return user.getKey();
    }

    /** The project, if the current user may browse it (else 404, or 401 when nobody is logged in and it is hidden). */
    Project browsable(String projectKey) {
        return access.browsable(projectKey);
    }

    /**
     * The project, if the current user leads it, administers it or is a PMO admin (and may browse it).
     *
     * @param action completes "You need to lead or administer KEY to"
     */
    Project forLeadOrAdmin(String projectKey, String action) {
        Project project = access.browsable(projectKey);
        ApplicationUser user = access.currentUser().orElseThrow(NotAuthenticated::new);
        if (access.canAdminister(project) || isLead(project, user)) {
            return project;
        }
        throw new NotPermitted("You need to lead or administer " + project.getKey() + " to " + action);
    }

    boolean isLead(Project project, ApplicationUser user) {
        return user != null && profiles.profile(project.getId())
                .map(ProjectProfiles.ProjectProfile::leadKey)
                .filter(lead -> Objects.equals(lead, user.getKey()))
                .isPresent();
    }

    /** The current user's key: 401 when nobody is logged in. */
    String currentUserKey() {
        return access.currentUserKey();
    }

    boolean canBrowse(Project project) {
        return access.canBrowse(project);
    }
}
