package com.pmosuite.compliance;

import java.util.Set;

/**
 * The projects a standard set applies to: those in any of these portfolios, in any of these project categories, or
 * named here. A project matched more than one way is checked once.
 */
public record SetScope(Set<Long> portfolioIds, Set<Long> categoryIds, Set<Long> projectIds) {
    public static final SetScope NONE = new SetScope(Set.of(), Set.of(), Set.of());

    public SetScope {
        portfolioIds = Set.copyOf(portfolioIds);
        categoryIds = Set.copyOf(categoryIds);
        projectIds = Set.copyOf(projectIds);
    }
}
