package com.pmosuite.facts.mapping.contract;

import com.pmosuite.facts.FieldMapping;
import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.mapping.FieldMappingStore;
import com.pmosuite.facts.mapping.FieldMappingText;
import com.pmosuite.facts.mapping.SavedFieldMapping;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.StaleVersion;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link FieldMappingStore} must do; subclasses return an empty store from {@link #store()}. */
public abstract class FieldMappingStoreContract {
    private static final Instant AT = Instant.parse("2026-03-02T09:30:00.250Z");
    private static final FieldMapping MAPPING = new FieldMapping("customfield_10002", "customfield_10001", null,
            "customfield_10003", null, Map.of("10000", IssueFact.EPIC));

    protected abstract FieldMappingStore store();

    @Test
    void nothingIsSavedAtFirst() {
        assertThat(store().saved()).isEmpty();
        assertThat(store().version()).isZero();
        assertThat(store().history()).isEmpty();
    }

    @Test
    void aSavedMappingComesBackWhole() {
        Map<String, Integer> levels = new HashMap<>();
        for (int i = 0; i < FieldMapping.MAX_TYPE_LEVELS; i++) {
            levels.put(String.valueOf(100_000_000_000_000_000L + i), IssueFact.EPIC + i % 5);
        }
        FieldMapping everything = new FieldMapping("customfield_999999999999999999", "customfield_1",
                "customfield_2", "customfield_3", "customfield_4", levels);

        SavedFieldMapping saved = store().save(0, everything, "pmo", AT);

        assertThat(saved).isEqualTo(new SavedFieldMapping(everything, 1));
        assertThat(store().saved()).contains(saved);
        assertThat(store().version()).isEqualTo(1);
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefusedWithTheCurrentMapping() {
        SavedFieldMapping first = store().save(0, MAPPING, "pmo", AT);

        assertThatThrownBy(() -> store().save(0, MAPPING.with(FieldMapping.Role.STORY_POINTS, null), "admin", AT))
                .isInstanceOfSatisfying(StaleVersion.class, stale -> assertThat(stale.current()).isEqualTo(first));
        assertThat(store().saved()).contains(first);
    }

    @Test
    void aSaveBeforeAnyWasMadeWithAVersionAboveZeroIsStale() {
        assertThatThrownBy(() -> store().save(3, MAPPING, "pmo", AT)).isInstanceOf(StaleVersion.class);
        assertThat(store().saved()).isEmpty();
    }

    @Test
    void everyChangedPartIsAHistoryLineWithItsOldAndNewValue() {
        store().save(0, MAPPING, "pmo", AT);
        FieldMapping changed = MAPPING.with(FieldMapping.Role.STORY_POINTS, "customfield_10050")
                .withIssueTypeLevels(Map.of("10000", IssueFact.EPIC, "10100", IssueFact.EPIC + 1));

        store().save(1, changed, "admin", AT.plusSeconds(60));

        assertThat(store().history()).filteredOn(e -> e.version() == 2).containsExactlyInAnyOrder(
                new AuditEntry(SavedFieldMapping.ENTITY_TYPE, entityId(), 2, "admin", AT.plusSeconds(60),
                        FieldMappingText.STORY_POINTS, "customfield_10002", "customfield_10050"),
                new AuditEntry(SavedFieldMapping.ENTITY_TYPE, entityId(), 2, "admin", AT.plusSeconds(60),
                        FieldMappingText.ISSUE_TYPE_LEVELS, "10000=1", "10000=1,10100=2"));
        assertThat(store().history()).filteredOn(e -> e.version() == 1)
                .extracting(AuditEntry::field)
                .containsExactlyInAnyOrder(FieldMappingText.STORY_POINTS, FieldMappingText.EPIC_LINK,
                        FieldMappingText.START_DATE, FieldMappingText.ISSUE_TYPE_LEVELS);
    }

    @Test
    void savingWhatIsThereChangesNothing() {
        SavedFieldMapping first = store().save(0, MAPPING, "pmo", AT);
        int lines = store().history().size();

        assertThat(store().save(1, MAPPING, "admin", AT.plusSeconds(1))).isEqualTo(first);
        assertThat(store().history()).hasSize(lines);
        assertThat(store().version()).isEqualTo(1);
    }

    @Test
    void aMappingCanBeClearedAgain() {
        store().save(0, MAPPING, "pmo", AT);

        SavedFieldMapping cleared = store().save(1, FieldMapping.NONE, "pmo", AT);

        assertThat(store().saved()).contains(cleared);
        assertThat(cleared.mapping()).isEqualTo(FieldMapping.NONE);
        assertThat(cleared.version()).isEqualTo(2);
    }

    private long entityId() {
        return store().history().getFirst().entityId();
    }
}
