package com.pmosuite.plugin.platform.audit.ao;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.risk.ao.AoRiskSettingsStore;
import com.pmosuite.plugin.risk.ao.AoRiskStore;
import com.pmosuite.plugin.testsupport.TestDatabases;
import com.pmosuite.plugin.testsupport.TestProjects;
import com.pmosuite.risk.FieldChange;
import com.pmosuite.risk.Risk;
import com.pmosuite.risk.RiskHistoryEntry;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Risks and scoring settings share one audit table, and ids are only unique within a kind of record: in a fresh
 * database the first risk and the first project's settings both have id 1. Each history holds only its own kind.
 */
class AoAuditTrailIT {
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private AoDatabase database;
    private AoRiskStore risks;
    private AoRiskSettingsStore settings;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabases.hsqldb();
        TestProjects projects = new TestProjects();
        risks = new AoRiskStore(database.activeObjects(), projects);
        settings = new AoRiskSettingsStore(database.activeObjects(), projects);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aRiskAndSettingsWithTheSameIdKeepTheirHistoriesApart() {
        Risk risk = risks.create("APOLLO", RiskDraftFixture.aThreat().withoutOwner().fields(), "alice", NOW);
        settings.save("APOLLO", 0, new RiskSettings(RiskMatrix.FIVE_BY_FIVE, new SeverityBands(4, 10, 20)),
                List.of(new FieldChange("mediumFrom", "5", "4")), "bob", NOW);
        List<AuditEntry> settingsHistory = settings.history("APOLLO");
        assertThat(settingsHistory.get(0).entityId()).as("both are the first of their kind").isEqualTo(risk.id());

        assertThat(risks.history(risk.id())).extracting(RiskHistoryEntry::field)
                .containsExactly(RiskHistoryEntry.CREATED);
        assertThat(settingsHistory).extracting(AuditEntry::entityType, AuditEntry::field)
                .containsExactly(org.assertj.core.api.Assertions.tuple(VersionedRiskSettings.ENTITY_TYPE,
                        "mediumFrom"));
    }
}
