package com.pmosuite.plugin.platform.settings.ao;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.platform.settings.PmoSettings;
import com.pmosuite.plugin.testsupport.TestDatabases;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.StaleVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The PMO settings on a real database: the default until saved, versioned, every change in the audit history. */
class AoPmoSettingsIT {
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private AoDatabase database;

    private AoPmoSettings on(String kind) {
        Supplier<AoDatabase> open = "postgres".equals(kind) ? TestDatabases::postgres : TestDatabases::hsqldb;
        database = open.get();
        return new AoPmoSettings(database.activeObjects());
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hsqldb", "postgres"})
    void theGroupIsPmoAdminsUntilAnAdministratorChoosesAnother(String kind) {
        AoPmoSettings settings = on(kind);

        assertThat(settings.current()).isEqualTo(new PmoSettings("pmo-admins", 0));
        assertThat(settings.pmoAdminGroup()).isEqualTo("pmo-admins");
        assertThat(settings.history()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hsqldb", "postgres"})
    void aChangeIsVersionedAndRecordedInTheAuditHistory(String kind) {
        AoPmoSettings settings = on(kind);

        PmoSettings saved = settings.changePmoAdminGroup(0, "portfolio-office", "admin", NOW);
        settings.changePmoAdminGroup(1, "pmo-leads", "ada", NOW.plusSeconds(60));

        assertThat(saved).isEqualTo(new PmoSettings("portfolio-office", 1));
        assertThat(settings.current()).isEqualTo(new PmoSettings("pmo-leads", 2));
        assertThat(settings.history()).extracting(AuditEntry::entityType, AuditEntry::version, AuditEntry::actorKey,
                        AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("pmo-setting", 1, "admin", "pmoAdminGroup",
                                "pmo-admins", "portfolio-office"),
                        org.assertj.core.groups.Tuple.tuple("pmo-setting", 2, "ada", "pmoAdminGroup",
                                "portfolio-office", "pmo-leads"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hsqldb", "postgres"})
    void aChangeBasedOnAnOlderVersionIsRefusedWithTheCurrentSettings(String kind) {
        AoPmoSettings settings = on(kind);
        settings.changePmoAdminGroup(0, "portfolio-office", "admin", NOW);

        StaleVersion stale = catchThrowableOfType(StaleVersion.class,
                () -> settings.changePmoAdminGroup(0, "pmo-leads", "ada", NOW));

        assertThat(stale.current()).isEqualTo(new PmoSettings("portfolio-office", 1));
        assertThat(settings.current()).isEqualTo(new PmoSettings("portfolio-office", 1));
        assertThat(settings.history()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hsqldb", "postgres"})
    void savingTheSameGroupChangesNothing(String kind) {
        AoPmoSettings settings = on(kind);
        settings.changePmoAdminGroup(0, "portfolio-office", "admin", NOW);

        PmoSettings again = settings.changePmoAdminGroup(1, "portfolio-office", "ada", NOW);

        assertThat(again).isEqualTo(new PmoSettings("portfolio-office", 1));
        assertThat(settings.history()).hasSize(1);
    }
}
