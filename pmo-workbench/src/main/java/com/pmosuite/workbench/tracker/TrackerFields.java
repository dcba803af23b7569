package com.pmosuite.workbench.tracker;

/**
 * The ids of the workbench Jira's custom fields, as Jira Software's are named in a Jira site: the REST API reads
 * and writes them under these names, and {@code ManagedCustomFieldsService} finds them.
 */
public final class TrackerFields {
    /** Jira Software's Epic Link: the key of a standard issue's epic. */
    public static final String EPIC_LINK = "customfield_10100";
    /** Jira Software's Story Points (Story point estimate). */
    public static final String STORY_POINTS = "customfield_10106";
    /** A "Start date" date field, as Advanced Roadmaps adds it. */
    public static final String START_DATE = "customfield_10200";
    /** An "Actual cost" number field a site may add, so the field mapping has a candidate; it holds no values. */
    public static final String ACTUAL_COST = "customfield_10300";

    private TrackerFields() {
    }
}
