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
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The register page's context provider, the issue panel's condition and the viewer's "today", over real AO on
 * HSQLDB with Jira's services mocked: what Jira would show a viewer who may browse ALPHA but not SECRET.
 */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class RiskWebModulesIT {
    @Mock JiraAuthenticationContext authentication;
    @Mock ProjectManager projects;
    @Mock PermissionManager permissions;
    @Mock GlobalPermissionManager globalPermissions;
    @Mock GroupManager groups;
    @Mock UserManager users;
    @Mock ApplicationProperties applicationProperties;
    @Mock com.atlassian.jira.config.properties.ApplicationProperties jiraProperties;
    @Mock ClusterLockService clusterLocks;
    @Mock ClusterLock clusterLock;
    @Mock IssueManager issues;
    @Mock TimeZoneManager timeZones;
    @Mock PageBuilderService pageBuilder;
    @Mock WebResourceAssembler assembler;
    @Mock RequiredResources resources;
    @Mock I18nHelper i18n;
    @Mock ApplicationUser alice;
    @Mock Project alpha;
    @Mock Project secret;
    @Mock Issue issue;
    @Mock MutableIssue linkable;

    private AoDatabase database;
    private TestWiring components;
    // 12:00 UTC on 2 March: already 3 March in Auckland.
    private final FixedClock clock = FixedClock.at(Instant.parse("2026-03-02T12:00:00Z"));

    @BeforeEach
    void wire() throws InterruptedException {
        database = TestDatabases.hsqldb();
        components = TestWiring.over(database.activeObjects(), authentication, projects, permissions,
                globalPermissions, groups, users, issues, clusterLocks, timeZones, clock);
        when(timeZones.getLoggedInUserTimeZone()).thenReturn(TimeZone.getTimeZone("UTC"));
        when(clusterLocks.getLockForName(any())).thenReturn(clusterLock);
        when(clusterLock.tryLock(anyLong(), any())).thenReturn(true);
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(authentication.getI18nHelper()).thenReturn(i18n);
        when(alice.getKey()).thenReturn("alice");
        project(alpha, "ALPHA", 10_000L);
        project(secret, "SECRET", 10_001L);
        when(permissions.hasPermission(any(), any(Project.class), any())).thenReturn(false);
        when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(alpha), eq(alice))).thenReturn(true);
        when(issues.getIssueObject("ALPHA-7")).thenReturn(linkable);
        when(linkable.getKey()).thenReturn("ALPHA-7");
        when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(linkable), eq(alice)))
                .thenReturn(true);
        when(issue.getKey()).thenReturn("ALPHA-7");
        when(applicationProperties.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);
    }

    private void project(Project project, String key, long id) {
        when(project.getKey()).thenReturn(key);
        when(project.getId()).thenReturn(id);
        when(project.getName()).thenReturn(key + " project");
        when(projects.getProjectObj(id)).thenReturn(project);
        when(projects.getProjectObjByKey(key)).thenReturn(project);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theRegisterPageIsBuiltForTheProjectJiraPutsInThePanelsContext() {
        RiskRegisterPageContextProvider provider = pageProvider();

        Map<String, Object> model = provider.getContextMap(Map.of("project", alpha));

        assertThat(model).containsEntry("registerVisible", true).containsEntry("projectKey", "ALPHA")
                .containsEntry("restBase", "/jira/rest/pmo/1.0").containsEntry("i18n", i18n)
                .containsEntry("selectedItem", RiskRegisterAddress.SELECTED_ITEM);
        verify(resources).requireWebResource(RiskRegisterPageContextProvider.WEB_RESOURCE);
    }

    @Test
    void theRegisterPageGetsJirasDateFormatAndNoCurrencyForAProjectInNoPortfolio() {
        when(jiraProperties.getDefaultBackedString("jira.lf.date.dmy")).thenReturn("yyyy-MM-dd");

        Map<String, Object> model = pageProvider().getContextMap(Map.of("project", alpha));

        assertThat(model).containsEntry("dateFormat", "yyyy-MM-dd").containsEntry("currency", "");
    }

    @Test
    void withoutAConfiguredDateFormatTheRegisterPageUsesJirasDefault() {
        assertThat(pageProvider().getContextMap(Map.of("project", alpha)))
                .containsEntry("dateFormat", com.pmosuite.plugin.platform.web.JiraDatePattern.DEFAULT);
    }

    @Test
    void theProjectKeyAloneIsEnoughWhenNoProjectObjectIsInTheContext() {
        assertThat(pageProvider().getContextMap(Map.of("projectKey", "ALPHA")))
                .containsEntry("registerVisible", true).containsEntry("projectName", "ALPHA project");
        assertThat(pageProvider().getContextMap(Map.of())).containsEntry("registerVisible", false);
    }

    @Test
    void aProjectTheViewerMayNotBrowseGetsNoRegisterAndNoResources() {
        Map<String, Object> model = pageProvider().getContextMap(Map.of("project", secret));

        assertThat(model).containsEntry("registerVisible", false).doesNotContainKey("projectKey");
        verify(resources, never()).requireWebResource(any());
    }

    @Test
    void theIssuePanelShowsWhenARiskTheViewerMaySeeNamesTheIssue() {
        components.risks().register().create("ALPHA", RiskDraftFixture.aThreat().withoutOwner()
                .withLinkedIssueKeys("ALPHA-7").build(), "alice");

        assertThat(new IssueHasRisksCondition(components.risks(), components.access()).shouldDisplay(Map.of("issue", issue))).isTrue();
    }

    @Test
    void theIssuePanelStaysHiddenWhenOnlyRisksOfHiddenProjectsNameTheIssue() {
        components.risks().register().create("SECRET", RiskDraftFixture.aThreat().withoutOwner()
                .withLinkedIssueKeys("ALPHA-7").build(), "alice");
        components.risks().register().create("ALPHA", RiskDraftFixture.aThreat().withoutOwner().build(), "alice");

        IssueHasRisksCondition condition = new IssueHasRisksCondition(components.risks(), components.access());
        assertThat(condition.shouldDisplay(Map.of("issue", issue))).isFalse();
        assertThat(condition.shouldDisplay(Map.of())).isFalse();
    }

    @Test
    void todayIsTheViewersDateInTheirJiraTimeZone() {
        when(timeZones.getLoggedInUserTimeZone()).thenReturn(TimeZone.getTimeZone("Pacific/Auckland"));
        assertThat(components.risks().register().today()).isEqualTo(LocalDate.of(2026, 3, 3));

        when(timeZones.getLoggedInUserTimeZone()).thenReturn(TimeZone.getTimeZone("UTC"));
        assertThat(components.risks().register().today()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    private RiskRegisterPageContextProvider pageProvider() {
        return new RiskRegisterPageContextProvider(components.risks(), components.portfolios(), components.access(),
                applicationProperties, pageBuilder, authentication, jiraProperties);
    }
}
