package com.pmosuite.workbench.plugin;

import com.atlassian.sal.api.message.I18nResolver;
import com.pmosuite.workbench.http.SidebarLink;
import com.pmosuite.workbench.http.SidebarLinks;
import com.pmosuite.workbench.http.WorkbenchAccount;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The project sidebar's items: the descriptor's web items in Jira's project navigation section, with the context
 * Jira gives them filled into their links as its Velocity would ({@code $pathEncodedProjectKey},
 * {@code $project.key}), and the item a project page's {@code selectedItem} points at.
 */
public final class DescriptorSidebarLinks implements SidebarLinks {
    public static final String SECTION = "jira.project.sidebar.plugins.navigation";
    public static final String TOP_NAVIGATION = "system.top.navigation.bar";
    private static final String SELECTED_ITEM = "selectedItem=";

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
        String pathEncoded = URLEncoder.encode(projectKey, StandardCharsets.UTF_8).replace("+", "%20");
        return descriptor.webItems(SECTION).stream()
                .map(item -> new SidebarLink(item.key(), i18n.getText(item.labelKey()), contextPath + item.link()
                        .replace("$pathEncodedProjectKey", pathEncoded)
                        .replace("${project.key}", pathEncoded).replace("$project.key", pathEncoded)))
                .toList();
    }

    /**
     * Jira's header items from {@code system.top.navigation.bar}, shown to logged-in users (the pages they open
     * send anonymous visitors to the log-in page anyway). The link id is the item's key.
     */
    @Override
    public List<SidebarLink> topNavigation(Optional<WorkbenchAccount> user) {
        if (user.isEmpty()) {
            return List.of();
        }
        return descriptor.webItems(TOP_NAVIGATION).stream()
                .map(item -> new SidebarLink(item.key(),
                        i18n.getText(item.labelKey()), contextPath + item.link()))
                .toList();
    }

    /** The sidebar item whose link opens the project page showing {@code selectedItem}, as Jira highlights it. */
    public Optional<PluginDescriptor.WebItem> itemSelecting(String selectedItem) {
        return descriptor.webItems(SECTION).stream()
                .filter(item -> selectedItem.equals(selectedItemOf(item.link())))
                .findFirst();
    }

    /** The label of that item, translated; the project page's title. */
    public Optional<String> labelOf(PluginDescriptor.WebItem item) {
        return Optional.ofNullable(item.labelKey()).map(i18n::getText);
    }

    private static String selectedItemOf(String link) {
        int query = link.indexOf('?');
        if (query < 0) {
            return null;
        }
        for (String parameter : link.substring(query + 1).split("&")) {
            if (parameter.startsWith(SELECTED_ITEM)) {
                return URLDecoder.decode(parameter.substring(SELECTED_ITEM.length()), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
