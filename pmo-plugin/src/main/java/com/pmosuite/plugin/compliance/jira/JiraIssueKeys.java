package com.pmosuite.plugin.compliance.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.pmosuite.compliance.IssueKeys;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@link IssueKeys} on Jira's issue manager, whoever asks. Ids to keys is one bulk {@code getIssueObjects} call per
 * {@value #IDS_PER_CALL} ids. Jira has no bulk lookup by key, so keys to ids is one {@code getIssueObject(key)} per
 * key (then {@code findMovedIssue} for a key that is no issue's current key), at most {@value #MAX_KEYS} keys a call:
 * keys come from waiver requests and violation lists, which are capped well below that.
 */
public final class JiraIssueKeys implements IssueKeys {
    static final int IDS_PER_CALL = 500;
    /** The most keys looked up in one call; each costs Jira a database read. */
    public static final int MAX_KEYS = 1000;
    /** A project key (letters, digits, underscores, starting with a letter) and an issue number. */
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,17}");

    private final IssueManager issues;

    public JiraIssueKeys(IssueManager issues) {
        this.issues = Objects.requireNonNull(issues, "issues");
    }

    @Override
    public Map<Long, String> keys(Collection<Long> issueIds) {
        Set<Long> wanted = new LinkedHashSet<>();
        for (Long id : Objects.requireNonNull(issueIds, "issueIds")) {
            if (id != null && id > 0) {
                wanted.add(id);
            }
        }
        List<Long> ids = new ArrayList<>(wanted);
        Map<Long, String> keys = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_CALL) {
            List<Issue> found = issues.getIssueObjects(ids.subList(from, Math.min(ids.size(), from + IDS_PER_CALL)));
            if (found != null) {
                for (Issue issue : found) {
                    if (issue != null && issue.getId() != null && issue.getKey() != null) {
                        keys.put(issue.getId(), issue.getKey());
                    }
                }
            }
        }
        return keys;
    }

    @Override
    public Map<String, Long> ids(Collection<String> issueKeys) {
        Objects.requireNonNull(issueKeys, "issueKeys");
        if (issueKeys.size() > MAX_KEYS) {
            throw new IllegalArgumentException("at most " + MAX_KEYS + " issue keys at a time: " + issueKeys.size());
        }
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String key : issueKeys) {
            if (key == null || ids.containsKey(key)) {
                continue;
            }
            String normalised = key.strip().toUpperCase(Locale.ROOT);
            if (!ISSUE_KEY.matcher(normalised).matches()) {
                continue;
            }
            Issue issue = issues.getIssueObject(normalised);
            if (issue == null) {
                issue = issues.findMovedIssue(normalised);
            }
            if (issue != null && issue.getId() != null) {
                ids.put(key, issue.getId());
            }
        }
        return ids;
    }
}
