package com.pmosuite.workbench.http;

import java.util.List;
import java.util.Optional;

/** Supplies the project sidebar's navigation items for a project page, as Jira's web-item section would. */
@FunctionalInterface
public interface SidebarLinks {

    List<SidebarLink> forProject(String projectKey, Optional<WorkbenchAccount> user);

    /** The header's items after Dashboards and Projects, as web items in Jira's {@code system.top.navigation.bar}. */
    default List<SidebarLink> topNavigation(Optional<WorkbenchAccount> user) {
        return List.of();
    }

    /** A sidebar with no items. */
    static SidebarLinks none() {
        return (projectKey, user) -> List.of();
    }
}
