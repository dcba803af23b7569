package com.pmosuite.workbench.http;

import java.util.Objects;

/**
 * One item in the project sidebar, like a web-item in Jira's {@code jira.project.sidebar.plugins.navigation}.
 *
 * @param key   the item's id; the page selects it with {@code <meta name="admin.active.tab" content="key">}
 * @param label the visible text (escaped when printed)
 * @param url   the link target, a site-relative path or http(s) URL
 */
public record SidebarLink(String key, String label, String url) {

    public SidebarLink {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(url, "url");
    }
}
