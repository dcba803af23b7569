package com.pmosuite.facts;

import java.util.List;

/**
 * One slice of the change log of the issue-facts table, in stamp order: what an in-memory view applies to catch up.
 *
 * @param upserted facts written since the asked stamp (their latest state)
 * @param deleted  ids of facts deleted since the asked stamp
 * @param stamp    the stamp this slice reaches; ask from here for the next slice
 * @param more     whether further changes follow this slice
 */
public record FactChanges(List<IssueFact> upserted, List<Long> deleted, long stamp, boolean more) {
    public FactChanges {
        upserted = List.copyOf(upserted);
        deleted = List.copyOf(deleted);
    }
}
