package com.atlassian.jira.config.properties;

/**
 * Compile-time stand-in for Jira's application property keys, declaring only the constant the plugin reads (see
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/config/properties/APKeys.html).
 */
public interface APKeys {

    /** The "Day/Month/Year" date format of Look and feel ({@code dd/MMM/yy} unless an administrator changed it). */
    String JIRA_LF_DATE_DMY = "jira.lf.date.dmy";
}
