package com.pmosuite.risk;

import com.pmosuite.shared.PageRequest;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A store-level search: one project's risks, narrowed by status, inherent score ranges, owner and heat-map cell,
 * sorted and paged. Empty sets and lists, and a {@code null} owner or cell, mean "any".
 */
public record RiskQuery(String projectKey, Set<RiskStatus> statuses, List<ScoreRange> scoreRanges,
                        String ownerKey, RiskSort sort, boolean descending, PageRequest page, RiskCell cell) {
    public RiskQuery {
        Objects.requireNonNull(projectKey, "projectKey");
        statuses = Set.copyOf(statuses);
        scoreRanges = List.copyOf(scoreRanges);
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
    }

    /** A search of any cell. */
    public RiskQuery(String projectKey, Set<RiskStatus> statuses, List<ScoreRange> scoreRanges, String ownerKey,
                     RiskSort sort, boolean descending, PageRequest page) {
        this(projectKey, statuses, scoreRanges, ownerKey, sort, descending, page, null);
    }
}
