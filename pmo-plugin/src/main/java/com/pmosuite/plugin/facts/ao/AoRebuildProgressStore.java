package com.pmosuite.plugin.facts.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.pmosuite.facts.RebuildProgress;
import com.pmosuite.facts.RebuildProgressStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Optional;

/**
 * The walk checkpoint in Active Objects: one {@code FACT_WALK} row, replaced after every page. Walks are serialised
 * by the job lock, so only the very first save can meet another (it inserts; the loser's insert fails on the key).
 */
public final class AoRebuildProgressStore implements RebuildProgressStore {
    static final String WALK = "issue-facts";
    private static final String COLUMNS = "WALK_NAME, KIND, STATE, LAST_ISSUE_ID, SEEN, TOTAL, UPSERTED, "
            + "DELETED_COUNT, STARTED_AT, FINISHED_AT, MESSAGE";

    private final ActiveObjects ao;

    public AoRebuildProgressStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<RebuildProgress> current() {
        FactWalkEntity[] rows = ao.find(FactWalkEntity.class, Query.select(COLUMNS).where("WALK_NAME = ?", WALK));
        if (rows.length == 0) {
            return Optional.empty();
        }
        FactWalkEntity row = rows[0];
        return Optional.of(new RebuildProgress(RebuildProgress.Kind.valueOf(row.getKind()),
                RebuildProgress.State.valueOf(row.getState()), row.getLastIssueId(), row.getSeen(), row.getTotal(),
                row.getUpserted(), row.getDeletedCount(), Instant.ofEpochMilli(row.getStartedAt()),
                row.getFinishedAt() == null ? null : Instant.ofEpochMilli(row.getFinishedAt()),
                row.getMessage() == null ? "" : row.getMessage()));
    }

    @Override
    public void save(RebuildProgress progress) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(FactWalkEntity.class, "WALK_NAME = ?", WALK);
            ao.create(FactWalkEntity.class,
                    new DBParam("WALK_NAME", WALK),
                    new DBParam("KIND", progress.kind().name()),
                    new DBParam("STATE", progress.state().name()),
                    new DBParam("LAST_ISSUE_ID", progress.lastIssueId()),
                    new DBParam("SEEN", progress.seen()),
                    new DBParam("TOTAL", progress.total()),
                    new DBParam("UPSERTED", progress.upserted()),
                    new DBParam("DELETED_COUNT", progress.deleted()),
                    new DBParam("STARTED_AT", progress.startedAt().toEpochMilli()),
                    new DBParam("FINISHED_AT", progress.finishedAt() == null ? null
                            : progress.finishedAt().toEpochMilli()),
                    new DBParam("MESSAGE", progress.message()));
            return null;
        });
    }
}
