package com.pmosuite.portfolio;

import com.pmosuite.rollup.RollupScope;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.StaleVersion;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.testkit.InMemoryPeople;
import com.pmosuite.testkit.InMemoryPortfolioStore;
import com.pmosuite.testkit.InMemoryProjectCatalog;
import com.pmosuite.testkit.PortfolioFixtures;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import static com.pmosuite.testkit.InMemoryProjectCatalog.DELTA;
import static com.pmosuite.testkit.InMemoryProjectCatalog.GAMMA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class PortfoliosTest {
    private static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");
    private final InMemoryPortfolioStore store = new InMemoryPortfolioStore();
    private final InMemoryProjectCatalog catalog = InMemoryProjectCatalog.withFourProjects();
    private final Portfolios portfolios = new Portfolios(store, catalog, InMemoryPeople.withAliceBobAndCarol(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private Portfolio created() {
        return portfolios.create(PortfolioFixtures.digitalTransformationDraft(), "alice");
    }

    private static PortfolioDraft renamed(Portfolio portfolio, String name) {
        PortfolioDraft d = PortfolioDraft.of(portfolio.fields());
        return new PortfolioDraft(name, d.description(), d.ownerKey(), d.colour(), d.defaults(), d.programs(),
                d.projects(), d.categoryIds());
    }

    @Test
    void aCreatedPortfolioIsStoredWithACreationEntryStampedByTheClock() {
        Portfolio portfolio = created();

        assertThat(portfolios.get(portfolio.id())).isEqualTo(portfolio);
        assertThat(portfolios.history(portfolio.id())).extracting(AuditEntry::field, AuditEntry::at)
                .containsExactly(tuple(AuditEntry.CREATED, NOW));
    }

    @Test
    void aNewPortfolioCannotClaimProgramIds() {
        PortfolioDraft d = PortfolioFixtures.digitalTransformationDraft();
        PortfolioDraft.ProgramDraft p = d.programs().get(0);
        PortfolioDraft withId = new PortfolioDraft(d.name(), null, null, null, null,
                List.of(new PortfolioDraft.ProgramDraft(5L, p.name(), null, null, null, null)), null, null);

        assertThatThrownBy(() -> portfolios.create(withId, "alice")).isInstanceOfSatisfying(ValidationFailed.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("programs[0].id"));
    }

    @Test
    void anUpdateIsAuditedFieldByField() {
        Portfolio portfolio = created();

        Portfolio saved = portfolios.update(portfolio.id(), 1, renamed(portfolio, "DX"), "bob");

        assertThat(saved.version()).isEqualTo(2);
        assertThat(portfolios.history(portfolio.id())).extracting(AuditEntry::field, AuditEntry::oldValue,
                        AuditEntry::newValue, AuditEntry::actorKey)
                .containsExactly(tuple(AuditEntry.CREATED, null, "Digital Transformation", "alice"),
                        tuple("name", "Digital Transformation", "DX", "bob"));
    }

    @Test
    void changesToProgramsAndPlansAreNamedByProgramIdAndProjectId() {
        Portfolio portfolio = created();
        long programId = portfolio.fields().programs().get(0).id();
        PortfolioDraft d = PortfolioDraft.of(portfolio.fields());
        PortfolioDraft.ProgramDraft p = d.programs().get(0);
        PortfolioDraft changed = new PortfolioDraft(d.name(), d.description(), d.ownerKey(), d.colour(),
                d.defaults(), List.of(new PortfolioDraft.ProgramDraft(p.id(), "Core", p.description(), p.ownerKey(),
                p.defaults(), List.of(new PortfolioDraft.Entry(10000L, new PortfolioDraft.Plan("130000", null, null,
                null, null, null))))), d.projects(), d.categoryIds());

        portfolios.update(portfolio.id(), 1, changed, "bob");

        assertThat(portfolios.history(portfolio.id())).extracting(AuditEntry::field, AuditEntry::oldValue,
                        AuditEntry::newValue).contains(
                tuple("programs[" + programId + "]", "Platform", "Core"),
                tuple("programs[" + programId + "].projects", "10000, 10001", "10000"),
                tuple("projects[10000].plan", "budgetAtCompletion=120000.00", "budgetAtCompletion=130000.00"));
        // BETA had no plan of its own, so its leaving shows in the program's projects only.
        assertThat(portfolios.history(portfolio.id())).extracting(AuditEntry::field)
                .doesNotContain("projects[10001].plan");
    }

    @Test
    void savingUnchangedContentWritesNothing() {
        Portfolio portfolio = created();

        Portfolio same = portfolios.update(portfolio.id(), 1, PortfolioDraft.of(portfolio.fields()), "bob");

        assertThat(same).isEqualTo(portfolio);
        assertThat(portfolios.history(portfolio.id())).hasSize(1);
    }

    @Test
    void anUpdateFromAStaleVersionCarriesTheCurrentPortfolio() {
        Portfolio portfolio = created();
        Portfolio first = portfolios.update(portfolio.id(), 1, renamed(portfolio, "First"), "bob");

        assertThatThrownBy(() -> portfolios.update(portfolio.id(), 1, renamed(portfolio, "Second"), "carol"))
                .isInstanceOfSatisfying(StaleVersion.class, e -> assertThat(e.current()).isEqualTo(first));
    }

    @Test
    void programIdsMustBeThisPortfoliosOwnAndAppearOnce() {
        Portfolio mine = created();
        Portfolio other = created();
        long foreign = other.fields().programs().get(0).id();
        long own = mine.fields().programs().get(0).id();
        PortfolioDraft draft = new PortfolioDraft("P", null, null, null, null,
                List.of(new PortfolioDraft.ProgramDraft(foreign, "A", null, null, null, null),
                        new PortfolioDraft.ProgramDraft(own, "B", null, null, null, null),
                        new PortfolioDraft.ProgramDraft(own, "C", null, null, null, null)),
                null, null);

        assertThatThrownBy(() -> portfolios.update(mine.id(), 1, draft, "bob"))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("programs[0].id", "programs[2].id"));
    }

    @Test
    void deletingRemovesThePortfolioAndKeepsItsHistory() {
        Portfolio portfolio = created();

        portfolios.delete(portfolio.id(), OptionalInt.of(1), "bob");

        assertThat(portfolios.find(portfolio.id())).isEmpty();
        assertThatThrownBy(() -> portfolios.get(portfolio.id())).isInstanceOf(NotFound.class);
        assertThat(portfolios.history(portfolio.id())).extracting(AuditEntry::field)
                .containsExactly(AuditEntry.CREATED, AuditEntry.DELETED);
    }

    @Test
    void theScopeOfAStoredPortfolioNamesItsProgramsByTheirIds() {
        Portfolio portfolio = created();

        RollupScope scope = portfolios.scope(portfolio.id());

        assertThat(scope.children().get(0).key()).isEqualTo("program-" + portfolio.fields().programs().get(0).id());
    }

    @Test
    void trackedProjectsAreTheChosenOnesAndThoseOfChosenCategoriesAcrossPortfolios() {
        assertThat(portfolios.trackedProjectIds()).isEmpty();
        created();
        assertThat(portfolios.trackedProjectIds()).containsExactlyInAnyOrder(10000L, 10001L, GAMMA.id(), DELTA.id());

        catalog.put(new ProjectCatalog.Project(10010, "ZETA", "Zeta", InMemoryProjectCatalog.DATA.id()));
        catalog.put(new ProjectCatalog.Project(10011, "ETA", "Eta", null));

        assertThat(portfolios.trackedProjectIds()).contains(10010L).doesNotContain(10011L);
    }

    @Test
    void aProjectThatLeftEveryPortfolioIsNoLongerTracked() {
        Portfolio portfolio = created();
        List<PortfolioDraft.Entry> none = new ArrayList<>();
        PortfolioDraft d = PortfolioDraft.of(portfolio.fields());
        portfolios.update(portfolio.id(), 1, new PortfolioDraft(d.name(), null, null, null, null, List.of(), none,
                List.of()), "bob");

        assertThat(portfolios.trackedProjectIds()).isEmpty();
    }
}
