package com.pmosuite.risk.contract;

import com.pmosuite.risk.FieldChange;
import com.pmosuite.risk.RiskChanges;
import com.pmosuite.risk.RiskMatrix;
import com.pmosuite.risk.RiskSettings;
import com.pmosuite.risk.RiskSettingsStore;
import com.pmosuite.risk.SeverityBands;
import com.pmosuite.risk.VersionedRiskSettings;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.StaleVersion;
import com.pmosuite.testkit.InMemoryPeople;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What every {@link RiskSettingsStore} must do. A store proves it by a test class that extends this one and returns
 * the store under test from {@link #store()}: the same instance for the whole of one test, holding no settings when
 * the test starts. Every instant is a whole millisecond because databases keep no more.
 */
public abstract class RiskSettingsStoreContract {
    protected static final String PROJECT = "APOLLO";
    protected static final String OTHER_PROJECT = "GEMINI";

    private static final String ALICE = InMemoryPeople.ALICE.key();
    private static final String BOB = InMemoryPeople.BOB.key();
    private static final Instant FIRST = Instant.parse("2026-03-02T09:30:00.123Z");
    private static final Instant SECOND = Instant.parse("2026-03-03T14:05:30.456Z");
    private static final RiskSettings THREE_BY_THREE =
            new RiskSettings(RiskMatrix.THREE_BY_THREE, SeverityBands.defaultsFor(RiskMatrix.THREE_BY_THREE));
    private static final RiskSettings STRICT_FIVE =
            new RiskSettings(RiskMatrix.FIVE_BY_FIVE, new SeverityBands(3, 8, 15));

    /** The store under test; the same instance on every call within one test. */
    protected abstract RiskSettingsStore store();

    private VersionedRiskSettings save(String project, int expected, RiskSettings from, RiskSettings to,
                                       String actor, Instant at) {
        List<FieldChange> changes = RiskChanges.between(from, to);
        return store().save(project, expected, to, changes, actor, at);
    }

    @Test
    void aProjectThatNeverSavedSettingsHasNone() {
        assertThat(store().find(PROJECT)).isEmpty();
        assertThat(store().history(PROJECT)).isEmpty();
    }

    @Test
    void theFirstSaveFromVersionZeroStoresVersionOne() {
        VersionedRiskSettings saved = save(PROJECT, 0, RiskSettings.DEFAULT, THREE_BY_THREE, ALICE, FIRST);

        assertThat(saved).isEqualTo(new VersionedRiskSettings(THREE_BY_THREE, 1));
        assertThat(store().find(PROJECT)).contains(saved);
    }

    @Test
    void eachSaveBumpsTheVersionByOne() {
        save(PROJECT, 0, RiskSettings.DEFAULT, THREE_BY_THREE, ALICE, FIRST);

        VersionedRiskSettings saved = save(PROJECT, 1, THREE_BY_THREE, STRICT_FIVE, BOB, SECOND);

        assertThat(saved).isEqualTo(new VersionedRiskSettings(STRICT_FIVE, 2));
        assertThat(store().find(PROJECT)).contains(saved);
    }

    @Test
    void aSaveFromAStaleVersionThrowsStaleVersionCarryingTheStoredSettings() {
        save(PROJECT, 0, RiskSettings.DEFAULT, THREE_BY_THREE, ALICE, FIRST);

        assertThatThrownBy(() -> save(PROJECT, 0, RiskSettings.DEFAULT, STRICT_FIVE, BOB, SECOND))
                .isInstanceOfSatisfying(StaleVersion.class, e -> assertThat(e.current())
                        .isEqualTo(new VersionedRiskSettings(THREE_BY_THREE, 1)));
        assertThat(store().find(PROJECT)).contains(new VersionedRiskSettings(THREE_BY_THREE, 1));
        assertThat(store().history(PROJECT)).extracting(AuditEntry::actorKey).containsOnly(ALICE);
    }

    @Test
    void aSaveFromAVersionNotYetReachedIsStaleToo() {
        assertThatThrownBy(() -> save(PROJECT, 3, RiskSettings.DEFAULT, STRICT_FIVE, BOB, SECOND))
                .isInstanceOfSatisfying(StaleVersion.class, e -> assertThat(e.current())
                        .isEqualTo(VersionedRiskSettings.NEVER_SAVED));
        assertThat(store().find(PROJECT)).isEmpty();
        assertThat(store().history(PROJECT)).isEmpty();
    }

    @Test
    void eachSaveRecordsItsChangesAsAuditEntriesOfTheNewVersion() {
        save(PROJECT, 0, RiskSettings.DEFAULT, THREE_BY_THREE, ALICE, FIRST);
        save(PROJECT, 1, THREE_BY_THREE, STRICT_FIVE, BOB, SECOND);

        List<AuditEntry> history = store().history(PROJECT);

        assertThat(history).extracting(AuditEntry::entityType).containsOnly(VersionedRiskSettings.ENTITY_TYPE);
        assertThat(history).extracting(AuditEntry::entityId).containsOnly(history.get(0).entityId());
        assertThat(history).extracting(AuditEntry::version, AuditEntry::actorKey, AuditEntry::at, AuditEntry::field,
                AuditEntry::oldValue, AuditEntry::newValue).containsExactly(
                tuple(1, ALICE, FIRST, "scale", "5", "3"),
                tuple(1, ALICE, FIRST, "mediumFrom", "5", "3"),
                tuple(1, ALICE, FIRST, "highFrom", "10", "6"),
                tuple(1, ALICE, FIRST, "criticalFrom", "20", "9"),
                tuple(2, BOB, SECOND, "scale", "3", "5"),
                tuple(2, BOB, SECOND, "highFrom", "6", "8"),
                tuple(2, BOB, SECOND, "criticalFrom", "9", "15"));
    }

    @Test
    void projectsKeepTheirOwnSettingsAndHistories() {
        save(PROJECT, 0, RiskSettings.DEFAULT, THREE_BY_THREE, ALICE, FIRST);
        save(OTHER_PROJECT, 0, RiskSettings.DEFAULT, STRICT_FIVE, BOB, SECOND);

        assertThat(store().find(PROJECT)).contains(new VersionedRiskSettings(THREE_BY_THREE, 1));
        assertThat(store().find(OTHER_PROJECT)).contains(new VersionedRiskSettings(STRICT_FIVE, 1));
        assertThat(store().history(PROJECT)).extracting(AuditEntry::actorKey).containsOnly(ALICE);
        assertThat(store().history(OTHER_PROJECT)).extracting(AuditEntry::actorKey).containsOnly(BOB);
        assertThat(store().history(PROJECT).get(0).entityId())
                .isNotEqualTo(store().history(OTHER_PROJECT).get(0).entityId());
    }
}
