package com.pmosuite.shared;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Port: tells whether an issue exists and the current user may see it, before PMO data points at it or shows a
 * link to it.
 */
public interface IssueDirectory {

    /**
     * The issue's current key when it exists and the current user may see it; empty otherwise. Jira finds a moved
     * issue by its old key too, so this is also how a link follows the issue to its new key.
     */
    Optional<String> visibleKey(String issueKey);

    /**
     * Of these stored link keys, the ones the current user may be shown. Called once per risk, page or export with
     * every key in it, so an implementation can answer for all keys of one project with one permission check. This
     * default looks each distinct key up once.
     */
    default Set<String> shownAmong(Collection<String> issueKeys) {
        Set<String> shown = new LinkedHashSet<>();
        for (String key : new LinkedHashSet<>(issueKeys)) {
            if (visibleKey(key).isPresent()) {
                shown.add(key);
            }
        }
        return shown;
    }

    /** Accepts every well-formed key as it is: for runtimes without issues to check, and for domain tests. */
    IssueDirectory ANY = Optional::of;
}
