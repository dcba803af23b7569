package com.pmosuite.risk.portfolio;

import com.pmosuite.risk.RiskSort;
import com.pmosuite.risk.RiskStatus;
import com.pmosuite.risk.Severity;

import java.util.Set;

/**
 * What a reader narrows a portfolio's risk list by. Empty sets mean "any"; {@code projectKeys} can only narrow the
 * projects the reader may see, never widen them; a {@code null} owner means anyone; {@code overdueOnly} keeps the live
 * risks whose next review date is before today.
 */
public record PortfolioRiskFilter(Set<String> projectKeys, Set<RiskStatus> statuses, Set<Severity> severities,
                                  String ownerKey, boolean overdueOnly, RiskSort sort, boolean descending) {
    /** Every risk, highest inherent score first. */
    public static final PortfolioRiskFilter ALL = new PortfolioRiskFilter(Set.of(), Set.of(), Set.of(), null, false,
            RiskSort.SCORE, true);

    public PortfolioRiskFilter {
        projectKeys = Set.copyOf(projectKeys);
        statuses = Set.copyOf(statuses);
        severities = Set.copyOf(severities);
        sort = sort == null ? RiskSort.SCORE : sort;
    }
}
