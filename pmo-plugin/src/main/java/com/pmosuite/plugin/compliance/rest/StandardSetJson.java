package com.pmosuite.plugin.compliance.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;

import java.util.List;

/**
 * A standard set as read and as {@code POST}/{@code PUT /compliance/sets} take it (with the {@code version} read for
 * a change): its standards in order, and the projects it applies to by portfolio, project category or project id.
 * {@code id}, {@code updatedBy}, {@code updatedByName} and {@code updatedAt} are ignored on input.
 */
public record StandardSetJson(Long id, String name, String description, List<Long> standardIds, ScopeJson scope,
                              Integer version, String updatedBy, String updatedByName, String updatedAt)
        implements JsonBody {

    /** Where a set applies; a project matched more than one way is checked once. */
    public record ScopeJson(List<Long> portfolioIds, List<Long> categoryIds, List<Long> projectIds)
            implements JsonBody {
    }
}
