package com.pmosuite.rollups;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Port: an issue's key, project and summary from the tracker. Rollups are computed from issue facts, which hold ids
 * only; titles are looked up only for the issue nodes an answer returns. Whether the reader may see an issue is
 * decided by the rollup's visibility, not here.
 */
public interface IssueTitles {

    /** An issue as a rollup names it. */
    record Title(long issueId, long projectId, String key, String summary) {
    }

    /** The issue with this key, whoever may see it; empty when there is none. */
    Optional<Title> byKey(String issueKey);

    /** Titles of these issues by id; ids of issues that no longer exist are left out. */
    Map<Long, Title> byIds(Collection<Long> issueIds);
}
