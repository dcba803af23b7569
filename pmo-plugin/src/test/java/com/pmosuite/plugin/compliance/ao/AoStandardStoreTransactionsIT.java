package com.pmosuite.plugin.compliance.ao;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.SetScope;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.StandardDraft;
import com.pmosuite.compliance.StandardSeverity;
import com.pmosuite.compliance.standard.StandardStore;
import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;
import com.pmosuite.testkit.StandardFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An import batch is written all or nothing on a real database: when the database refuses its last row (a set name
 * longer than its 255-character column, which validation would have refused first), the standards created and
 * changed before it in the batch, and their history, are rolled back too.
 */
class AoStandardStoreTransactionsIT {
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private AoDatabase database;
    private AoStandardStore store;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabases.hsqldb();
        store = new AoStandardStore(database.activeObjects());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aBatchThatFailsHalfWayLeavesEveryRowAndTheHistoryAsTheyWere() {
        Standard existing = store.createStandard(StandardFixtures.noOverdueWork(), "alice", NOW);
        StandardDraft changed = new StandardDraft(existing.name(), null, StandardSeverity.CRITICAL, 99, false,
                new Check.NoOverdue(1));

        assertThatThrownBy(() -> store.apply(new StandardStore.Batch(
                List.of(new StandardStore.StandardWrite(0, 0, StandardFixtures.epicsHaveDueDates()),
                        new StandardStore.StandardWrite(existing.id(), 1, changed)),
                List.of(new StandardStore.SetWrite(0, 0, "S".repeat(300), null,
                        List.of(StandardStore.StandardRef.inBatch(0)), SetScope.NONE))), "bob", NOW))
                .isInstanceOf(RuntimeException.class);

        assertThat(store.allStandards()).containsExactly(existing);
        assertThat(store.allSets()).isEmpty();
        assertThat(store.standardHistory(existing.id())).hasSize(1);
        // The failed attempt must not have used up version 2.
        assertThat(store.updateStandard(existing.id(), 1, changed, "bob", NOW).version()).isEqualTo(2);
    }
}
