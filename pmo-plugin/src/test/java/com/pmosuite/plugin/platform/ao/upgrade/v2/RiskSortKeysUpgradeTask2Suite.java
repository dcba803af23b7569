package com.pmosuite.plugin.platform.ao.upgrade.v2;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.host.ao.UpgradeTaskRunner;
import com.pmosuite.plugin.platform.ao.upgrade.v1.AuditTrailUpgradeTask1;
import com.pmosuite.plugin.platform.ao.upgrade.v1.Release0Schema;
import com.pmosuite.plugin.platform.ao.upgrade.v1.Release0Schema.RiskV0;
import com.pmosuite.plugin.risk.ao.AoRiskStore;
import com.pmosuite.plugin.testsupport.PluginEntities;
import com.pmosuite.plugin.testsupport.TestDatabases;
import com.pmosuite.plugin.testsupport.TestProjects;
import com.pmosuite.risk.Risk;
import com.pmosuite.risk.RiskOrdering;
import com.pmosuite.risk.RiskQuery;
import com.pmosuite.risk.RiskSort;
import com.pmosuite.shared.PageRequest;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Schema versions 0 → 1 → 2 on a database the first release created and filled: afterwards lists sorted by title,
 * status and residual score in SQL come out in the order {@link RiskOrdering} gives in memory, nothing but the sort
 * keys changed, a second run writes nothing, and a fill that died halfway finishes next time. Subclasses give the
 * database (HSQLDB, PostgreSQL).
 */
abstract class RiskSortKeysUpgradeTask2Suite {
    private static final String PLUGIN = TestDatabases.PLUGIN_KEY;
    private static final Instant T0 = Instant.parse("2026-01-05T08:00:00.001Z");
    private static final long APOLLO_ID = 10_000;
    private static final long GEMINI_ID = 10_001;
    private static final List<RiskSort> SORTS_BY_STORED_KEY =
            List.of(RiskSort.TITLE, RiskSort.STATUS, RiskSort.RESIDUAL_SCORE);
    private static final int APOLLO_RISKS = 14;

    private AoDatabase database;
    private ActiveObjects ao;
    private TestProjects projects;

    /** A new database with no tables at all. */
    protected abstract AoDatabase emptyDatabase();

