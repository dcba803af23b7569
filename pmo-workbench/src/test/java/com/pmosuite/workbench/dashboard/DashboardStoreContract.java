package com.pmosuite.workbench.dashboard;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.host.ao.UpgradeTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the workbench's dashboards keep: each user's items in order, each item's preferences replaced as a whole,
 * nobody reaching another user's items, and all of it still there after the database is closed and opened again.
 * Run on the HSQLDB file database the workbench uses by default and on PostgreSQL.
 */
abstract class DashboardStoreContract {
    private static final String HEAT_MAP = "com.pmosuite.pmo-plugin:risk-heat-map-item";
    private static final String HEALTH = "com.pmosuite.pmo-plugin:portfolio-health-item";

    private AoDatabase database;
    private DashboardStore store;

    /** A database that keeps its data when closed, opened on the same place each time. */
    abstract AoDatabase openDatabase();

    @BeforeEach
    void open() {
        database = openDatabase();
        store = storeOn(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static DashboardStore storeOn(AoDatabase database) {
        return new DashboardStore(() -> database.entityManager().getProvider().getConnection());
    }

    @Test
    void itemsComeBackInTheOrderTheyWereAddedWithoutPreferences() {
        DashboardStore.Item first = store.add("alice", HEAT_MAP);
        DashboardStore.Item second = store.add("alice", HEALTH);

        assertThat(store.items("alice")).containsExactly(first, second);
        assertThat(first.preferences()).isEmpty();
    }

    @Test
    void savingPreferencesReplacesThemAsAWhole() {
        DashboardStore.Item item = store.add("alice", HEAT_MAP);
        store.savePreferences("alice", item.id(), Map.of("project", "ALPHA", "assessment", "residual"));

        assertThat(store.savePreferences("alice", item.id(), Map.of("project", "BETA"))).isTrue();

        assertThat(store.item("alice", item.id()).orElseThrow().preferences()).isEqualTo(Map.of("project", "BETA"));
    }

    @Test
    void nobodyReadsChangesOrRemovesAnotherUsersItem() {
        DashboardStore.Item alices = store.add("alice", HEAT_MAP);
        store.savePreferences("alice", alices.id(), Map.of("project", "ALPHA"));

        assertThat(store.items("bob")).isEmpty();
        assertThat(store.item("bob", alices.id())).isEmpty();
        assertThat(store.savePreferences("bob", alices.id(), Map.of("project", "DELTA"))).isFalse();
        assertThat(store.remove("bob", alices.id())).isFalse();
        assertThat(store.item("alice", alices.id()).orElseThrow().preferences())
                .isEqualTo(Map.of("project", "ALPHA"));
    }

    @Test
    void removingAnItemRemovesItsPreferences() {
        DashboardStore.Item item = store.add("alice", HEAT_MAP);
        store.savePreferences("alice", item.id(), Map.of("project", "ALPHA"));

        assertThat(store.remove("alice", item.id())).isTrue();

        assertThat(store.items("alice")).isEmpty();
        assertThat(store.savePreferences("alice", item.id(), Map.of("project", "ALPHA"))).isFalse();
    }

    @Test
    void aDashboardHoldsAtMostTwentyItems() {
        for (int i = 0; i < DashboardStore.MAX_ITEMS; i++) {
            store.add("carol", HEAT_MAP);
        }

        assertThatThrownBy(() -> store.add("carol", HEAT_MAP)).isInstanceOf(DashboardStore.DashboardFullException.class);
        assertThat(store.items("carol")).hasSize(DashboardStore.MAX_ITEMS);
        assertThat(store.add("dave", HEAT_MAP)).as("another user's dashboard is not full").isNotNull();
    }

    @Test
    void dashboardsAndPreferencesSurviveClosingAndReopeningTheDatabase() {
        DashboardStore.Item item = store.add("alice", HEAT_MAP);
        store.savePreferences("alice", item.id(), Map.of("project", "ALPHA", "assessment", "inherent"));
        database.close();

        database = openDatabase();
        store = storeOn(database);

        assertThat(store.items("alice")).containsExactly(
                new DashboardStore.Item(item.id(), HEAT_MAP, Map.of("project", "ALPHA", "assessment", "inherent")));
        assertThat(store.add("alice", HEALTH).id()).as("ids keep rising after a restart").isGreaterThan(item.id());
    }

    /**
     * Active Objects migrates the plugin's tables in the same schema at every start, and drops what it finds there
     * that it did not declare where it can (a foreign key between the dashboard tables stopped the second start).
     */
    @Test
    void activeObjectsMigratingThePluginsTablesAtEveryStartLeavesTheDashboardsAlone() {
        DashboardStore.Item item = store.add("alice", HEAT_MAP);
        store.savePreferences("alice", item.id(), Map.of("project", "ALPHA"));
        new UpgradeTaskRunner(database.activeObjects(), "com.pmosuite.pmo-plugin").upgrade(List.of());
        database.close();

        database = openDatabase();
        store = storeOn(database);
        new UpgradeTaskRunner(database.activeObjects(), "com.pmosuite.pmo-plugin").upgrade(List.of());

        assertThat(store.item("alice", item.id()).orElseThrow().preferences()).isEqualTo(Map.of("project", "ALPHA"));
    }
}
