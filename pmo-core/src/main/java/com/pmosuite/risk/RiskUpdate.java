package com.pmosuite.risk;

import java.util.List;

/** A change to one stored risk made from the version the changer read: one row of an import that updates. */
public record RiskUpdate(long id, int expectedVersion, RiskFields fields, List<FieldChange> changes) {
    public RiskUpdate {
        changes = List.copyOf(changes);
    }
}
