package com.pmosuite.workbench.host;

import com.atlassian.jira.config.properties.APKeys;
import com.atlassian.jira.config.properties.ApplicationProperties;

import java.util.Map;

/**
 * Jira's own application properties as the workbench's Jira has them: the look-and-feel date formats at Jira's
 * defaults, and nothing else an administrator could set.
 */
public final class WorkbenchJiraProperties implements ApplicationProperties {
    /** Jira's default "Day/Month/Year" format. */
    public static final String DEFAULT_DATE_FORMAT = "dd/MMM/yy";

    private final Map<String, String> properties;

    public WorkbenchJiraProperties(Map<String, String> properties) {
        this.properties = Map.copyOf(properties);
    }

    /** Jira's defaults, as a fresh Jira has them. */
    public static WorkbenchJiraProperties defaults() {
        return new WorkbenchJiraProperties(Map.of(APKeys.JIRA_LF_DATE_DMY, DEFAULT_DATE_FORMAT));
    }

    @Override
    public String getDefaultBackedString(String name) {
        return properties.get(name);
    }
}
