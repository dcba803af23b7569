package com.pmosuite.plugin.platform.ao.upgrade.v2;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.pmosuite.risk.RiskFields;
import com.pmosuite.risk.RiskKind;
import com.pmosuite.risk.RiskOrdering;
import com.pmosuite.risk.RiskStatus;
import com.pmosuite.shared.Names;
import net.java.ao.Query;

import java.util.List;

/**
 * Schema version 1 → 2: gives every risk the sort keys lists are ordered by in SQL ({@code SORT_TITLE},
 * {@code RESIDUAL_SCORE}, {@code STATUS_RANK}). AO adds the columns to an existing {@code RISK} table empty, so
 * the risks written before them (by the first release, or by version 1 before the columns existed) would sort as
 * if they had no title, score or status. Each key is computed by the core's rules ({@link RiskOrdering#titleKey},
 * {@link RiskFields#residualScore()}, {@link RiskOrdering#statusRank}), the same that the store applies on every
 * write, so SQL and {@link RiskOrdering} agree on old risks as on new ones.
 *
 * <p>Rows are read a page at a time in id order, and only the rows missing a key: a row that has all three is
 * never read or written. So a run that died halfway resumes where it stopped, and a run after a complete one
 * writes nothing.
 */
public final class RiskSortKeysUpgradeTask2 implements ActiveObjectsUpgradeTask {
    private static final int DEFAULT_PAGE_SIZE = 500;
    private static final String MISSING_A_KEY =
            "(SORT_TITLE IS NULL OR RESIDUAL_SCORE IS NULL OR STATUS_RANK IS NULL)";
    // What the keys are computed from; the rest of the row is never read.
    private static final String SOURCE_COLUMNS =
            "ID, TITLE, KIND, STATUS, PROBABILITY, IMPACT, RESIDUAL_PROBABILITY, RESIDUAL_IMPACT";

    private final int pageSize;

    public RiskSortKeysUpgradeTask2() {
        this(DEFAULT_PAGE_SIZE);
    }

    /** @param pageSize how many risks to read and write at a time (small in tests, to cross pages) */
    RiskSortKeysUpgradeTask2(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive: " + pageSize);
        }
        this.pageSize = pageSize;
    }

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(RiskEntityV2.class);
        int lastId = 0;
        while (true) {
            RiskEntityV2[] page = ao.find(RiskEntityV2.class, Query.select(SOURCE_COLUMNS)
                    .where("ID > ? AND " + MISSING_A_KEY, lastId).order("ID ASC").limit(pageSize));
            if (page.length == 0) {
                return;
            }
            ao.executeInTransaction(() -> {
                for (RiskEntityV2 row : page) {
                    fill(row);
                }
                return null;
            });
            // Moving on by id, not by "still missing", ends the loop even where a database stores an empty
            // title key as NULL (Oracle).
            lastId = page[page.length - 1].getID();
        }
    }

    private static void fill(RiskEntityV2 row) {
        RiskFields fields = keySources(row);
        row.setSortTitle(RiskOrdering.titleKey(fields.title()));
        row.setResidualScore(fields.residualScore());
        row.setStatusRank(RiskOrdering.statusRank(fields.status()));
        row.save();
    }

    /** The row as the core's fields, with what the keys depend on; a value the core cannot read is refused. */
    private static RiskFields keySources(RiskEntityV2 row) {
        RiskStatus status = Names.parse(RiskStatus.class, row.getStatus());
        RiskKind kind = Names.parse(RiskKind.class, row.getKind());
        if (status == null || kind == null) {
            throw new IllegalStateException("Risk " + row.getID() + " has a status (" + row.getStatus()
                    + ") or kind (" + row.getKind() + ") no release wrote; not guessing its sort keys");
        }
        return new RiskFields(row.getTitle(), null, null, null, null, kind, row.getProbability(), row.getImpact(),
                null, status, null, null, null, null, null, null, null, row.getResidualProbability(),
                row.getResidualImpact(), null, List.of());
    }
}
