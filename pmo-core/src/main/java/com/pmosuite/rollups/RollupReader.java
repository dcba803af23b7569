package com.pmosuite.rollups;

import com.pmosuite.rollup.Visibility;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * Who reads a rollup, as far as a rollup cares: whether they are a PMO admin (who sees every portfolio), which
 * projects they may browse, and which issue security levels they can see.
 *
 * @param pmoAdmin       sees every portfolio, even one none of whose projects they may browse
 * @param mayBrowse      Browse Projects per project id; asked at most once per project and request
 * @param securityLevels the issue security level ids the reader can see (Jira's levels for the user)
 */
public record RollupReader(boolean pmoAdmin, LongPredicate mayBrowse, Set<Long> securityLevels) {

    public RollupReader {
        Objects.requireNonNull(mayBrowse, "mayBrowse");
        securityLevels = Set.copyOf(securityLevels);
    }

    /** What this reader may see, for one request: the host is asked once per project. */
    public Visibility visibility() {
        Map<Long, Boolean> browsable = new HashMap<>();
        return new Visibility() {
            @Override
            public boolean projectVisible(long projectId) {
                return browsable.computeIfAbsent(projectId, mayBrowse::test);
            }

            @Override
            public boolean levelVisible(long projectId, long securityLevelId) {
                return securityLevels.contains(securityLevelId);
            }
        };
    }
}
