package com.pmosuite.compliance;

import java.util.Objects;

/**
 * Port: the issue navigator's query for what a check flags in one project, for "open in issue navigator" links. Jira
 * builds it from the rule with {@code JqlQueryBuilder} and prints it with {@code SearchService.getJqlString}; the
 * workbench writes the JQL subset its own search runs, and says plainly when a rule's field is outside that subset.
 * Only condition and JQL standards are issue searches; every other check has no navigator query.
 */
public interface NavigatorQueries {

    /** Said of every check that is not a condition or a JQL standard. */
    String NOT_AN_ISSUE_SEARCH = "Only condition and JQL standards are issue searches.";

    /**
     * The JQL of the issues this check flags in the project ({@code project = KEY AND (...)}), or why there is none.
     * A check the engine would refuse gets no query either.
     */
    NavigatorQuery query(Check check, long projectId, String projectKey);

    /**
     * A navigator query, or why there is none.
     *
     * @param jql         {@code null} when unavailable
     * @param unavailable {@code null} when {@code jql} is set
     */
    record NavigatorQuery(String jql, String unavailable) {
        public NavigatorQuery {
            if ((jql == null) == (unavailable == null)) {
                throw new IllegalArgumentException("exactly one of jql and unavailable is set");
            }
        }

        public static NavigatorQuery of(String jql) {
            return new NavigatorQuery(Objects.requireNonNull(jql, "jql"), null);
        }

        public static NavigatorQuery unavailable(String why) {
            return new NavigatorQuery(null, Objects.requireNonNull(why, "why"));
        }

        public boolean available() {
            return jql != null;
        }
    }
}
