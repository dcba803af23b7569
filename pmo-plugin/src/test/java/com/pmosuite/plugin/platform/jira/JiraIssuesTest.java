package com.pmosuite.plugin.platform.jira;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Which stored link keys a user is shown, against mocked Jira services: alice may browse ALPHA, not DELTA. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class JiraIssuesTest {
    @Mock
    IssueManager issues;
    @Mock
    ProjectManager projects;
    @Mock
    PermissionManager permissions;
    @Mock
    JiraAuthenticationContext authentication;
    @Mock
    ApplicationUser alice;
    @Mock
    Project alpha;
    @Mock
    Project delta;

    JiraIssues directory;

    @BeforeEach
    void wire() {
        directory = new JiraIssues(issues, projects, permissions, authentication);
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(projects.getProjectObjByKey("ALPHA")).thenReturn(alpha);
        when(projects.getProjectObjByKey("DELTA")).thenReturn(delta);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, alpha, alice)).thenReturn(true);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, delta, alice)).thenReturn(false);
    }

    private MutableIssue issue(String key, Project project, boolean browsable) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getKey()).thenReturn(key);
        when(issue.getProjectObject()).thenReturn(project);
        when(issues.getIssueObject(key)).thenReturn(issue);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, alice)).thenReturn(browsable);
        return issue;
    }

    @Test
    void keysInAProjectTheUserCannotBrowseAreHiddenWithOnePermissionCheckAndNoIssueLoaded() {
        issue("ALPHA-1", alpha, true);
        issue("DELTA-2", delta, false);

        assertThat(directory.shownAmong(List.of("ALPHA-1", "DELTA-2", "DELTA-3", "DELTA-2"))).containsExactly(
                "ALPHA-1");
        verify(permissions, times(1)).hasPermission(ProjectPermissions.BROWSE_PROJECTS, delta, alice);
        verify(issues, never()).getIssueObject("DELTA-2");
        verify(issues, never()).getIssueObject("DELTA-3");
    }

    @Test
    void eachProjectIsCheckedOnceAndEachKeyLoadedOnce() {
        for (int i = 1; i <= 30; i++) {
            issue("ALPHA-" + i, alpha, true);
        }
        List<String> keys = java.util.stream.IntStream.rangeClosed(1, 60).mapToObj(i -> "ALPHA-" + (1 + i % 30))
                .toList();

        assertThat(directory.shownAmong(keys)).hasSize(30);
        verify(permissions, times(1)).hasPermission(ProjectPermissions.BROWSE_PROJECTS, alpha, alice);
        verify(issues, times(30)).getIssueObject(anyString());
    }

    @Test
    void anIssueHiddenByIssueSecurityInABrowsableProjectIsHidden() {
        issue("ALPHA-7", alpha, false);

        assertThat(directory.shownAmong(List.of("ALPHA-7"))).isEmpty();
    }

    @Test
    void anIssueMovedToAProjectTheUserCannotBrowseIsHiddenUnderItsOldKey() {
        // Jira finds DELTA-9, once ALPHA-5, by its old key.
        MutableIssue moved = issue("DELTA-9", delta, false);
        when(issues.getIssueObject("ALPHA-5")).thenReturn(moved);

        assertThat(directory.shownAmong(List.of("ALPHA-5"))).isEmpty();
    }

    @Test
    void aKeyWhoseIssueWasDeletedIsShownOnlyInABrowsableProject() {
        assertThat(directory.shownAmong(List.of("ALPHA-404", "DELTA-404", "GONE-1"))).containsExactly("ALPHA-404");
    }

    @Test
    void aKeyOfAProjectThatNoLongerHasThatKeyIsDecidedByItsIssue() {
        issue("OLDKEY-3", alpha, true);
        issue("OLDKEY-4", delta, false);

        assertThat(directory.shownAmong(List.of("OLDKEY-3", "OLDKEY-4"))).containsExactly("OLDKEY-3");
    }

    @Test
    void anonymousReadersAreShownNothingTheyCannotBrowse() {
        when(authentication.getLoggedInUser()).thenReturn(null);
        issue("ALPHA-1", alpha, true);
        when(permissions.hasPermission(any(), any(Project.class), any())).thenReturn(false);

        assertThat(directory.shownAmong(List.of("ALPHA-1"))).isEmpty();
    }
}
