package com.pmosuite.testkit;

import com.pmosuite.facts.TrackedProjects;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Tracked projects a test sets: projects join and leave "some portfolio" when the test says so. */
public final class InMemoryTrackedProjects implements TrackedProjects {
    private final Set<Long> projects = ConcurrentHashMap.newKeySet();

    public static InMemoryTrackedProjects of(Long... projectIds) {
        InMemoryTrackedProjects tracked = new InMemoryTrackedProjects();
        tracked.projects.addAll(Set.of(projectIds));
        return tracked;
    }

    public InMemoryTrackedProjects track(long projectId) {
        projects.add(projectId);
        return this;
    }

    public InMemoryTrackedProjects untrack(long projectId) {
        projects.remove(projectId);
        return this;
    }

    @Override
    public Set<Long> projectIds() {
        return Set.copyOf(projects);
    }
}
