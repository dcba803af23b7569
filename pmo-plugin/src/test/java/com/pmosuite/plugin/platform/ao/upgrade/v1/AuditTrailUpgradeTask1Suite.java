package com.pmosuite.plugin.platform.ao.upgrade.v1;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.host.ao.UpgradeTaskRunner;
import com.pmosuite.plugin.risk.ao.AoRiskSettingsStore;
import com.pmosuite.plugin.risk.ao.AoRiskStore;
import com.pmosuite.plugin.testsupport.PluginEntities;
import com.pmosuite.plugin.testsupport.TestDatabases;
import com.pmosuite.plugin.testsupport.TestProjects;
import com.pmosuite.risk.RiskHistoryEntry;
import com.pmosuite.risk.RiskMatrix;
import com.pmosuite.risk.RiskSettings;
import com.pmosuite.risk.SeverityBands;
import com.pmosuite.risk.VersionedRiskSettings;
import com.pmosuite.testkit.RiskDraftFixture;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Schema version 0 → 1 on a database the first release created and filled: every risk's history reads back
 * identically through today's store, a second run changes nothing, and a copy that died halfway resumes without
 * duplicates. Subclasses give the database (HSQLDB, PostgreSQL).
 */
abstract class AuditTrailUpgradeTask1Suite {
    private static final String PLUGIN = TestDatabases.PLUGIN_KEY;
    private static final Instant T0 = Instant.parse("2026-01-05T08:00:00.001Z");
    private static final long APOLLO_ID = 10_000;
    private static final long GEMINI_ID = 10_001;
    /** Longer than any VARCHAR, with characters outside the BMP, as a description may be. */
    private static final String LONG_TEXT = "Überschwemmung 🌊 ".repeat(600);

    private AoDatabase database;
    private ActiveObjects ao;
    private TestProjects projects;
    private int deletedRisk;
    private int changedRisk;

    /** A new database with no tables at all. */
    protected abstract AoDatabase emptyDatabase();

