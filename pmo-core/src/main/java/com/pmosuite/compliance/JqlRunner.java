package com.pmosuite.compliance;

import java.util.List;
import java.util.Objects;

/**
 * Port: runs a PMO admin's raw JQL over one project's issues. Jira parses it with {@code SearchService.parseQuery}
 * and searches; the workbench evaluates the subset of JQL it serves.
 */
public interface JqlRunner {

    /** Why this JQL cannot be saved: parse errors, or clauses this runtime cannot run (named plainly). Empty when fine. */
    List<String> problems(String jql);

    /**
     * The project's issues matching the JQL (restricted to the project by the runner, whatever the JQL says).
     *
     * @param keyCap how many issue ids to return at most, lowest id first; the total counts them all
     * @throws UnrunnableJql when the JQL is invalid or uses clauses this runtime cannot run
     */
    Match matches(long projectId, String jql, int keyCap) throws UnrunnableJql;

    /** Matching issues: the first ids and how many in all. */
    record Match(List<Long> issueIds, long total) {
        public Match {
            issueIds = List.copyOf(issueIds);
        }
    }

    /** The JQL cannot be run here; the message says why, in words a PMO admin can act on. */
    final class UnrunnableJql extends Exception {
        private final List<String> problems;

        public UnrunnableJql(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        }

        public List<String> problems() {
            return problems;
        }
    }
}
