package com.pmosuite.plugin.rollup.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.security.IssueSecurityLevel;
import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.rollups.IssueTitles;
import com.pmosuite.rollups.RollupReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The rollup's Jira adapters against mocked Jira services: who the reader is, and issue titles. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class JiraRollupReadersTest {
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
    IssueSecurityLevelManager securityLevels;
    @Mock
    IssueManager issues;
    @Mock
    Project alpha;
    @Mock
    ApplicationUser alice;

    JiraRollupReaders readers;

    @BeforeEach
    void wire() {
        PmoAccess access = new PmoAccess(authentication, projects, permissions, globalPermissions, groups,
                () -> "pmo-admins");
        readers = new JiraRollupReaders(access, projects, securityLevels);
        when(projects.getProjectObj(10000L)).thenReturn(alpha);
        when(permissions.hasPermission(any(), any(Project.class), any())).thenReturn(false);
    }

    private static IssueSecurityLevel level(Long id) {
        IssueSecurityLevel level = mock(IssueSecurityLevel.class);
        when(level.getId()).thenReturn(id);
        return level;
    }

    @Test
    void theReaderBrowsesWhatJiraLetsThemBrowseAndSeesJirasLevelsForThem() {
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, alpha, alice)).thenReturn(true);
        List<IssueSecurityLevel> levels = Arrays.asList(level(10100L), null, level(null));
        when(securityLevels.getAllSecurityLevelsForUser(alice)).thenReturn(levels);

        RollupReader reader = readers.current();

        assertThat(reader.mayBrowse().test(10000L)).isTrue();
        assertThat(reader.mayBrowse().test(10001L)).as("a project Jira does not know").isFalse();
        assertThat(reader.securityLevels()).containsExactly(10100L);
        assertThat(reader.pmoAdmin()).isFalse();
    }

    @Test
    void membersOfThePmoAdminGroupAreToldApart() {
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(groups.isUserInGroup(alice, "pmo-admins")).thenReturn(true);
        when(securityLevels.getAllSecurityLevelsForUser(alice)).thenReturn(null);

        RollupReader reader = readers.current();

        assertThat(reader.pmoAdmin()).isTrue();
        assertThat(reader.securityLevels()).as("Jira's documented null means none").isEmpty();
    }

    @Test
    void nobodyLoggedInSeesNoSecurityLevelWithoutAskingJira() {
        RollupReader reader = readers.current();

        assertThat(reader.securityLevels()).isEmpty();
        assertThat(reader.pmoAdmin()).isFalse();
        verify(securityLevels, never()).getAllSecurityLevelsForUser(any());
    }

    @Test
    void titlesComeFromJirasIssuesAndUnknownOnesAreLeftOut() {
        MutableIssue epic = mock(MutableIssue.class);
        when(epic.getId()).thenReturn(7L);
        when(epic.getProjectId()).thenReturn(10000L);
        when(epic.getKey()).thenReturn("ALPHA-1");
        when(epic.getSummary()).thenReturn(null);
        when(issues.getIssueObject(7L)).thenReturn(epic);
        when(issues.getIssueObject("ALPHA-1")).thenReturn(epic);
        JiraIssueTitles titles = new JiraIssueTitles(issues);

        assertThat(titles.byIds(List.of(7L, 8L))).containsOnlyKeys(7L);
        assertThat(titles.byIds(List.of(7L)).get(7L)).isEqualTo(new IssueTitles.Title(7, 10000, "ALPHA-1", ""));
        assertThat(titles.byKey(" alpha-1 ")).map(IssueTitles.Title::issueId).contains(7L);
        assertThat(titles.byKey("x".repeat(JiraIssueTitles.MAX_KEY_CHARS + 1))).isEmpty();
        assertThat(titles.byKey(null)).isEmpty();
    }

    @Test
    void anIssueWithoutIdOrProjectHasNoTitle() {
        Issue broken = mock(MutableIssue.class);
        when(issues.getIssueObject(9L)).thenReturn((MutableIssue) broken);

        assertThat(new JiraIssueTitles(issues).byIds(Set.of(9L))).isEmpty();
    }
}
