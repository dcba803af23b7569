package com.pmosuite.compliance.notify;

import java.util.Collection;
import java.util.Set;

/**
 * Port: which issues a given user may see, so that a digest names only issues its reader may browse (issue security
 * can hide one issue of a project its lead browses). Jira: the browse permission of that user on each issue.
 */
public interface IssueVisibility {

    /** Of these issue keys, those {@code userKey} may see; an issue that no longer exists is not among them. */
    Set<String> visibleTo(String userKey, Collection<String> issueKeys);
}