    @BeforeEach
    void aDatabaseTheFirstReleaseCreatedAndFilled() {
        database = emptyDatabase();
        ao = database.activeObjects();
        projects = new TestProjects();
        assertThat(projects.idOf("APOLLO")).isEqualTo(APOLLO_ID);
        assertThat(projects.idOf("GEMINI")).isEqualTo(GEMINI_ID);
        ao.migrate(Release0Schema.entities());
        // Titles that differ only in case or accents, punctuation only (AO refuses an empty or blank one), two of
        // the longest a title column holds with equal keys (ordered by id); every status; residual assessments
        // whole, partial (sorted by the inherent score) and missing.
        release0Risk(APOLLO_ID, "Supplier insolvency", "threat", "open", 3, 3, null, null);
        release0Risk(APOLLO_ID, "supplier insolvency", "threat", "responding", 4, 2, 2, 2);
        release0Risk(APOLLO_ID, "Éclair shortage", "threat", "monitoring", 5, 5, 1, 1);
        release0Risk(APOLLO_ID, "eclair shortage", "opportunity", "closed", 2, 2, null, null);
        release0Risk(APOLLO_ID, "Zebra crossing", "threat", "occurred", 1, 1, null, 3);
        release0Risk(APOLLO_ID, " ...", "threat", "open", 2, 3, 3, null);
        release0Risk(APOLLO_ID, "-", "threat", "open", 1, 5, 5, 1);
        release0Risk(APOLLO_ID, "İstanbul office", "threat", "monitoring", 4, 4, 2, 3);
        release0Risk(APOLLO_ID, "a".repeat(254) + "B", "threat", "responding", 3, 4, 3, 4);
        release0Risk(APOLLO_ID, "A".repeat(254) + "b", "opportunity", "open", 3, 4, null, null);
        release0Risk(APOLLO_ID, "123 budget", "threat", "closed", 5, 1, 1, 1);
        release0Risk(APOLLO_ID, "Ærøskøbing ferry", "threat", "responding", 2, 5, 2, 2);
        release0Risk(APOLLO_ID, "zebra", "threat", "open", 3, 3, 1, 2);
        release0Risk(APOLLO_ID, "ZEBRA", "opportunity", "monitoring", 2, 4, 4, 2);
        release0Risk(GEMINI_ID, "Aardvark", "threat", "open", 5, 5, null, null);
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    /** A risk row as the first release's store wrote it (the columns that matter here). */
    private void release0Risk(long projectId, String title, String kind, String status, int probability, int impact,
                              Integer residualProbability, Integer residualImpact) {
        String projectKey = projectId == APOLLO_ID ? "APOLLO" : "GEMINI";
        RiskV0 risk = ao.create(RiskV0.class,
                new DBParam("PROJECT_ID", projectId), new DBParam("PROJECT_KEY", projectKey),
                new DBParam("TITLE", title), new DBParam("KIND", kind), new DBParam("STATUS", status),
                new DBParam("CREATED_BY", "alice"), new DBParam("CREATED_AT", T0.toEpochMilli()),
                new DBParam("UPDATED_BY", "alice"), new DBParam("UPDATED_AT", T0.toEpochMilli()),
                new DBParam("VERSION", 1));
        risk.setProbability(probability);
        risk.setImpact(impact);
        risk.setScore(probability * impact);
        risk.setResidualProbability(residualProbability);
        risk.setResidualImpact(residualImpact);
        risk.save();
    }

    /** Does what Jira does when the new plugin version starts: upgrade tasks in order, then the declared entities. */
    private ModelVersion startTheNewRelease(ActiveObjects facade, int pageSize) {
        List<ActiveObjectsUpgradeTask> tasks = List.of(new RiskSortKeysUpgradeTask2(pageSize),
                new AuditTrailUpgradeTask1());
        ModelVersion reached = new UpgradeTaskRunner(facade, PLUGIN).upgrade(tasks);
        ao.migrate(PluginEntities.declared());
        return reached;
    }

    /** Every page of a list sorted in SQL, read a few risks at a time. */
    private static List<Long> pagedIds(AoRiskStore store, RiskSort sort, boolean descending) {
        List<Long> ids = new ArrayList<>();
        for (int offset = 0; offset < APOLLO_RISKS; offset += 4) {
            store.search(new RiskQuery("APOLLO", Set.of(), List.of(), null, sort, descending,
                    new PageRequest(offset, 4))).items().forEach(risk -> ids.add(risk.id()));
        }
        return ids;
    }

    private void assertListsSortInSqlAsRiskOrderingDoes() {
        AoRiskStore store = new AoRiskStore(ao, projects);
        List<Risk> all = store.findByProject("APOLLO", Set.of());
        assertThat(all).hasSize(APOLLO_RISKS);
        for (RiskSort sort : SORTS_BY_STORED_KEY) {
            for (boolean descending : List.of(false, true)) {
                List<Long> inMemory = all.stream().sorted(RiskOrdering.of(sort, descending)).map(Risk::id).toList();
                assertThat(pagedIds(store, sort, descending)).as("%s %s", sort, descending ? "desc" : "asc")
                        .isEqualTo(inMemory);
            }
        }
    }

    /** The sort keys and what a write would change, row by row. */
    private List<String> riskRows() {
        return Arrays.stream(ao.find(RiskEntityV2.class, Query.select().order("ID ASC")))
                .map(r -> r.getID() + "|" + r.getSortTitle() + "|" + r.getResidualScore() + "|" + r.getStatusRank()
                        + "|" + r.getVersion() + "|" + r.getUpdatedBy() + "|" + r.getUpdatedAt())
                .toList();
    }

    /** Every column the first release wrote. */
    private List<String> release0Rows() {
        return Arrays.stream(ao.find(RiskV0.class, Query.select().order("ID ASC")))
                .map(r -> String.join("|", String.valueOf(r.getID()), String.valueOf(r.getProjectId()),
                        r.getProjectKey(), r.getTitle(), r.getKind(), r.getStatus(), r.getProbability() + "",
                        r.getImpact() + "", r.getScore() + "", r.getResidualProbability() + "",
                        r.getResidualImpact() + "", r.getCreatedBy(), r.getCreatedAt() + "", r.getUpdatedBy(),
                        r.getUpdatedAt() + "", r.getVersion() + ""))
                .toList();
    }

    private int risksWithAllKeys() {
        return ao.count(RiskEntityV2.class, Query.select()
                .where("SORT_TITLE IS NOT NULL AND RESIDUAL_SCORE IS NOT NULL AND STATUS_RANK IS NOT NULL"));
    }

    @Test
    void listsSortedInSqlByTitleStatusAndResidualScoreFollowRiskOrdering() {
        ModelVersion reached = startTheNewRelease(ao, 3);

        assertThat(reached.toString()).isEqualTo("2");
        assertListsSortInSqlAsRiskOrderingDoes();
    }

    @Test
    void theKeysAreTheOnesTheStoreWritesForTheSameFields() {
        startTheNewRelease(ao, 500);
        AoRiskStore store = new AoRiskStore(ao, projects);
        List<String> upgraded = riskRows();

        // Saving each risk unchanged through today's store writes the keys the way every new write does.
        for (Risk risk : store.findByProject("APOLLO", Set.of())) {
            store.update(risk.id(), risk.version(), risk.fields(), List.of(), "bob", T0.plusSeconds(60));
        }

        List<String> rewritten = riskRows();
        for (int i = 0; i < upgraded.size(); i++) {
            assertThat(keysOf(rewritten.get(i))).isEqualTo(keysOf(upgraded.get(i)));
        }
    }

    private static String keysOf(String row) {
        String[] columns = row.split("\\|", -1);
        return columns[0] + "|" + columns[1] + "|" + columns[2] + "|" + columns[3];
    }

    @Test
    void nothingButTheSortKeysChanges() {
        List<String> before = release0Rows();

        startTheNewRelease(ao, 4);

        assertThat(release0Rows()).isEqualTo(before);
        assertThat(risksWithAllKeys()).isEqualTo(APOLLO_RISKS + 1);
    }

    @Test
    void runningTheTaskAgainChangesNothing() {
        startTheNewRelease(ao, 3);
        List<String> once = riskRows();
        assertThat(risksWithAllKeys()).isEqualTo(once.size());
        AtomicInteger writes = new AtomicInteger();

        new RiskSortKeysUpgradeTask2(3).upgrade(ModelVersion.valueOf("2"), counting(ao, writes));

        assertThat(riskRows()).isEqualTo(once);
        assertThat(writes).as("rows read for writing").hasValue(0);
    }

    @Test
    void theRunnerDoesNotRunTheTaskOnceTheStoredVersionIsTwo() {
        startTheNewRelease(ao, 3);
        List<String> once = riskRows();

        ModelVersion reached = startTheNewRelease(ao, 3);

        assertThat(reached.toString()).isEqualTo("2");
        assertThat(riskRows()).isEqualTo(once);
    }

    @Test
    void aFillThatDiedHalfwayFinishesNextTime() {
        // A host that commits each page (or a database that commits on DDL) keeps the pages filled before the crash.
        ActiveObjects dying = dyingAtPageRead(ao, 3);
        assertThatThrownBy(() -> new RiskSortKeysUpgradeTask2(2).upgrade(ModelVersion.valueOf("1"), dying))
                .hasMessageContaining("died");
        assertThat(risksWithAllKeys()).isEqualTo(4);

        startTheNewRelease(ao, 2);

        assertThat(risksWithAllKeys()).isEqualTo(APOLLO_RISKS + 1);
        assertListsSortInSqlAsRiskOrderingDoes();
    }

    @Test
    void anUpgradeThatFailedInVersionTwoKeepsVersionOneAndFinishesNextTime() {
        assertThatThrownBy(() -> startTheNewRelease(dyingAtPageRead(ao, 2), 2)).hasMessageContaining("died");
        assertThat(new UpgradeTaskRunner(ao, PLUGIN).storedVersion().toString()).isEqualTo("1");

        ModelVersion reached = startTheNewRelease(ao, 2);

        assertThat(reached.toString()).isEqualTo("2");
        assertListsSortInSqlAsRiskOrderingDoes();
    }

    @Test
    void aStatusNoReleaseWroteIsNotGuessedAt() {
        release0Risk(APOLLO_ID, "Odd one", "threat", "someday", 1, 1, null, null);

        assertThatThrownBy(() -> new RiskSortKeysUpgradeTask2().upgrade(ModelVersion.valueOf("1"), ao))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("someday");
    }

    /** The real facade, except that the n-th page read of risks fails as if the server died there. */
    private static ActiveObjects dyingAtPageRead(ActiveObjects real, int failAt) {
        AtomicInteger reads = new AtomicInteger();
        return watched(real, (method, args, result) -> {
            if (method.equals("find") && args[0] == RiskEntityV2.class && reads.incrementAndGet() == failAt) {
                throw new IllegalStateException("The server died here");
            }
        }, (method, args, result) -> { });
    }

    /** The real facade, counting the risk rows its finds return (the task writes only rows it has read). */
    private static ActiveObjects counting(ActiveObjects real, AtomicInteger rowsRead) {
        return watched(real, (method, args, result) -> { }, (method, args, result) -> {
            if (method.equals("find") && args[0] == RiskEntityV2.class) {
                rowsRead.addAndGet(((Object[]) result).length);
            }
        });
    }

    private interface Call {
        void seen(String method, Object[] args, Object result);
    }

    private static ActiveObjects watched(ActiveObjects real, Call before, Call after) {
        return (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(),
                new Class<?>[]{ActiveObjects.class}, (proxy, method, args) -> {
                    Object[] given = args == null ? new Object[0] : args;
                    before.seen(method.getName(), given, null);
                    Object result;
                    try {
                        result = method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    after.seen(method.getName(), given, result);
                    return result;
                });
    }
}
