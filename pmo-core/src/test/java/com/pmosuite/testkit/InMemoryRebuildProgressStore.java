package com.pmosuite.testkit;

import com.pmosuite.facts.RebuildProgress;
import com.pmosuite.facts.RebuildProgressStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The walk checkpoint in memory, keeping every saved state so tests can read a walk's history. */
public final class InMemoryRebuildProgressStore implements RebuildProgressStore {
    private final List<RebuildProgress> saved = new ArrayList<>();

    @Override
    public synchronized Optional<RebuildProgress> current() {
        return saved.isEmpty() ? Optional.empty() : Optional.of(saved.get(saved.size() - 1));
    }

    @Override
    public synchronized void save(RebuildProgress progress) {
        saved.add(progress);
    }

    /** Every checkpoint saved, oldest first. */
    public synchronized List<RebuildProgress> saved() {
        return List.copyOf(saved);
    }
}
