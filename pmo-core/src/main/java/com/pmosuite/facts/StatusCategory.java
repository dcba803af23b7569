package com.pmosuite.facts;

import java.util.Optional;

/** Jira's three status categories, the only part of an issue's status a rollup needs. */
public enum StatusCategory {
    TODO("new"),
    IN_PROGRESS("indeterminate"),
    DONE("done");

    private final String jiraKey;

    StatusCategory(String jiraKey) {
        this.jiraKey = jiraKey;
    }

    /** The key Jira gives the category ({@code StatusCategory#getKey()}): new, indeterminate, done. */
    public String jiraKey() {
        return jiraKey;
    }

    /** The category for a Jira key; Jira's "undefined" and anything unknown count as to do, as Jira's boards do. */
    public static StatusCategory ofJiraKey(String key) {
        return fromJiraKey(key).orElse(TODO);
    }

    /** The category for a Jira key, empty for "undefined" or an unknown key. */
    public static Optional<StatusCategory> fromJiraKey(String key) {
        for (StatusCategory category : values()) {
            if (category.jiraKey.equals(key)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
