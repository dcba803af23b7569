package com.atlassian.jira.issue;

import java.util.Collection;
import java.util.List;

/**
 * Compile-time stand-in for Jira's IssueManager, declaring only the members the plugin calls; the unchecked
 * DataAccessException in the real throws clauses is omitted (see
 * https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html).
 */
public interface IssueManager {

    MutableIssue getIssueObject(String key);

    /** The issue with this id, or null when there is none. */
    MutableIssue getIssueObject(Long id);

    /** The issues with these ids, in the order of the ids; ids of no issue are left out (no nulls). */
    List<Issue> getIssueObjects(Collection<Long> ids);

    /** The issue that once had this key and was moved to another project, or null. */
    Issue findMovedIssue(String oldIssueKey);
}
