package com.pmosuite.risk;

import com.pmosuite.shared.PageRequest;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A store-level search over several projects' risks at once, sorted and paged as one list (a portfolio's risks).
 * Each project is narrowed by its own inherent score ranges, because projects band scores differently: an empty list
 * means any score, and a project that is not a key of {@code projects} is not searched at all. Empty statuses, a
 * {@code null} owner and a {@code null} {@code reviewBefore} mean "any"; {@code reviewBefore} keeps the risks whose next
 * review date lies before that day (risks without one are left out).
 */
public record MultiProjectRiskQuery(Map<String, List<ScoreRange>> projects, Set<RiskStatus> statuses,
                                    String ownerKey, LocalDate reviewBefore, RiskSort sort, boolean descending,
                                    PageRequest page) {
    public MultiProjectRiskQuery {
        Map<String, List<ScoreRange>> copy = new LinkedHashMap<>();
        projects.forEach((key, ranges) -> copy.put(Objects.requireNonNull(key, "project key"), List.copyOf(ranges)));
        projects = Collections.unmodifiableMap(copy);
        statuses = Set.copyOf(statuses);
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
    }
}
