package com.atlassian.jira.project;

/**
 * Compile-time stand-in for Jira's ProjectCategory, declaring only the members the plugin calls and omitting the
 * Jira-only superinterfaces Named and NamedWithDescription (see
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/project/ProjectCategory.html and
 * docs/host-api.md).
 */
public interface ProjectCategory {

    Long getId();

    String getName();
}
