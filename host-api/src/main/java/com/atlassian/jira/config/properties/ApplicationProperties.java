package com.atlassian.jira.config.properties;

/**
 * Compile-time stand-in for Jira's own application properties (not SAL's {@code com.atlassian.sal.api
 * .ApplicationProperties}), declaring only the member the plugin calls (see
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/config/properties/ApplicationProperties.html).
 */
public interface ApplicationProperties {

    /** The property from the application properties, else from Jira's default properties file. */
    String getDefaultBackedString(String name);
}
