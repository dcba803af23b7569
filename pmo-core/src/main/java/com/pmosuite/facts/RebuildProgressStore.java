package com.pmosuite.facts;

import java.util.Optional;

/** Port: where the checkpoint of the latest walk over the tracked issues is kept, shared by every node. */
public interface RebuildProgressStore {

    /** The latest walk's checkpoint; empty before the first walk. */
    Optional<RebuildProgress> current();

    /** Replaces the checkpoint. */
    void save(RebuildProgress progress);
}
