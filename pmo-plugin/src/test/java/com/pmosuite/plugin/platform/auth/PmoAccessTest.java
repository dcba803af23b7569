package com.pmosuite.plugin.platform.auth;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The permission rules, against mocked Jira services (the only place this codebase mocks anything). */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class PmoAccessTest {
    @Mock
    JiraAuthenticationContext authentication;
    @Mock
    ProjectManager projects;
    @Mock
    PermissionManager permissions;
    @Mock
    GlobalPermissionManager globalPermissions;
    @Mock
    GroupManager groups;
    @Mock
    Project alpha;
    @Mock
    ApplicationUser alice;

    PmoAccess access;
    String pmoAdminGroup = "pmo-admins";

    @BeforeEach
    void wire() {
        access = new PmoAccess(authentication, projects, permissions, globalPermissions, groups, () -> pmoAdminGroup);
        when(projects.getProjectObjByKey("ALPHA")).thenReturn(alpha);
        when(alpha.getKey()).thenReturn("ALPHA");
        when(alice.getKey()).thenReturn("alice");
        when(permissions.hasPermission(any(), any(Project.class), any())).thenReturn(false);
    }

    private void loggedIn(ApplicationUser user) {
        when(authentication.getLoggedInUser()).thenReturn(user);
    }

    private void grant(com.atlassian.jira.security.plugin.ProjectPermissionKey permission) {
        when(permissions.hasPermission(eq(permission), eq(alpha), eq(alice))).thenReturn(true);
    }

    @Test
    void anUnknownProjectAndAnInvisibleOneLookTheSame() {
        loggedIn(alice);

        assertThatThrownBy(() -> access.browsable("NOPE")).isInstanceOf(NotVisible.class)
                .hasMessage("Project NOPE not found");
        assertThatThrownBy(() -> access.browsable("ALPHA")).isInstanceOf(NotVisible.class)
                .hasMessage("Project ALPHA not found");
    }

    @Test
    void browsingNeedsBrowseProjects() {
        loggedIn(alice);
        grant(ProjectPermissions.BROWSE_PROJECTS);

        assertThat(access.browsable("ALPHA")).isSameAs(alpha);
    }

    @Test
    void editingNeedsEditIssuesAndAnswers403WhenTheProjectIsVisible() {
        loggedIn(alice);
        grant(ProjectPermissions.BROWSE_PROJECTS);

        assertThatThrownBy(() -> access.editable("ALPHA")).isInstanceOf(NotPermitted.class);

        grant(ProjectPermissions.EDIT_ISSUES);
        assertThat(access.editable("ALPHA")).isSameAs(alpha);
        assertThat(access.canEdit(alpha)).isTrue();
    }

    @Test
    void editingAnInvisibleProjectAnswers404NotA403() {
        loggedIn(alice);
        grant(ProjectPermissions.EDIT_ISSUES);

        assertThatThrownBy(() -> access.editable("ALPHA")).isInstanceOf(NotVisible.class);
    }

    @Test
    void anonymousChangesNeedALogin() {
        loggedIn(null);

        assertThatThrownBy(() -> access.editable("ALPHA")).isInstanceOf(NotAuthenticated.class);
        assertThatThrownBy(access::currentUserKey).isInstanceOf(NotAuthenticated.class);
    }

    @Test
    void aPmoAdminByGroupMayEditEveryProjectTheyCanSee() {
        loggedIn(alice);
        grant(ProjectPermissions.BROWSE_PROJECTS);
        when(groups.isUserInGroup(alice, "pmo-admins")).thenReturn(true);

        assertThat(access.editable("ALPHA")).isSameAs(alpha);
        assertThat(access.administrable("ALPHA")).isSameAs(alpha);
    }

    @Test
    void aJiraAdministratorIsAPmoAdmin() {
        when(globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, alice)).thenReturn(true);

        assertThat(access.isPmoAdmin(alice)).isTrue();
        assertThat(access.isPmoAdmin(null)).isFalse();
    }

    @Test
    void changingRiskSettingsNeedsProjectAdministration() {
        loggedIn(alice);
        grant(ProjectPermissions.BROWSE_PROJECTS);
        grant(ProjectPermissions.EDIT_ISSUES);

        assertThatThrownBy(() -> access.administrable("ALPHA")).isInstanceOf(NotPermitted.class);

        grant(ProjectPermissions.ADMINISTER_PROJECTS);
        assertThat(access.administrable("ALPHA")).isSameAs(alpha);
    }

    @Test
    void thePmoAdminGroupIsReadFromTheSettingAtEveryCheck() {
        loggedIn(alice);
        grant(ProjectPermissions.BROWSE_PROJECTS);
        when(groups.isUserInGroup(alice, "portfolio-office")).thenReturn(true);

        assertThatThrownBy(() -> access.editable("ALPHA")).isInstanceOf(NotPermitted.class);

        pmoAdminGroup = "portfolio-office";
        assertThat(access.editable("ALPHA")).isSameAs(alpha);
        assertThat(access.isPmoAdmin(alice)).isTrue();
    }

    @Test
    void refusalsSpeakOfPmoDataUnlessTheCallerNamesTheAction() {
        loggedIn(alice);
        grant(ProjectPermissions.BROWSE_PROJECTS);

        assertThatThrownBy(() -> access.editable("ALPHA")).isInstanceOf(NotPermitted.class)
                .hasMessage("You need the Edit Issues permission in ALPHA to change its PMO data");
        assertThatThrownBy(() -> access.editable("ALPHA", "waive a standard")).isInstanceOf(NotPermitted.class)
                .hasMessage("You need the Edit Issues permission in ALPHA to waive a standard");
        assertThatThrownBy(() -> access.administrable("ALPHA")).isInstanceOf(NotPermitted.class)
                .hasMessage("You need to administer ALPHA to change its PMO settings");
    }

    @Test
    void aMultiProjectReadSeesTheBrowsableProjectsAndCountsTheOthersAsHidden() {
        loggedIn(alice);
        grant(ProjectPermissions.BROWSE_PROJECTS);
        Project delta = mock(Project.class);
        when(projects.getProjectObjByKey("DELTA")).thenReturn(delta);

        PmoAccess.VisibleProjects seen = access.visibleAmong(java.util.List.of("DELTA", "ALPHA", "NOPE", "ALPHA"));

        assertThat(seen.visible()).containsExactly(alpha);
        assertThat(seen.hidden()).as("DELTA is invisible and NOPE unknown: both just hidden").isEqualTo(2);
    }

    @Test
    void anonymousMultiProjectReadsSeeOnlyWhatAnonymousUsersMayBrowse() {
        loggedIn(null);
        when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(alpha), eq(null))).thenReturn(true);

        PmoAccess.VisibleProjects seen = access.visibleAmong(java.util.List.of("ALPHA"));

        assertThat(seen.visible()).containsExactly(alpha);
        assertThat(seen.hidden()).isZero();
    }

    @Test
    void onlyJiraAdministratorsChangeThePmoSuitesOwnSettings() {
        loggedIn(alice);
        when(groups.isUserInGroup(alice, "pmo-admins")).thenReturn(true);

        assertThatThrownBy(() -> access.requireJiraAdministrator("change the PMO admin group"))
                .isInstanceOf(NotPermitted.class)
                .hasMessage("You need to be a Jira administrator to change the PMO admin group");

        when(globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, alice)).thenReturn(true);
        assertThat(access.requireJiraAdministrator("change the PMO admin group")).isSameAs(alice);

        loggedIn(null);
        assertThatThrownBy(() -> access.requireJiraAdministrator("change the PMO admin group"))
                .isInstanceOf(NotAuthenticated.class);
    }
}
