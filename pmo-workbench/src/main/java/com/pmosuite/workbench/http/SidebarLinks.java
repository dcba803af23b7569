package com.pmosuite.workbench.http;

import java.util.List;
import java.util.Optional;

/** Supplies the project sidebar's navigation items for a project page, as Jira's web-item section would. */
@FunctionalInterface
public interface SidebarLinks {

    List<SidebarLink> forProject(String projectKey, Optional<WorkbenchAccount> user);

    /** A sidebar with no items. */
    static SidebarLinks none() {
        return (projectKey, user) -> List.of();
    }
}
