package com.pmosuite.compliance.scan.contract;

import com.pmosuite.compliance.scan.ComplianceSettings;
import com.pmosuite.compliance.scan.ComplianceSettingsStore;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.StaleVersion;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What every {@link ComplianceSettingsStore} must do. A store proves it by a test class that extends this one and
 * returns the store under test from {@link #store()}, never saved when the test starts.
 */
public abstract class ComplianceSettingsStoreContract {
    private static final Instant AT = Instant.parse("2026-03-02T09:30:00.123Z");

    protected abstract ComplianceSettingsStore store();

    @Test
    void neverSavedSettingsAreTheDefaultsAtVersionZero() {
        assertThat(store().current()).isEqualTo(ComplianceSettings.DEFAULT);
        assertThat(store().current().version()).isZero();
        assertThat(store().history()).isEmpty();
    }

    @Test
    void savedSettingsReadBackAtTheNextVersion() {
        ComplianceSettings saved = store().save(0, ComplianceSettings.validated(60, 95, 80, 200), "pmo", AT);

        assertThat(saved).isEqualTo(new ComplianceSettings(60, 95, 80, 200, 1));
        assertThat(store().current()).isEqualTo(saved);
    }

    @Test
    void aSaveFromAnOlderVersionIsRefusedWithTheCurrentSettings() {
        ComplianceSettings saved = store().save(0, ComplianceSettings.validated(60, 95, 80, 200), "pmo", AT);

        assertThatThrownBy(() -> store().save(0, ComplianceSettings.validated(30, 90, 75, 50), "admin", AT))
                .isInstanceOfSatisfying(StaleVersion.class, stale -> assertThat(stale.current()).isEqualTo(saved));
        assertThat(store().current()).isEqualTo(saved);
    }

    @Test
    void savingTheSameValuesChangesNothing() {
        ComplianceSettings saved = store().save(0, ComplianceSettings.validated(60, 95, 80, 200), "pmo", AT);

        assertThat(store().save(1, ComplianceSettings.validated(60, 95, 80, 200), "admin", AT)).isEqualTo(saved);
        assertThat(store().history()).hasSize(4);
    }

    @Test
    void everyChangedValueIsALineInTheHistory() {
        store().save(0, ComplianceSettings.validated(60, 90, 75, 50), "pmo", AT);
        store().save(1, ComplianceSettings.validated(60, 95, 80, 50), "admin", AT.plusSeconds(60));

        assertThat(store().history()).allSatisfy(e -> assertThat(e.entityType())
                        .isEqualTo(ComplianceSettings.ENTITY_TYPE))
                .extracting(AuditEntry::version, AuditEntry::actorKey, AuditEntry::at, AuditEntry::field,
                        AuditEntry::oldValue, AuditEntry::newValue)
                .containsExactly(
                        tuple(1, "pmo", AT, "scanIntervalMinutes", "1440", "60"),
                        tuple(2, "admin", AT.plusSeconds(60), "greenPercent", "90", "95"),
                        tuple(2, "admin", AT.plusSeconds(60), "amberPercent", "75", "80"));
    }
}
