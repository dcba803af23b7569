package com.pmosuite.risk;

import java.util.Set;

/**
 * What a person narrows a risk register by. Empty sets mean "any"; a {@code null} owner means anyone, a
 * {@code null} cell every risk (a cell holds live risks only, as the heat map counts them).
 */
public record RiskFilter(Set<RiskStatus> statuses, Set<Severity> severities, String ownerKey, RiskSort sort,
                         boolean descending, RiskCell cell) {
    public static final RiskFilter ALL = new RiskFilter(Set.of(), Set.of(), null, RiskSort.SCORE, true);

    public RiskFilter {
        statuses = Set.copyOf(statuses);
        severities = Set.copyOf(severities);
        sort = sort == null ? RiskSort.SCORE : sort;
    }

    public RiskFilter(Set<RiskStatus> statuses, Set<Severity> severities, String ownerKey, RiskSort sort,
                      boolean descending) {
        this(statuses, severities, ownerKey, sort, descending, null);
    }
}
