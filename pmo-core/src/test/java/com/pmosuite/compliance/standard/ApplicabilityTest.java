package com.pmosuite.compliance.standard;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.SetScope;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.StandardDraft;
import com.pmosuite.compliance.StandardSeverity;
import com.pmosuite.compliance.StandardSetDraft;
import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.portfolio.Portfolios;
import com.pmosuite.portfolio.ProjectCatalog;
import com.pmosuite.testkit.InMemoryPeople;
import com.pmosuite.testkit.StandardFixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static com.pmosuite.testkit.InMemoryProjectCatalog.ALPHA;
import static com.pmosuite.testkit.InMemoryProjectCatalog.BETA;
import static com.pmosuite.testkit.InMemoryProjectCatalog.CUSTOMER;
import static com.pmosuite.testkit.InMemoryProjectCatalog.DELTA;
import static com.pmosuite.testkit.InMemoryProjectCatalog.GAMMA;
import static com.pmosuite.testkit.InMemoryProjectCatalog.PLATFORM;
import static org.assertj.core.api.Assertions.assertThat;

/** Which standards apply to which project, through the sets' scopes. */
class ApplicabilityTest {
    private final StandardsWorld world = new StandardsWorld();
    private final Standards standards = world.standards;

    private Standard standard(String name) {
        return standards.create(StandardFixtures.standard(name, new Check.NoOverdue(1)), "alice");
    }

    private void set(String name, List<Standard> members, SetScope scope) {
        standards.createSet(new StandardSetDraft(name, null, members.stream().map(Standard::id).toList(), scope),
                "alice");
    }

    @Test
    void aPortfolioScopeCoversItsExplicitAndCategoryMembers() {
        Portfolio portfolio = world.digitalTransformation();
        Standard lead = standard("Lead");
        set("Portfolio", List.of(lead), new SetScope(Set.of(portfolio.id()), Set.of(), Set.of()));

        Applicability applicability = standards.applicability();

        assertThat(applicability.projectsInScope()).containsExactlyInAnyOrder(ALPHA.id(), BETA.id(), GAMMA.id(),
                DELTA.id());
        assertThat(applicability.forProject(DELTA.id())).containsExactly(lead);
    }

    @Test
    void aCategoryScopeCoversTheCategorysProjectsAsTheyAreNow() {
        Standard lead = standard("Lead");
        set("Platform", List.of(lead), new SetScope(Set.of(), Set.of(PLATFORM.id()), Set.of()));
        world.catalog.put(new ProjectCatalog.Project(GAMMA.id(), GAMMA.key(), GAMMA.name(), PLATFORM.id()));

        assertThat(standards.projectsInScope()).containsExactlyInAnyOrder(ALPHA.id(), BETA.id(), GAMMA.id());
    }

    @Test
    void anExplicitProjectIsCoveredWhileItExists() {
        Standard lead = standard("Lead");
        set("Alpha only", List.of(lead), new SetScope(Set.of(), Set.of(), Set.of(ALPHA.id())));

        assertThat(standards.forProject(ALPHA.id())).containsExactly(lead);
        assertThat(standards.forProject(BETA.id())).isEmpty();
        world.catalog.remove(ALPHA.id());
        assertThat(standards.projectsInScope()).isEmpty();
    }

    @Test
    void aProjectMatchedSeveralWaysGetsEachStandardOnceOrderedById() {
        Portfolio portfolio = world.digitalTransformation();
        Standard first = standard("First");
        Standard second = standard("Second");
        Standard third = standard("Third");
        set("By portfolio", List.of(third, first), new SetScope(Set.of(portfolio.id()), Set.of(), Set.of()));
        set("By category", List.of(first, second), new SetScope(Set.of(), Set.of(PLATFORM.id()), Set.of()));
        set("By project", List.of(third), new SetScope(Set.of(), Set.of(), Set.of(ALPHA.id())));

        assertThat(standards.forProject(ALPHA.id())).containsExactly(first, second, third);
        assertThat(standards.forProject(GAMMA.id())).containsExactly(first, third);
    }

    @Test
    void disabledStandardsAreSkipped() {
        Standard on = standard("On");
        Standard off = standards.create(new StandardDraft("Off", null, StandardSeverity.INFO, 1, false,
                new Check.NoOverdue(1)), "alice");
        set("Customer", List.of(off, on), new SetScope(Set.of(), Set.of(CUSTOMER.id()), Set.of()));

        assertThat(standards.forProject(GAMMA.id())).containsExactly(on);
    }

    @Test
    void aSnapshotReadsTheProjectListOnceHoweverManyProjectsAreAskedAbout() {
        AtomicInteger reads = new AtomicInteger();
        ProjectCatalog counting = new ProjectCatalog() {
            @Override
            public List<Project> projects() {
                reads.incrementAndGet();
                return world.catalog.projects();
            }

            @Override
            public List<Category> categories() {
                return world.catalog.categories();
            }
        };
        for (long id = 20_000; id < 20_150; id++) {
            world.catalog.put(new ProjectCatalog.Project(id, "P" + id, "Project " + id, PLATFORM.id()));
        }
        Portfolio portfolio = world.digitalTransformation();
        Standards counted = new Standards(world.store, new Portfolios(world.portfolioStore, counting,
                InMemoryPeople.withAliceBobAndCarol(), world.clock), StandardFixtures.jqlRefusingBogus(),
                world.clock);
        Standard lead = standard("Lead");
        set("Everything", List.of(lead), new SetScope(Set.of(portfolio.id()), Set.of(PLATFORM.id()), Set.of()));
        reads.set(0);

        Applicability applicability = counted.applicability();
        for (long projectId : applicability.projectsInScope()) {
            assertThat(applicability.forProject(projectId)).containsExactly(lead);
        }

        assertThat(applicability.projectsInScope()).hasSize(154);
        assertThat(reads).hasValue(1);
    }

    @Test
    void aScopeNamingADeletedPortfolioCoversNothingThroughIt() {
        Portfolio portfolio = world.digitalTransformation();
        Standard lead = standard("Lead");
        set("Gone", List.of(lead), new SetScope(Set.of(portfolio.id()), Set.of(), Set.of(BETA.id())));
        world.portfolioStore.delete(portfolio.id(), java.util.OptionalInt.empty(), "alice", world.clock.instant());

        assertThat(standards.projectsInScope()).containsExactly(BETA.id());
    }

    @Test
    void aSnapshotDoesNotSeeLaterChanges() {
        Standard lead = standard("Lead");
        Applicability before = standards.applicability();

        set("Alpha", List.of(lead), new SetScope(Set.of(), Set.of(), Set.of(ALPHA.id())));

        assertThat(before.forProject(ALPHA.id())).isEmpty();
        assertThat(standards.applicability().forProject(ALPHA.id())).containsExactly(lead);
    }
}