    @BeforeEach
    void aDatabaseTheFirstReleaseCreatedAndFilled() {
        database = emptyDatabase();
        ao = database.activeObjects();
        projects = new TestProjects();
        assertThat(projects.idOf("APOLLO")).isEqualTo(APOLLO_ID);
        assertThat(projects.idOf("GEMINI")).isEqualTo(GEMINI_ID);
        Release0Writer release0 = new Release0Writer(ao);
        changedRisk = release0.create(APOLLO_ID, "APOLLO", "Supplier insolvency", "alice", T0);
        release0.change(changedRisk, "description", null, LONG_TEXT, "bob", T0.plusSeconds(60));
        release0.change(changedRisk, "title", "Supplier insolvency", "Supplier « insolvency »", "carol",
                T0.plusSeconds(120));
        deletedRisk = release0.create(GEMINI_ID, "GEMINI", "Data centre flood", "bob", T0.plusSeconds(180));
        release0.change(deletedRisk, "description", null, "", "bob", T0.plusSeconds(200));
        release0.delete(deletedRisk, "alice", T0.plusSeconds(240));
        for (int i = 0; i < 7; i++) {
            release0.create(APOLLO_ID, "APOLLO", "Risk " + i, "alice", T0.plusSeconds(300 + i));
        }
        release0.settings(GEMINI_ID, "GEMINI", 3, 3, 6, 9);
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    /** What the first release would have shown as each risk's history, read straight from its table. */
    private Map<Long, List<RiskHistoryEntry>> release0Histories() {
        return Arrays.stream(ao.find(RiskHistoryEntityV0.class, Query.select().order("ID ASC")))
                .map(h -> new RiskHistoryEntry(h.getRiskId(), h.getVersion(), h.getChangedBy(),
                        Instant.ofEpochMilli(h.getChangedAt()), h.getFieldName(), h.getOldValue(), h.getNewValue()))
                .collect(Collectors.groupingBy(RiskHistoryEntry::riskId, TreeMap::new, Collectors.toList()));
    }

    /** Does what Jira does when the new plugin version starts: upgrade tasks, then the declared entities. */
    private ModelVersion startTheNewRelease(ActiveObjectsUpgradeTask task) {
        ModelVersion reached = new UpgradeTaskRunner(ao, PLUGIN).upgrade(List.of(task));
        ao.migrate(PluginEntities.declared());
        return reached;
    }

    private List<String> auditRows() {
        return Arrays.stream(ao.find(AuditEntryEntityV1.class, Query.select().order("ID ASC")))
                .map(r -> r.getID() + "|" + r.getRecordType() + "|" + r.getRecordId() + "|" + r.getProjectId() + "|"
                        + r.getProjectKey() + "|" + r.getVersion() + "|" + r.getChangedBy() + "|"
                        + r.getChangedAt() + "|" + r.getFieldName() + "|" + r.getOldValue() + "|" + r.getNewValue())
                .toList();
    }

    @Test
    void everyHistoryEntryReadsBackIdenticallyThroughTheNewStore() {
        Map<Long, List<RiskHistoryEntry>> before = release0Histories();
        assertThat(before).hasSize(9);

        ModelVersion reached = startTheNewRelease(new AuditTrailUpgradeTask1(2));

        assertThat(reached.toString()).isEqualTo("1");
        AoRiskStore store = new AoRiskStore(ao, projects);
        before.forEach((riskId, history) -> assertThat(store.history(riskId)).as("risk %s", riskId)
                .isEqualTo(history));
        assertThat(store.history(changedRisk)).extracting(RiskHistoryEntry::newValue).contains(LONG_TEXT);
        assertThat(store.history(deletedRisk)).extracting(RiskHistoryEntry::field)
                .containsExactly("created", "description", "deleted");
        assertThat(store.projectOf(deletedRisk)).contains("GEMINI");
    }

    @Test
    void theHistoryOfAMigratedRiskGoesOnWhereItStopped() {
        startTheNewRelease(new AuditTrailUpgradeTask1());
        AoRiskStore store = new AoRiskStore(ao, projects);
        var risk = store.find(changedRisk).orElseThrow();

        store.update(changedRisk, 3, risk.fields().withLinkedIssueKeys(List.of("APOLLO-1")),
                List.of(new com.pmosuite.risk.FieldChange("linkedIssueKeys", null, "APOLLO-1")), "dave",
                T0.plusSeconds(900));
        var created = store.create("APOLLO", RiskDraftFixture.aThreat().withoutOwner().fields(), "erin",
                T0.plusSeconds(901));

        assertThat(store.history(changedRisk)).extracting(RiskHistoryEntry::version).containsExactly(1, 2, 3, 4);
        assertThat(store.history(created.id())).extracting(RiskHistoryEntry::field).containsExactly("created");
        store.delete(created.id(), OptionalInt.of(1), "erin", T0.plusSeconds(902));
        assertThat(store.projectOf(created.id())).contains("APOLLO");
    }

    @Test
    void settingsSavedByTheFirstReleaseReadAsVersionZeroAndCanBeChanged() {
        startTheNewRelease(new AuditTrailUpgradeTask1());
        AoRiskSettingsStore settings = new AoRiskSettingsStore(ao, projects);
        RiskSettings threeByThree = new RiskSettings(RiskMatrix.THREE_BY_THREE, new SeverityBands(3, 6, 9));
        assertThat(settings.find("GEMINI")).contains(new VersionedRiskSettings(threeByThree, 0));

        RiskSettings changed = new RiskSettings(RiskMatrix.THREE_BY_THREE, new SeverityBands(2, 6, 9));
        VersionedRiskSettings saved = settings.save("GEMINI", 0, changed,
                List.of(new com.pmosuite.risk.FieldChange("mediumFrom", "3", "2")), "alice", T0);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(settings.history("GEMINI")).singleElement().satisfies(e -> assertThat(e.field())
                .isEqualTo("mediumFrom"));
    }

    @Test
    void runningTheTaskAgainChangesNothing() {
        AuditTrailUpgradeTask1 task = new AuditTrailUpgradeTask1(3);
        startTheNewRelease(task);
        List<String> once = auditRows();
        assertThat(once).hasSize(release0Histories().values().stream().mapToInt(List::size).sum());

        task.upgrade(ModelVersion.valueOf("1"), ao);

        assertThat(auditRows()).isEqualTo(once);
    }

    @Test
    void theRunnerDoesNotRunTheTaskOnceTheStoredVersionIsOne() {
        startTheNewRelease(new AuditTrailUpgradeTask1());
        List<String> once = auditRows();

        ModelVersion reached = startTheNewRelease(new AuditTrailUpgradeTask1());

        assertThat(reached.toString()).isEqualTo("1");
        assertThat(auditRows()).isEqualTo(once);
    }

    @Test
    void aCopyThatDiedHalfwayResumesWithoutDuplicatesOrGaps() {
        Map<Long, List<RiskHistoryEntry>> before = release0Histories();
        // A host that commits each page (or a database that commits on DDL) keeps the pages copied before the crash.
        ActiveObjects dying = new FailingAfterCreates(ao, AuditEntryEntityV1.class, 5);
        assertThatThrownBy(() -> new AuditTrailUpgradeTask1(2).upgrade(ModelVersion.valueOf("0"), dying))
                .hasMessageContaining("died");
        assertThat(auditRows()).hasSize(4);

        startTheNewRelease(new AuditTrailUpgradeTask1(2));

        AoRiskStore store = new AoRiskStore(ao, projects);
        before.forEach((riskId, history) -> assertThat(store.history(riskId)).as("risk %s", riskId)
                .isEqualTo(history));
        assertThat(auditRows()).hasSize(before.values().stream().mapToInt(List::size).sum());
    }

    @Test
    void aFailedUpgradeKeepsModelVersionZeroAndSucceedsNextTime() {
        ActiveObjects dying = new FailingAfterCreates(ao, AuditEntryEntityV1.class, 5);
        assertThatThrownBy(() -> new UpgradeTaskRunner(dying, PLUGIN).upgrade(List.of(new AuditTrailUpgradeTask1(2))))
                .hasMessageContaining("died");
        assertThat(new UpgradeTaskRunner(ao, PLUGIN).storedVersion().toString()).isEqualTo("0");

        startTheNewRelease(new AuditTrailUpgradeTask1(2));

        AoRiskStore store = new AoRiskStore(ao, projects);
        release0Histories().forEach((riskId, history) -> assertThat(store.history(riskId)).as("risk %s", riskId)
                .isEqualTo(history));
    }

    @Test
    void anAuditHistoryThatDoesNotMatchTheRiskHistoryIsNotGuessedAt() {
        ao.migrate(AuditEntryEntityV1.class);
        ao.create(AuditEntryEntityV1.class, new DBParam("RECORD_TYPE", "risk"), new DBParam("RECORD_ID", 999L),
                new DBParam("VERSION", 1), new DBParam("CHANGED_BY", "x"), new DBParam("CHANGED_AT", 1L),
                new DBParam("FIELD_NAME", "created"));

        assertThatThrownBy(() -> new AuditTrailUpgradeTask1().upgrade(ModelVersion.valueOf("0"), ao))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not the first 1 rows");
    }

    /** The real facade, except that the n-th create of one entity type fails as if the server died there. */
    private static final class FailingAfterCreates implements ActiveObjects {
        private final ActiveObjects real;
        private final Class<?> type;
        private final int failAt;
        private final AtomicInteger creates = new AtomicInteger();

        FailingAfterCreates(ActiveObjects real, Class<?> type, int failAt) {
            this.real = real;
            this.type = type;
            this.failAt = failAt;
        }

        @Override
        @SafeVarargs
        public final void migrate(Class<? extends RawEntity<?>>... entities) {
            real.migrate(entities);
        }

        @Override
        public void flushAll() {
            real.flushAll();
        }

        @Override
        public <T extends RawEntity<K>, K> T get(Class<T> t, K key) {
            return real.get(t, key);
        }

        @Override
        public <T extends RawEntity<K>, K> T create(Class<T> t, DBParam... params) {
            if (t == type && creates.incrementAndGet() == failAt) {
                throw new IllegalStateException("The server died here");
            }
            return real.create(t, params);
        }

        @Override
        public <T extends RawEntity<K>, K> T create(Class<T> t, Map<String, Object> params) {
            return real.create(t, params);
        }

        @Override
        public void delete(RawEntity<?>... entities) {
            real.delete(entities);
        }

        @Override
        public <K> int deleteWithSQL(Class<? extends RawEntity<K>> t, String criteria, Object... parameters) {
            return real.deleteWithSQL(t, criteria, parameters);
        }

        @Override
        public <T extends RawEntity<K>, K> T[] find(Class<T> t, String criteria, Object... parameters) {
            return real.find(t, criteria, parameters);
        }

        @Override
        public <T extends RawEntity<K>, K> T[] find(Class<T> t, Query query) {
            return real.find(t, query);
        }

        @Override
        public <K> int count(Class<? extends RawEntity<K>> t, String criteria, Object... parameters) {
            return real.count(t, criteria, parameters);
        }

        @Override
        public <K> int count(Class<? extends RawEntity<K>> t, Query query) {
            return real.count(t, query);
        }

        @Override
        public <T> T executeInTransaction(TransactionCallback<T> callback) {
            return real.executeInTransaction(callback);
        }
    }
}
