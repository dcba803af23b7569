package com.pmosuite.plugin.platform.web;

import com.atlassian.jira.config.properties.APKeys;
import com.atlassian.jira.config.properties.ApplicationProperties;

/**
 * Jira's "Day/Month/Year" date format (Look and feel), the SimpleDateFormat pattern pages hand to
 * {@code PMO.formatDate} through a {@code data-pmo-date-format} attribute, so dates read as the Jira administrator
 * chose, not in the browser's style.
 */
public final class JiraDatePattern {
    /** Jira's own default, for an instance where the property is unset. */
    public static final String DEFAULT = "dd/MMM/yy";

    private JiraDatePattern() {
    }

    public static String of(ApplicationProperties jiraProperties) {
        String pattern = jiraProperties.getDefaultBackedString(APKeys.JIRA_LF_DATE_DMY);
        return pattern == null || pattern.isBlank() ? DEFAULT : pattern;
    }
}
