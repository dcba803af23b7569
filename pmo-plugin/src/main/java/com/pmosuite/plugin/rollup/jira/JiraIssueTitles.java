package com.pmosuite.plugin.rollup.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.pmosuite.rollups.IssueTitles;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link IssueTitles} from Jira's issue manager, one issue at a time (answers are bounded to a few thousand nodes).
 * No permission check here: the rollup's visibility decides what the reader sees.
 */
public final class JiraIssueTitles implements IssueTitles {
    /** Longer than any Jira issue key (project key ≤ 255 in theory, in practice far less); longer is not a key. */
    static final int MAX_KEY_CHARS = 300;

    private final IssueManager issues;

    public JiraIssueTitles(IssueManager issues) {
        this.issues = Objects.requireNonNull(issues, "issues");
    }

    @Override
    public Optional<Title> byKey(String issueKey) {
        if (issueKey == null || issueKey.isBlank() || issueKey.length() > MAX_KEY_CHARS) {
            return Optional.empty();
        }
        return Optional.ofNullable(issues.getIssueObject(issueKey.strip().toUpperCase(Locale.ROOT)))
                .flatMap(JiraIssueTitles::title);
    }

    @Override
    public Map<Long, Title> byIds(Collection<Long> issueIds) {
        Map<Long, Title> found = new LinkedHashMap<>();
        for (Long id : issueIds) {
            if (id != null) {
                Optional.ofNullable(issues.getIssueObject(id)).flatMap(JiraIssueTitles::title)
                        .ifPresent(title -> found.put(id, title));
            }
        }
        return found;
    }

    private static Optional<Title> title(Issue issue) {
        if (issue.getId() == null || issue.getProjectId() == null || issue.getKey() == null) {
            return Optional.empty();
        }
        return Optional.of(new Title(issue.getId(), issue.getProjectId(), issue.getKey(),
                issue.getSummary() == null ? "" : issue.getSummary()));
    }
}
