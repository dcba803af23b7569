package com.pmosuite.compliance;

import java.util.List;

/** What a PMO admin submits for a standard set, not yet validated. */
public record StandardSetDraft(String name, String description, List<Long> standardIds, SetScope scope) {
}
