package com.pmosuite.plugin.compliance.web;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The project Compliance page's view model as Jira would build it, with Jira's services mocked: who sees the page,
 * who gets the scan and waiver buttons, and where the page's addresses point.
 */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class ProjectComplianceContextProviderTest {
    @Mock JiraAuthenticationContext authentication;
    @Mock ProjectManager projects;
    @Mock PermissionManager permissions;
    @Mock GlobalPermissionManager globalPermissions;
    @Mock GroupManager groups;
    @Mock ApplicationProperties applicationProperties;
    @Mock PageBuilderService pageBuilder;
    @Mock WebResourceAssembler assembler;
    @Mock RequiredResources resources;
    @Mock I18nHelper i18n;
    @Mock ApplicationUser alice;
    @Mock Project alpha;

    private ProjectComplianceContextProvider provider;

    @BeforeEach
    void alicesJira() {
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(authentication.getI18nHelper()).thenReturn(i18n);
        when(alice.getKey()).thenReturn("JIRAUSER10100");
        when(alpha.getKey()).thenReturn("ALPHA");
        when(alpha.getName()).thenReturn("Apollo <Platform>");
        when(projects.getProjectObjByKey("ALPHA")).thenReturn(alpha);
        when(permissions.hasPermission(any(), any(Project.class), any())).thenReturn(false);
        when(applicationProperties.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);
        PmoAccess access = new PmoAccess(authentication, projects, permissions, globalPermissions, groups,
                () -> "pmo-admins");
        provider = new ProjectComplianceContextProvider(access, applicationProperties, pageBuilder, authentication);
    }

    @Test
    void aReaderSeesThePageWithItsAddressesButNoScanOrWaiverButtons() {
        mayBrowse();

        Map<String, Object> model = provider.getContextMap(Map.of("project", alpha));

        assertThat(model).containsEntry("complianceVisible", true)
                .containsEntry("projectKey", "ALPHA")
                .containsEntry("projectName", "Apollo <Platform>")
                .containsEntry("restBase", "/jira/rest/pmo/1.0/")
                .containsEntry("csvUrl", "/jira/rest/pmo/1.0/projects/ALPHA/compliance.csv")
                .containsEntry("currentUserKey", "JIRAUSER10100")
                .containsEntry("canAct", false)
                .containsEntry("isPmoAdmin", false)
                .containsEntry("riskRegisterItem", "com.pmosuite.pmo-plugin:risk-register-sidebar-link")
                .containsEntry("i18n", i18n);
        verify(resources).requireWebResource(ProjectComplianceContextProvider.WEB_RESOURCE);
    }

    @Test
    void aProjectAdministratorMayScanAndAskForWaivers() {
        mayBrowse();
        when(permissions.hasPermission(eq(ProjectPermissions.ADMINISTER_PROJECTS), eq(alpha), eq(alice)))
                .thenReturn(true);

        assertThat(provider.getContextMap(Map.of("project", alpha))).containsEntry("canAct", true);
    }

    @Test
    void theProjectsLeadMayScanAndAskForWaiversWithoutAdministeringIt() {
        mayBrowse();
        when(alpha.getLeadUserKey()).thenReturn("JIRAUSER10100");

        assertThat(provider.getContextMap(Map.of("project", alpha))).containsEntry("canAct", true);
    }

    @Test
    void aPmoAdminMayScanAndAskForWaiversAndWithdrawAny() {
        mayBrowse();
        when(groups.isUserInGroup(alice, "pmo-admins")).thenReturn(true);

        assertThat(provider.getContextMap(Map.of("project", alpha))).containsEntry("canAct", true)
                .containsEntry("isPmoAdmin", true);
    }

    @Test
    void aProjectTheViewerMayNotBrowseShowsNotFoundAndLoadsNoScript() {
        Map<String, Object> model = provider.getContextMap(Map.of("project", alpha));

        assertThat(model).containsEntry("complianceVisible", false).doesNotContainKeys("projectKey", "projectName");
        verify(resources, never()).requireWebResource(any());
    }

    @Test
    void theAddressesInCodeAreTheOnesTheDescriptorDeclares() throws Exception {
        Element root;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
        }
        assertThat(attributes(root, "web-panel", "location")).contains(ComplianceAddress.SELECTED_ITEM);
        assertThat(attributes(root, "url-pattern", null)).contains(
                ComplianceAddress.PORTFOLIO_PATH.substring("/plugins/servlet".length()));
        assertThat(ComplianceAddress.ofStandard("MY KEY", 12)).isEqualTo("/projects/MY%20KEY?selectedItem="
                + "com.pmosuite.pmo-plugin%3Aproject-compliance-sidebar-link#pmo-compliance-standard-12");
        assertThat(ComplianceAddress.ofPortfolio(3)).isEqualTo("/plugins/servlet/pmo/compliance?id=3");
    }

    private void mayBrowse() {
        when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(alpha), eq(alice))).thenReturn(true);
    }

    private static List<String> attributes(Element root, String tag, String attribute) {
        NodeList nodes = root.getElementsByTagName(tag);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            values.add(attribute == null ? element.getTextContent().trim() : element.getAttribute(attribute));
        }
        return values;
    }
}
