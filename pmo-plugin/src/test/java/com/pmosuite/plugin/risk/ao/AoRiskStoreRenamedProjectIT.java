package com.pmosuite.plugin.risk.ao;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;
import com.pmosuite.plugin.testsupport.TestProjects;
import com.pmosuite.risk.FieldChange;
import com.pmosuite.risk.Risk;
import com.pmosuite.risk.RiskMatrix;
import com.pmosuite.risk.RiskSettings;
import com.pmosuite.risk.SeverityBands;
import com.pmosuite.risk.VersionedRiskSettings;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.testkit.RiskDraftFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jira administrators can rename a project's key. The register, its settings and its history follow the project,
 * not the key: nothing seems to vanish after a rename.
 */
class AoRiskStoreRenamedProjectIT {
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private static final RiskSettings THREE_BY_THREE =
            new RiskSettings(RiskMatrix.THREE_BY_THREE, SeverityBands.defaultsFor(RiskMatrix.THREE_BY_THREE));

    private AoDatabase database;
    private TestProjects projects;
    private AoRiskStore store;
    private AoRiskSettingsStore settings;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabases.hsqldb();
        projects = new TestProjects();
        store = new AoRiskStore(database.activeObjects(), projects);
        settings = new AoRiskSettingsStore(database.activeObjects(), projects);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aRenamedProjectKeepsItsRisksUnderItsNewKey() {
        Risk risk = store.create("APOLLO", RiskDraftFixture.aThreat().withoutOwner().fields(), "alice", NOW);

        projects.rename("APOLLO", "ARTEMIS");

        assertThat(store.findByProject("ARTEMIS", Set.of())).extracting(Risk::id).containsExactly(risk.id());
        assertThat(store.find(risk.id()).orElseThrow().projectKey()).isEqualTo("ARTEMIS");
        assertThat(store.findByProject("APOLLO", Set.of())).extracting(Risk::projectKey).containsExactly("ARTEMIS");
    }

    @Test
    void aRenamedProjectKeepsItsScoringSettings() {
        settings.save("APOLLO", 0, THREE_BY_THREE, List.of(new FieldChange("scale", "5", "3")), "alice", NOW);

        projects.rename("APOLLO", "ARTEMIS");

        assertThat(settings.find("ARTEMIS")).contains(new VersionedRiskSettings(THREE_BY_THREE, 1));
        assertThat(settings.history("ARTEMIS")).extracting(AuditEntry::field).containsExactly("scale");
    }

    @Test
    void theHistoryOfADeletedRiskPointsToTheProjectsCurrentKey() {
        Risk risk = store.create("APOLLO", RiskDraftFixture.aThreat().withoutOwner().fields(), "alice", NOW);
        store.delete(risk.id(), OptionalInt.of(1), "alice", NOW.plusSeconds(1));

        projects.rename("APOLLO", "ARTEMIS");

        assertThat(store.projectOf(risk.id())).contains("ARTEMIS");
    }
}
