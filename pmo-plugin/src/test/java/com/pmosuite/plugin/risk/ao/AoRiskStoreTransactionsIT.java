package com.pmosuite.plugin.risk.ao;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;
import com.pmosuite.plugin.testsupport.TestProjects;
import com.pmosuite.risk.FieldChange;
import com.pmosuite.risk.Risk;
import com.pmosuite.risk.RiskFields;
import com.pmosuite.risk.RiskStatus;
import com.pmosuite.testkit.RiskDraftFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Multi-row writes are all or nothing on a real database: when the database refuses one row, the rows written
 * before it in the same change are rolled back too.
 */
class AoRiskStoreTransactionsIT {
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    // Longer than the 255-character VARCHAR of an issue key column: the database, not our validation, refuses it.
    private static final String TOO_LONG_FOR_THE_COLUMN = "A".repeat(300) + "-1";

    private AoDatabase database;
    private AoRiskStore store;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabases.hsqldb();
        store = new AoRiskStore(database.activeObjects(), new TestProjects());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aBatchOfRisksIsStoredCompletelyOrNotAtAll() {
        RiskFields good = RiskDraftFixture.aThreat().withTitle("Fine").fields();
        RiskFields refused = withLinks(RiskDraftFixture.aThreat().withTitle("Refused").fields(),
                List.of(TOO_LONG_FOR_THE_COLUMN));

        assertThatThrownBy(() -> store.createAll("ALPHA", List.of(good, good, refused), "alice", NOW))
                .isInstanceOf(RuntimeException.class);

        assertThat(store.findByProject("ALPHA", Set.of())).isEmpty();
    }

    @Test
    void anUpdateThatFailsHalfWayLeavesTheRiskItsLinksAndItsHistoryAsTheyWere() {
        Risk risk = store.create("ALPHA", withLinks(RiskDraftFixture.aThreat().withTitle("Before").fields(),
                List.of("ALPHA-1")), "alice", NOW);
        RiskFields changed = withLinks(RiskDraftFixture.aThreat().withTitle("After").fields(),
                List.of("ALPHA-2", TOO_LONG_FOR_THE_COLUMN));

        assertThatThrownBy(() -> store.update(risk.id(), 1, changed,
                List.of(new FieldChange("title", "Before", "After")), "bob", NOW.plusSeconds(60)))
                .isInstanceOf(RuntimeException.class);

        Risk stored = store.find(risk.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.fields().title()).isEqualTo("Before");
        assertThat(stored.fields().linkedIssueKeys()).containsExactly("ALPHA-1");
        assertThat(store.history(risk.id())).hasSize(1);
        // The failed attempt must not have consumed version 2: the next save from version 1 succeeds.
        Risk saved = store.update(risk.id(), 1, RiskDraftFixture.aThreat().withTitle("After").fields(),
                List.of(new FieldChange("title", "Before", "After")), "bob", NOW.plusSeconds(120));
        assertThat(saved.version()).isEqualTo(2);
    }

    @Test
    void deletingKeepsTheHistoryAndFreesTheLinks() {
        Risk risk = store.create("ALPHA", withLinks(RiskDraftFixture.aThreat().fields(), List.of("ALPHA-7")),
                "alice", NOW);

        store.delete(risk.id(), OptionalInt.of(1), "alice", NOW.plusSeconds(5));

        assertThat(store.findLinkedTo("ALPHA-7")).isEmpty();
        assertThat(store.history(risk.id())).extracting(h -> h.field()).containsExactly("created", "deleted");
        assertThat(store.projectOf(risk.id())).contains("ALPHA");
        assertThat(store.findByProject("ALPHA", Set.of(RiskStatus.OPEN))).isEmpty();
    }

    private static RiskFields withLinks(RiskFields f, List<String> links) {
        return new RiskFields(f.title(), f.description(), f.category(), f.cause(), f.effect(), f.kind(),
                f.probability(), f.impact(), f.ownerKey(), f.status(), f.strategy(), f.responsePlan(),
                f.contingencyPlan(), f.trigger(), f.proximityDate(), f.lastReviewDate(), f.nextReviewDate(),
                f.residualProbability(), f.residualImpact(), f.costImpact(), links);
    }
}
