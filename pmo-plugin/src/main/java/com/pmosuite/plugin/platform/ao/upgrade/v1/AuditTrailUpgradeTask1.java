package com.pmosuite.plugin.platform.ao.upgrade.v1;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Schema version 0 → 1: moves the risk history ({@code RISK_HISTORY}) into the audit history every kind of record
 * shares ({@code AUDIT_ENTRY}, type {@code "risk"}), keeping each risk's id, the order of its entries and every
 * value. Scoring settings gain a {@code VERSION} column, which AO adds by itself; rows saved before it read 0.
 *
 * <p>The copy goes page by page in id order, so a long history is never held in memory. Jira runs a task and the
 * record of its new model version in one transaction and retries the task when it failed, but databases that
 * commit on DDL (MySQL, HSQLDB) or a host that commits per page may leave part of a copy behind. So the task
 * resumes: the history is append-only and copied in id order, so the n entries of type "risk" already in the
 * audit table are the first n history rows; the task checks that the last of them matches and copies the rest.
 * Run again after it finished, it copies nothing. The old table is left in place: AO never drops a table it is no
 * longer given (only {@code migrateDestructively} would, together with every other table not named).
 */
public final class AuditTrailUpgradeTask1 implements ActiveObjectsUpgradeTask {
    static final String RISK = "risk";
    private static final int DEFAULT_PAGE_SIZE = 500;

    private final int pageSize;

    public AuditTrailUpgradeTask1() {
        this(DEFAULT_PAGE_SIZE);
    }

    /** @param pageSize how many history rows to read and write at a time (small in tests, to cross pages) */
    AuditTrailUpgradeTask1(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive: " + pageSize);
        }
        this.pageSize = pageSize;
    }

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("1");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(RiskHistoryEntityV0.class, AuditEntryEntityV1.class);
        int lastCopiedId = resumePoint(ao);
        while (true) {
            RiskHistoryEntityV0[] page = ao.find(RiskHistoryEntityV0.class, Query.select()
                    .where("ID > ?", lastCopiedId).order("ID ASC").limit(pageSize));
            if (page.length == 0) {
                return;
            }
            ao.executeInTransaction(() -> {
                for (RiskHistoryEntityV0 row : page) {
                    copy(ao, row);
                }
                return null;
            });
            lastCopiedId = page[page.length - 1].getID();
        }
    }

    /** The id of the last history row already copied, 0 when none was; refuses to guess when they disagree. */
    private static int resumePoint(ActiveObjects ao) {
        int copied = ao.count(AuditEntryEntityV1.class, Query.select().where("RECORD_TYPE = ?", RISK));
        if (copied == 0) {
            return 0;
        }
        RiskHistoryEntityV0[] source = ao.find(RiskHistoryEntityV0.class,
                Query.select().order("ID ASC").offset(copied - 1).limit(1));
        AuditEntryEntityV1[] target = ao.find(AuditEntryEntityV1.class,
                Query.select().where("RECORD_TYPE = ?", RISK).order("ID DESC").limit(1));
        if (source.length == 0 || !sameEntry(source[0], target[0])) {
            throw new IllegalStateException("The audit history holds " + copied + " risk entries that are not the"
                    + " first " + copied + " rows of the risk history; not copying anything more");
        }
        return source[0].getID();
    }

    private static boolean sameEntry(RiskHistoryEntityV0 source, AuditEntryEntityV1 target) {
        return source.getRiskId() == target.getRecordId() && source.getVersion() == target.getVersion()
                && source.getChangedAt() == target.getChangedAt()
                && source.getChangedBy().equals(target.getChangedBy())
                && source.getFieldName().equals(target.getFieldName())
                && Objects.equals(source.getOldValue(), target.getOldValue())
                && Objects.equals(source.getNewValue(), target.getNewValue());
    }

    private static void copy(ActiveObjects ao, RiskHistoryEntityV0 row) {
        List<DBParam> params = new ArrayList<>(List.of(
                new DBParam("RECORD_TYPE", RISK),
                new DBParam("RECORD_ID", (long) row.getRiskId()),
                new DBParam("PROJECT_ID", row.getProjectId()),
                new DBParam("PROJECT_KEY", row.getProjectKey()),
                new DBParam("VERSION", row.getVersion()),
                new DBParam("CHANGED_BY", row.getChangedBy()),
                new DBParam("CHANGED_AT", row.getChangedAt()),
                new DBParam("FIELD_NAME", row.getFieldName())));
        if (row.getOldValue() != null) {
            params.add(new DBParam("OLD_VALUE", row.getOldValue()));
        }
        if (row.getNewValue() != null) {
            params.add(new DBParam("NEW_VALUE", row.getNewValue()));
        }
        ao.create(AuditEntryEntityV1.class, params.toArray(DBParam[]::new));
    }
}
