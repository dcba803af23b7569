package com.pmosuite.workbench.plugin;

import com.atlassian.sal.api.message.I18nResolver;
import com.pmosuite.workbench.http.SidebarLink;
import com.pmosuite.workbench.http.SidebarLinks;
import com.pmosuite.workbench.http.WorkbenchAccount;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The project sidebar's items: the descriptor's web items in Jira's project navigation section, with
 * {@code $project.key} in their links filled in as Jira's Velocity would.
 */
public final class DescriptorSidebarLinks implements SidebarLinks {
    public static final String SECTION = "jira.project.sidebar.plugins.navigation";

    private final PluginDescriptor descriptor;
    private final I18nResolver i18n;
    private final String contextPath;

    public DescriptorSidebarLinks(PluginDescriptor descriptor, I18nResolver i18n, String contextPath) {
        this.descriptor = descriptor;
        this.i18n = i18n;
        this.contextPath = contextPath;
    }

    @Override
    public List<SidebarLink> forProject(String projectKey, Optional<WorkbenchAccount> user) {
        String key = URLEncoder.encode(projectKey, StandardCharsets.UTF_8);
        return descriptor.webItems(SECTION).stream()
                .map(item -> new SidebarLink(item.key(), i18n.getText(item.labelKey()),
                        contextPath + item.link().replace("${project.key}", key).replace("$project.key", key)))
                .toList();
    }
}
