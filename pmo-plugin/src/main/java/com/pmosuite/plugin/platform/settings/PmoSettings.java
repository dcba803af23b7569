package com.pmosuite.plugin.platform.settings;

/**
 * The PMO suite's own settings, which Jira administrators change: for now the group whose members are PMO admins.
 *
 * @param pmoAdminGroup the Jira group of PMO admins
 * @param version       0 while never saved, one more with every saved change
 */
public record PmoSettings(String pmoAdminGroup, int version) {
    /** The PMO admin group until an administrator chooses another, as the first releases hard-coded it. */
    public static final String DEFAULT_PMO_ADMIN_GROUP = "pmo-admins";
    /** The record type of these settings' lines in the audit history. */
    public static final String ENTITY_TYPE = "pmo-setting";
    /** The name of the PMO admin group setting: its row, and its field in the audit history. */
    public static final String PMO_ADMIN_GROUP = "pmoAdminGroup";

    public static final PmoSettings NEVER_SAVED = new PmoSettings(DEFAULT_PMO_ADMIN_GROUP, 0);
}
