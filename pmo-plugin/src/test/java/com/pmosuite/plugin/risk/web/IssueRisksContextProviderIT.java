package com.pmosuite.plugin.risk.web;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;
import com.pmosuite.plugin.testsupport.TestWiring;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.RiskDraftFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The issue view's risk panel (and the board's tab of it) lists the risks that name the issue, from real AO on
 * HSQLDB, only those in projects the viewer may browse, and offers link, create and unlink only where the viewer
 * may change risks. Jira's services are mocked.
 */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class IssueRisksContextProviderIT {
    @Mock JiraAuthenticationContext authentication;
    @Mock ProjectManager projects;
    @Mock PermissionManager permissions;
    @Mock GlobalPermissionManager globalPermissions;
    @Mock GroupManager groups;
    @Mock UserManager users;
    @Mock ApplicationProperties applicationProperties;
    @Mock ClusterLockService clusterLocks;
    @Mock IssueManager issues;
    @Mock ClusterLock clusterLock;
    @Mock I18nHelper i18n;
    @Mock TimeZoneManager timeZones;
    @Mock PageBuilderService pageBuilder;
    @Mock WebResourceAssembler assembler;
    @Mock RequiredResources resources;
    @Mock ApplicationUser alice;
    @Mock Project alpha;
    @Mock Project secret;
    @Mock Issue issue;
    @Mock MutableIssue mutableIssue;

    private AoDatabase database;
    private TestWiring components;

    @BeforeEach
    void wire() {
        database = TestDatabases.hsqldb();
        components = TestWiring.over(database.activeObjects(), authentication, projects, permissions,
                globalPermissions, groups, users, issues, clusterLocks, timeZones, FixedClock.at(FixedClock.START));
        when(timeZones.getLoggedInUserTimeZone()).thenReturn(TimeZone.getTimeZone("UTC"));
        when(authentication.getI18nHelper()).thenReturn(i18n);
        when(issues.getIssueObject("ALPHA-7")).thenReturn(mutableIssue);
        when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(mutableIssue), eq(alice)))
                .thenReturn(true);
        when(clusterLocks.getLockForName(any())).thenReturn(clusterLock);
        try {
            when(clusterLock.tryLock(anyLong(), any())).thenReturn(true);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        when(mutableIssue.getKey()).thenReturn("ALPHA-7");
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(alpha.getKey()).thenReturn("ALPHA");
        when(alpha.getId()).thenReturn(10_000L);
        when(secret.getKey()).thenReturn("SECRET");
        when(secret.getId()).thenReturn(10_001L);
        when(projects.getProjectObj(10_000L)).thenReturn(alpha);
        when(projects.getProjectObj(10_001L)).thenReturn(secret);
        when(projects.getProjectObjByKey("ALPHA")).thenReturn(alpha);
        when(projects.getProjectObjByKey("SECRET")).thenReturn(secret);
        when(permissions.hasPermission(any(), any(Project.class), any())).thenReturn(false);
        when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(alpha), eq(alice))).thenReturn(true);
        when(applicationProperties.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        when(issue.getKey()).thenReturn("ALPHA-7");
        when(issue.getProjectObject()).thenReturn(alpha);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsTheVisibleRisksThatNameTheIssueWithLinksIntoTheirRegister() {
        var register = components.risks().register();
        var mitigated = register.create("ALPHA", RiskDraftFixture.aThreat().withoutOwner().withTitle("Vendor slips")
                .withProbability(4).withImpact(5).withLinkedIssueKeys("ALPHA-7").build(), "alice");
        register.create("SECRET", RiskDraftFixture.aThreat().withoutOwner().withTitle("Hidden").withLinkedIssueKeys("ALPHA-7")
                .build(), "alice");
        register.create("ALPHA", RiskDraftFixture.aThreat().withoutOwner().withTitle("Unrelated").build(), "alice");

        IssueRisksContextProvider provider = new IssueRisksContextProvider(components.risks(), components.access(), applicationProperties, pageBuilder, authentication);
        Map<String, Object> context = provider.getContextMap(Map.of("issue", issue));

        List<Map<String, Object>> rows = (List<Map<String, Object>>) context.get("risks");
        assertThat(rows).extracting(r -> r.get("title")).containsExactly("Vendor slips");
        assertThat(rows.get(0)).containsEntry("score", "20").containsEntry("severity", "critical")
                .containsEntry("url", "/jira/projects/ALPHA?selectedItem=com.pmosuite.pmo-plugin%3Arisk-register-sidebar-link"
                        + "&risk=" + mitigated.id());
        assertThat(context).containsEntry("riskCount", "1").containsKey("issue").containsEntry("i18n", i18n);
        verify(resources).requireWebResource(IssueRisksContextProvider.WEB_RESOURCE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsAtMostTwentyRisksAndCountsTheVisibleRest() {
        var register = components.risks().register();
        for (int i = 0; i < 25; i++) {
            register.create("ALPHA", RiskDraftFixture.aThreat().withoutOwner().withTitle("Linked " + i)
                    .withLinkedIssueKeys("ALPHA-7").build(), "alice");
        }
        register.create("SECRET", RiskDraftFixture.aThreat().withoutOwner().withTitle("Hidden")
                .withLinkedIssueKeys("ALPHA-7").build(), "alice");

        Map<String, Object> context = new IssueRisksContextProvider(components.risks(), components.access(), applicationProperties,
                pageBuilder, authentication)
                .getContextMap(Map.of("issue", issue));

        assertThat((List<Map<String, Object>>) context.get("risks")).hasSize(20)
                .extracting(r -> r.get("title")).startsWith("Linked 0", "Linked 1");
        assertThat(context).containsEntry("riskCount", "25").containsEntry("moreCount", "5");
        assertThat((List<Map<String, String>>) context.get("more")).containsExactly(Map.of("projectKey", "ALPHA",
                "count", "5", "url", "/jira/projects/ALPHA?selectedItem=com.pmosuite.pmo-plugin%3Arisk-register-sidebar-link"
                        + "&issue=ALPHA-7"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRisksLeftOutAreCountedPerProjectEachLinkingToItsRegisterFilteredToTheIssue() {
        when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(secret), eq(alice))).thenReturn(true);
        var register = components.risks().register();
        for (int i = 0; i < 21; i++) {
            register.create("ALPHA", RiskDraftFixture.aThreat().withoutOwner().withTitle("Linked " + i)
                    .withLinkedIssueKeys("ALPHA-7").build(), "alice");
        }
        for (int i = 0; i < 3; i++) {
            register.create("SECRET", RiskDraftFixture.aThreat().withoutOwner().withTitle("Elsewhere " + i)
                    .withLinkedIssueKeys("ALPHA-7").build(), "alice");
        }

        Map<String, Object> context = new IssueRisksContextProvider(components.risks(), components.access(), applicationProperties,
                pageBuilder, authentication)
                .getContextMap(Map.of("issue", issue));

        String filtered = "?selectedItem=com.pmosuite.pmo-plugin%3Arisk-register-sidebar-link&issue=ALPHA-7";
        assertThat((List<Map<String, String>>) context.get("more")).containsExactly(
                Map.of("projectKey", "ALPHA", "count", "1", "url", "/jira/projects/ALPHA" + filtered),
                Map.of("projectKey", "SECRET", "count", "3", "url", "/jira/projects/SECRET" + filtered));
        assertThat(context).containsEntry("moreCount", "4");
    }

    @Test
    void withoutAnIssueInTheContextThePanelIsEmpty() {
        IssueRisksContextProvider provider = new IssueRisksContextProvider(components.risks(), components.access(), applicationProperties, pageBuilder, authentication);

        assertThat(provider.getContextMap(Map.of())).containsEntry("riskCount", "0");
    }

    /** Only "not visible" hides a risk: a failing permission check must surface, not quietly shorten the list. */
    @Test
    void aFailingPermissionCheckIsAnErrorNotAHiddenRisk() {
        components.risks().register().create("SECRET", RiskDraftFixture.aThreat().withoutOwner()
                .withLinkedIssueKeys("ALPHA-7").build(), "alice");
        when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(secret), eq(alice)))
                .thenThrow(new IllegalStateException("permission scheme unavailable"));
        IssueRisksContextProvider provider = new IssueRisksContextProvider(components.risks(), components.access(),
                applicationProperties, pageBuilder, authentication);

        assertThatThrownBy(() -> provider.getContextMap(Map.of("issue", issue)))
                .hasMessage("permission scheme unavailable");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEditorMayLinkAndCreateInTheIssuesProjectAndUnlinkOnlyRisksOfProjectsTheyMayChange() {
        mayEdit(alpha);
        when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(secret), eq(alice))).thenReturn(true);
        var register = components.risks().register();
        var own = register.create("ALPHA", RiskDraftFixture.aThreat().withoutOwner().withTitle("Own")
                .withLinkedIssueKeys("ALPHA-7").build(), "alice");
        var foreign = register.create("SECRET", RiskDraftFixture.aThreat().withoutOwner().withTitle("Foreign")
                .withLinkedIssueKeys("ALPHA-7").build(), "alice");

        Map<String, Object> context = provider().getContextMap(Map.of("issue", issue));

        assertThat(context).containsEntry("canLink", true).containsEntry("canChange", true)
                .containsEntry("projectKey", "ALPHA").containsEntry("restBase", "/jira/rest/pmo/1.0")
                .containsEntry("registerUrl", "/jira/projects/ALPHA?selectedItem=com.pmosuite.pmo-plugin%3Arisk-register-sidebar-link");
        assertThat((List<Map<String, Object>>) context.get("risks"))
                .extracting(r -> r.get("id"), r -> r.get("canUnlink"))
                .containsExactly(tuple(String.valueOf(own.id()), true),
                        tuple(String.valueOf(foreign.id()), false));
        verify(resources).requireWebResource(IssueRisksContextProvider.SCRIPT_RESOURCE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aViewerWhoMayOnlyBrowseGetsTheListWithoutControlsOrScript() {
        components.risks().register().create("ALPHA", RiskDraftFixture.aThreat().withoutOwner().withTitle("Read only")
                .withLinkedIssueKeys("ALPHA-7").build(), "alice");

        Map<String, Object> context = provider().getContextMap(Map.of("issue", issue));

        assertThat(context).containsEntry("canLink", false).containsEntry("canChange", false);
        assertThat((List<Map<String, Object>>) context.get("risks")).extracting(r -> r.get("canUnlink"))
                .containsExactly(false);
        verify(resources, never()).requireWebResource(IssueRisksContextProvider.SCRIPT_RESOURCE);
    }

    @Test
    void theBoardTabCountsEveryVisibleLinkedRiskAlsoThoseTheListLeavesOut() {
        var register = components.risks().register();
        for (int i = 0; i < 22; i++) {
            register.create("ALPHA", RiskDraftFixture.aThreat().withoutOwner().withLinkedIssueKeys("ALPHA-7").build(),
                    "alice");
        }
        register.create("SECRET", RiskDraftFixture.aThreat().withoutOwner().withLinkedIssueKeys("ALPHA-7").build(),
                "alice");

        assertThat(provider().getContextMap(Map.of("issue", issue)))
                .containsEntry(IssueRisksContextProvider.BOARD_TAB_COUNT, 22);
        assertThat(provider().getContextMap(Map.of()))
                .containsEntry(IssueRisksContextProvider.BOARD_TAB_COUNT, 0);
    }

    @Test
    void thePanelShowsOnAnIssueNoRiskNamesToThoseWhoMayChangeTheProjectsRisks() {
        mayEdit(alpha);

        assertThat(condition().shouldDisplay(Map.of("issue", issue))).isTrue();
    }

    @Test
    void thePanelStaysOffAnIssueNoVisibleRiskNamesForThoseWhoMayOnlyBrowse() {
        components.risks().register().create("SECRET", RiskDraftFixture.aThreat().withoutOwner()
                .withLinkedIssueKeys("ALPHA-7").build(), "alice");

        assertThat(condition().shouldDisplay(Map.of("issue", issue))).isFalse();

        components.risks().register().create("ALPHA", RiskDraftFixture.aThreat().withoutOwner()
                .withLinkedIssueKeys("ALPHA-7").build(), "alice");
        assertThat(condition().shouldDisplay(Map.of("issue", issue))).isTrue();
    }

    @Test
    void aPmoAdminWithoutEditIssuesMayLinkToo() {
        when(globalPermissions.hasPermission(any(), eq(alice))).thenReturn(true);

        assertThat(condition().shouldDisplay(Map.of("issue", issue))).isTrue();
        assertThat(provider().getContextMap(Map.of("issue", issue))).containsEntry("canLink", true);
    }

    private void mayEdit(Project project) {
        when(permissions.hasPermission(eq(ProjectPermissions.EDIT_ISSUES), eq(project), eq(alice))).thenReturn(true);
    }

    private IssueRisksContextProvider provider() {
        return new IssueRisksContextProvider(components.risks(), components.access(), applicationProperties,
                pageBuilder, authentication);
    }

    private IssueHasRisksCondition condition() {
        return new IssueHasRisksCondition(components.risks(), components.access());
    }
}
