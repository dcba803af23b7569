package com.pmosuite.plugin.testsupport;

import com.pmosuite.plugin.platform.jira.ProjectIdentity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Projects for store tests: every key seen gets an id, and a key can be renamed the way Jira administrators can,
 * after which both keys lead to the same project and the new key is the current one.
 */
public final class TestProjects implements ProjectIdentity {
    private final AtomicLong nextId = new AtomicLong(10_000);
    private final Map<String, Long> idsByKey = new ConcurrentHashMap<>();
    private final Map<Long, String> currentKeys = new ConcurrentHashMap<>();

    @Override
    public long idOf(String projectKey) {
        return idsByKey.computeIfAbsent(projectKey, key -> {
            long id = nextId.getAndIncrement();
            currentKeys.put(id, key);
            return id;
        });
    }

    @Override
    public String currentKeyOf(long projectId, String storedKey) {
        return currentKeys.getOrDefault(projectId, storedKey);
    }

    /** Renames a project's key; the old key keeps finding the project, as in Jira. */
    public void rename(String oldKey, String newKey) {
        long id = idOf(oldKey);
        idsByKey.put(newKey, id);
        currentKeys.put(id, newKey);
    }
}
