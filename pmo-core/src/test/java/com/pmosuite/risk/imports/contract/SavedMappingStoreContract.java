package com.pmosuite.risk.imports.contract;

import com.pmosuite.risk.imports.ColumnMapping;
import com.pmosuite.risk.imports.ImportField;
import com.pmosuite.risk.imports.ImportMapping;
import com.pmosuite.risk.imports.SavedMapping;
import com.pmosuite.risk.imports.SavedMappingStore;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.StaleVersion;
import com.pmosuite.shared.ValidationFailed;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What every {@link SavedMappingStore} must do, proved by a subclass per store (in memory, AO on HSQLDB, AO on
 * PostgreSQL) that returns the store under test, empty when each test starts.
 */
public abstract class SavedMappingStoreContract {
    protected static final String PROJECT = "APOLLO";
    protected static final String OTHER_PROJECT = "GEMINI";
    private static final Instant FIRST = Instant.parse("2026-03-02T09:30:00.123Z");
    private static final Instant SECOND = Instant.parse("2026-03-03T14:05:30.456Z");
    private static final ImportMapping PUBLIC_REGISTER = new ImportMapping(List.of(
            ColumnMapping.of(ImportField.TITLE, "Description"),
            ColumnMapping.of(ImportField.PROBABILITY, "Probability").withValues(Map.of("1", "1", "2", "3", "3", "5")),
            ColumnMapping.of(ImportField.LAST_REVIEW_DATE, "Review_date").withDateFormat("yyyy/MM/dd")));
    private static final ImportMapping TITLES_ONLY = new ImportMapping(List.of(
            ColumnMapping.of(ImportField.TITLE, "Risk")));

    protected abstract SavedMappingStore store();

    @Test
    void aSavedMappingIsReadBackWholeAtVersionOne() {
        SavedMapping saved = store().create(PROJECT, "Public register", PUBLIC_REGISTER, "alice", FIRST);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(store().find(saved.id())).contains(saved);
        assertThat(store().find(saved.id()).orElseThrow().mapping()).isEqualTo(PUBLIC_REGISTER);
        assertThat(saved.updatedAt()).isEqualTo(FIRST);
    }

    @Test
    void aProjectListsOnlyItsOwnMappingsByName() {
        store().create(PROJECT, "Vendor sheet", TITLES_ONLY, "alice", FIRST);
        store().create(PROJECT, "Public register", PUBLIC_REGISTER, "alice", FIRST);
        store().create(OTHER_PROJECT, "Elsewhere", TITLES_ONLY, "bob", FIRST);

        assertThat(store().list(PROJECT)).extracting(SavedMapping::name)
                .containsExactly("Public register", "Vendor sheet");
    }

    @Test
    void aNameIsUniqueInItsProjectWithoutCase() {
        store().create(PROJECT, "Public register", PUBLIC_REGISTER, "alice", FIRST);

        assertThatThrownBy(() -> store().create(PROJECT, "public REGISTER", TITLES_ONLY, "bob", SECOND))
                .isInstanceOfSatisfying(ValidationFailed.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("name"));
        assertThat(store().create(OTHER_PROJECT, "Public register", TITLES_ONLY, "bob", SECOND).version())
                .isEqualTo(1);
    }

    @Test
    void anUpdateFromAnOlderVersionIsRefusedAndChangesNothing() {
        SavedMapping saved = store().create(PROJECT, "Public register", PUBLIC_REGISTER, "alice", FIRST);
        SavedMapping updated = store().update(saved.id(), 1, "Public register v2", TITLES_ONLY, "bob", SECOND);

        assertThat(updated.version()).isEqualTo(2);
        assertThatThrownBy(() -> store().update(saved.id(), 1, "Mine", PUBLIC_REGISTER, "alice", SECOND))
                .isInstanceOf(StaleVersion.class);
        assertThat(store().find(saved.id())).contains(updated);
    }

    @Test
    void everyChangeIsInTheAuditHistoryAndStaysAfterDeletion() {
        SavedMapping saved = store().create(PROJECT, "Public register", PUBLIC_REGISTER, "alice", FIRST);
        store().update(saved.id(), 1, "Public register", TITLES_ONLY, "bob", SECOND);
        store().delete(saved.id(), 2, "bob", SECOND);

        assertThat(store().find(saved.id())).isEmpty();
        assertThat(store().history(saved.id()))
                .extracting(AuditEntry::entityType, AuditEntry::version, AuditEntry::actorKey, AuditEntry::field,
                        AuditEntry::newValue)
                .containsExactly(
                        tuple(SavedMapping.ENTITY_TYPE, 1, "alice", AuditEntry.CREATED, "Public register"),
                        tuple(SavedMapping.ENTITY_TYPE, 1, "alice", "mapping", PUBLIC_REGISTER.describe()),
                        tuple(SavedMapping.ENTITY_TYPE, 2, "bob", "mapping", TITLES_ONLY.describe()),
                        tuple(SavedMapping.ENTITY_TYPE, 3, "bob", AuditEntry.DELETED, null));
    }

    @Test
    void aDeleteFromAnOlderVersionIsRefused() {
        SavedMapping saved = store().create(PROJECT, "Public register", PUBLIC_REGISTER, "alice", FIRST);
        store().update(saved.id(), 1, "Renamed", PUBLIC_REGISTER, "bob", SECOND);

        assertThatThrownBy(() -> store().delete(saved.id(), 1, "alice", SECOND)).isInstanceOf(StaleVersion.class);
        assertThat(store().find(saved.id())).isPresent();
    }
}
