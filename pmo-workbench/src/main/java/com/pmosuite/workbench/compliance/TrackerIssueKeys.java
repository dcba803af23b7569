package com.pmosuite.workbench.compliance;

import com.pmosuite.compliance.IssueKeys;
import com.pmosuite.workbench.tracker.TrackerStore;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Issue ids and keys of the workbench's issues, in bulk: one SQL query per 1,000 ids, at most two per 1,000 keys (a
 * moved issue's old key is found in {@code WB_MOVED_KEY}, which the tracker fills on every move, as Jira keeps old
 * keys).
 */
public final class TrackerIssueKeys implements IssueKeys {
    private final TrackerStore store;

    public TrackerIssueKeys(TrackerStore store) {
        this.store = store;
    }

    @Override
    public Map<Long, String> keys(Collection<Long> issueIds) {
        return store.keysOf(issueIds.stream().filter(Objects::nonNull).toList());
    }

    /** Keys are matched ignoring case, as Jira finds {@code alpha-1}; the answer uses the keys as given. */
    @Override
    public Map<String, Long> ids(Collection<String> issueKeys) {
        Map<String, String> normalised = new HashMap<>();
        for (String key : issueKeys) {
            if (key != null && !key.isBlank() && key.length() <= MAX_KEY) {
                normalised.put(key, key.strip().toUpperCase(Locale.ROOT));
            }
        }
        Map<String, Long> found = store.idsOfKeys(normalised.values());
        Map<String, Long> ids = new HashMap<>();
        normalised.forEach((given, key) -> {
            Long id = found.get(key);
            if (id != null) {
                ids.put(given, id);
            }
        });
        return ids;
    }

    private static final int MAX_KEY = 64;
}
