package com.pmosuite.facts.mapping;

import com.pmosuite.facts.FieldMapping;
import com.pmosuite.facts.IssueFact;
import com.pmosuite.shared.StaleVersion;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryFieldMappingStore;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldMappingsTest {
    private static final FieldMapping PROPOSED = new FieldMapping("customfield_10002", "customfield_10001", null,
            null, null, Map.of("10000", IssueFact.EPIC));
    private static final FieldMapping CHOSEN = PROPOSED.with(FieldMapping.Role.START_DATE, "customfield_10003");

    private final FixedClock clock = FixedClock.atStart();
    private final InMemoryFieldMappingStore store = new InMemoryFieldMappingStore();
    private final AtomicReference<FieldMapping> proposal = new AtomicReference<>(PROPOSED);
    private final FieldMappings mappings = new FieldMappings(store, proposal::get, clock);

    @Test
    void theProposalIsUsedUntilAPmoAdminSavesAMapping() {
        assertThat(mappings.current()).isEqualTo(PROPOSED);
        assertThat(mappings.saved().version()).isZero();
    }

    @Test
    void aSaveAppliesOnThisNodeAtOnce() {
        mappings.current();

        mappings.save(0, CHOSEN, "pmo");

        assertThat(mappings.current()).isEqualTo(CHOSEN);
    }

    @Test
    void aSaveOnAnotherNodeIsSeenAtTheNextRecheck() {
        FieldMappings otherNode = new FieldMappings(store, proposal::get, clock);
        assertThat(mappings.current()).isEqualTo(PROPOSED);

        otherNode.save(0, CHOSEN, "pmo");

        assertThat(mappings.current()).isEqualTo(PROPOSED);
        clock.advance(FieldMappings.RECHECK);
        assertThat(mappings.current()).isEqualTo(CHOSEN);
    }

    @Test
    void readingManyIssuesChecksTheStoredVersionOncePerRecheck() {
        mappings.save(0, CHOSEN, "pmo");
        int before = store.versionReads();

        for (int issue = 0; issue < 10_000; issue++) {
            mappings.current();
        }
        clock.advance(FieldMappings.RECHECK);
        for (int issue = 0; issue < 10_000; issue++) {
            mappings.current();
        }

        assertThat(store.versionReads() - before).isEqualTo(1);
    }

    @Test
    void theProposalIsAskedAgainAfterARecheckWhileNothingIsSaved() {
        mappings.current();
        FieldMapping newField = PROPOSED.with(FieldMapping.Role.ACTUAL_COST, "customfield_10009");
        proposal.set(newField);

        clock.advance(Duration.ofSeconds(2));

        assertThat(mappings.current()).isEqualTo(newField);
    }

    @Test
    void aStaleFirstSaveCarriesTheProposalAsTheCurrentMapping() {
        assertThatThrownBy(() -> mappings.save(4, CHOSEN, "pmo"))
                .isInstanceOfSatisfying(StaleVersion.class, stale ->
                        assertThat(stale.current()).isEqualTo(new SavedFieldMapping(PROPOSED, 0)));
    }

    @Test
    void levelsTextRoundTrips() {
        Map<String, Integer> levels = Map.of("10000", 1, "10100", 2);
        assertThat(FieldMappingText.parseLevels(FieldMappingText.levels(levels))).isEqualTo(levels);
        assertThat(FieldMappingText.parseLevels("")).isEmpty();
    }
}
