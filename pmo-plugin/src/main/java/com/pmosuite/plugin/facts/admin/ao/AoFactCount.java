package com.pmosuite.plugin.facts.admin.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.pmosuite.plugin.facts.ao.IssueFactEntity;
import net.java.ao.Query;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * How many issue facts the table holds, tombstones left out: the figure the rebuild's progress shows beside the walk.
 * One {@code COUNT(*)} per call, which a progress poll every second or two can afford.
 */
public final class AoFactCount implements LongSupplier {
    private final ActiveObjects ao;

    public AoFactCount(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public long getAsLong() {
        return ao.count(IssueFactEntity.class, Query.select().where("DELETED = ?", false));
    }
}
