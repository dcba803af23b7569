package com.pmosuite.workbench.compliance;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.JqlRunner;
import com.pmosuite.workbench.tracker.JqlException;
import com.pmosuite.workbench.tracker.JqlParser;
import com.pmosuite.workbench.tracker.TrackerSearch;

import java.util.List;

/**
 * A PMO admin's raw JQL run over the workbench's issues: the tracker's JQL subset ({@link JqlParser}, turned into
 * SQL by {@code JqlSql}), over every issue of one project whoever may see it (as Jira's
 * {@code searchOverrideSecurity}), in two SQL queries (a count, the first ids). What the subset leaves out is named
 * in {@link #problems}, every part at once.
 */
public final class TrackerJqlRunner implements JqlRunner {
    private final TrackerSearch search;

    public TrackerJqlRunner(TrackerSearch search) {
        this.search = search;
    }

    @Override
    public List<String> problems(String jql) {
        if (jql == null) {
            return List.of("The JQL is missing.");
        }
        // Bounded before it is read, by the standard's own limit.
        if (jql.length() > Check.Jql.MAX_LENGTH) {
            return List.of("The JQL may be at most " + Check.Jql.MAX_LENGTH + " characters long.");
        }
        return search.problems(jql);
    }

    @Override
    public Match matches(long projectId, String jql, int keyCap) throws UnrunnableJql {
        List<String> problems = problems(jql);
        if (!problems.isEmpty()) {
            throw new UnrunnableJql(problems);
        }
        try {
            TrackerSearch.Matches found = search.matchingInProject(projectId, JqlParser.parse(jql), keyCap);
            return new Match(found.issueIds(), found.total());
        } catch (JqlException e) {
            // A value that vanished between the check and the run (an issue deleted meanwhile).
            throw new UnrunnableJql(List.of(e.getMessage()));
        }
    }
}
