package com.pmosuite.plugin.portfolio.ao;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;
import com.pmosuite.portfolio.PlanFigures;
import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.portfolio.PortfolioFields;
import com.pmosuite.portfolio.Program;
import com.pmosuite.portfolio.ProjectEntry;
import com.pmosuite.testkit.PortfolioFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A portfolio's rows are written all or nothing on a real database: when the database refuses one row (here a
 * program name longer than its 255-character column, which validation would have refused first), the portfolio,
 * programs, chosen projects and history written before it in the same change are rolled back too.
 */
class AoPortfolioStoreTransactionsIT {
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private static final String TOO_LONG_FOR_THE_COLUMN = "P".repeat(300);

    private AoDatabase database;
    private AoPortfolioStore store;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabases.hsqldb();
        store = new AoPortfolioStore(database.activeObjects());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private static PortfolioFields withRefusedLastProgram(PortfolioFields fields) {
        List<Program> programs = new ArrayList<>(fields.programs());
        programs.add(new Program(0, TOO_LONG_FOR_THE_COLUMN, null, null, PlanFigures.NONE,
                List.of(new ProjectEntry(10003, PlanFigures.NONE))));
        return fields.withPrograms(programs);
    }

    @Test
    void aPortfolioIsCreatedCompletelyOrNotAtAll() {
        assertThatThrownBy(() -> store.create(withRefusedLastProgram(PortfolioFixtures.digitalTransformation()),
                "alice", NOW)).isInstanceOf(RuntimeException.class);

        assertThat(store.all()).isEmpty();
        assertThat(store.membership().projectIds()).isEmpty();
        assertThat(store.membership().categoryIds()).isEmpty();
    }

    @Test
    void anUpdateThatFailsHalfWayLeavesEveryRowAndTheHistoryAsTheyWere() {
        Portfolio portfolio = store.create(PortfolioFixtures.digitalTransformation(), "alice", NOW);
        PortfolioFields renamed = new PortfolioFields("Renamed", null, null, "#000000", PlanFigures.NONE,
                portfolio.fields().programs(), List.of(), List.of());

        assertThatThrownBy(() -> store.update(portfolio.id(), 1, withRefusedLastProgram(renamed), "bob",
                NOW.plusSeconds(60))).isInstanceOf(RuntimeException.class);

        assertThat(store.find(portfolio.id())).contains(portfolio);
        assertThat(store.history(portfolio.id())).hasSize(1);
        // The failed attempt must not have used up version 2.
        assertThat(store.update(portfolio.id(), 1, renamed, "bob", NOW.plusSeconds(120)).version()).isEqualTo(2);
    }
}
