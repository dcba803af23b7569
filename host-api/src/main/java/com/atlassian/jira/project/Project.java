package com.atlassian.jira.project;

/**
 * Compile-time stand-in for Jira's Project, declaring only the members the plugin calls and omitting the Jira-only
 * superinterfaces Named, NamedWithDescription, WithId and WithKey (see
 * https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/project/Project.html).
 */
public interface Project {

    Long getId();

    String getKey();

    String getName();

    /** The project's category, or {@code null} when it has none. */
    ProjectCategory getProjectCategoryObject();

    /** The project's description, or {@code null}. */
    String getDescription();

    /** The project lead's user key, or {@code null} when the project has none. */
    String getLeadUserKey();
}
