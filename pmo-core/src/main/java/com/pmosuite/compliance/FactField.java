package com.pmosuite.compliance;

/**
 * A field of an issue's facts ({@link com.pmosuite.facts.IssueFact}) that a {@link Rule} may test. Each has a JQL
 * counterpart, so the Jira adapter can build the same condition with {@code JqlQueryBuilder}.
 */
public enum FactField {
    /** Jira's issue type id; values are ids. JQL {@code issuetype}. */
    ISSUE_TYPE(Kind.ID),
    /** {@code sub-task}, {@code standard}, {@code epic} or a level number above epics. */
    HIERARCHY_LEVEL(Kind.ID),
    /** {@code TODO}, {@code IN_PROGRESS}, {@code DONE}. JQL {@code statusCategory}. */
    STATUS_CATEGORY(Kind.ID),
    /** A user key. JQL {@code assignee}. */
    ASSIGNEE(Kind.ID),
    CREATED(Kind.DATE),
    UPDATED(Kind.DATE),
    RESOLVED(Kind.DATE),
    /** The mapped start-date field. */
    START(Kind.DATE),
    DUE(Kind.DATE),
    STORY_POINTS(Kind.NUMBER),
    /** Seconds. JQL {@code originalEstimate}. */
    ORIGINAL_ESTIMATE(Kind.NUMBER),
    REMAINING_ESTIMATE(Kind.NUMBER),
    TIME_SPENT(Kind.NUMBER),
    /** The mapped actual-cost field, money with two decimals. */
    ACTUAL_COST(Kind.NUMBER),
    /** An issue security level id. JQL {@code level}. */
    SECURITY_LEVEL(Kind.ID);

    /** What values the field takes, and so which operators apply. */
    public enum Kind { ID, DATE, NUMBER }

    private final Kind kind;

    FactField(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
