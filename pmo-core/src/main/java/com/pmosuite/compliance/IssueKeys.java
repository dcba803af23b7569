package com.pmosuite.compliance;

import java.util.Collection;
import java.util.Map;

/** Port: issue ids to keys and back, in bulk (never one lookup per issue), regardless of who is asking. */
public interface IssueKeys {

    /** The current keys of those of these issues that exist. */
    Map<Long, String> keys(Collection<Long> issueIds);

    /** The ids of those of these keys that name an existing issue (a moved issue's old key too). */
    Map<String, Long> ids(Collection<String> issueKeys);
}
