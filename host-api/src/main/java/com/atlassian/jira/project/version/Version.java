package com.atlassian.jira.project.version;

import java.util.Date;

/**
 * Compile-time stand-in for Jira's project version (an interface), declaring only the members the plugin calls and
 * omitting the superinterfaces ProjectConstant, NamedWithDescription and WithId (see
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/project/version/Version.html and docs/host-api.md).
 */
public interface Version {

    String getName();

    boolean isReleased();

    boolean isArchived();

    /** The start date, or {@code null}. */
    Date getStartDate();

    /** The release date, or {@code null}. */
    Date getReleaseDate();
}
