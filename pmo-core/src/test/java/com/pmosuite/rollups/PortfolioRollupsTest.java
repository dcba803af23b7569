package com.pmosuite.rollups;

import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.StatusCategory;
import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.portfolio.PortfolioDraft;
import com.pmosuite.portfolio.Portfolios;
import com.pmosuite.risk.RiskRegister;
import com.pmosuite.rollup.RiskExposure;
import com.pmosuite.rollup.RollupEngine;
import com.pmosuite.rollup.RollupNode;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.shared.ViewerZone;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryIssueFactStore;
import com.pmosuite.testkit.InMemoryPeople;
import com.pmosuite.testkit.InMemoryPortfolioStore;
import com.pmosuite.testkit.InMemoryProjectCatalog;
import com.pmosuite.testkit.InMemoryRiskSettingsStore;
import com.pmosuite.testkit.InMemoryRiskStore;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;

import static com.pmosuite.testkit.RiskDraftFixture.aThreat;
import static com.pmosuite.testkit.RiskDraftFixture.anOpportunity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rollup use cases for one reader: which projects and issues count, whose risks are shown, which plan a project
 * rolls up with, the reader's "today", and the bound on an answer's nodes.
 */
class PortfolioRollupsTest {
    private static final long ALPHA = InMemoryProjectCatalog.ALPHA.id();
    private static final long BETA = InMemoryProjectCatalog.BETA.id();
    private static final long GAMMA = InMemoryProjectCatalog.GAMMA.id();
    private static final long MANAGEMENT = 10_100L;
    private static final Instant CREATED = Instant.parse("2026-01-05T08:00:00Z");

    // 20:00 UTC on 1 March is already 2 March in Auckland.
    private final FixedClock clock = FixedClock.at(Instant.parse("2026-03-01T20:00:00Z"));
    private final InMemoryIssueFactStore facts = new InMemoryIssueFactStore();
    private final Portfolios portfolios = new Portfolios(new InMemoryPortfolioStore(),
            InMemoryProjectCatalog.withFourProjects(), InMemoryPeople.withAliceBobAndCarol(), clock);
    private final RiskRegister risks = new RiskRegister(new InMemoryRiskStore(), new InMemoryRiskSettingsStore(),
            InMemoryPeople.withAliceBobAndCarol(), clock);
    private final Titles titles = new Titles();
    private final PortfolioRollups rollups = new PortfolioRollups(new RollupEngine(facts), portfolios, risks, titles,
            ViewerZone.fixed(ZoneId.of("Pacific/Auckland")), clock);

    /** Titles for every fact in the store, keyed ALPHA-1, ALPHA-2… by issue id. */
    private final class Titles implements IssueTitles {
        final Map<Long, Title> byId = new HashMap<>();
        int lookedUp;

        void add(IssueFact fact) {
            String project = InMemoryProjectCatalog.withFourProjects().projects().stream()
                    .filter(p -> p.id() == fact.projectId()).findFirst().orElseThrow().key();
            byId.put(fact.issueId(), new Title(fact.issueId(), fact.projectId(), project + "-" + fact.issueId(),
                    "Issue " + fact.issueId()));
        }

        @Override
        public Optional<Title> byKey(String issueKey) {
            return byId.values().stream().filter(t -> t.key().equals(issueKey)).findFirst();
        }

        @Override
        public Map<Long, Title> byIds(Collection<Long> issueIds) {
            lookedUp += issueIds.size();
            Map<Long, Title> found = new HashMap<>();
            issueIds.forEach(id -> Optional.ofNullable(byId.get(id)).ifPresent(t -> found.put(id, t)));
            return found;
        }
    }

    private static RollupReader browsing(Long... projects) {
        Set<Long> browsable = Set.of(projects);
        return new RollupReader(false, browsable::contains, Set.of());
    }

    private static RollupReader reader(LongPredicate browse, Set<Long> levels) {
        return new RollupReader(false, browse, levels);
    }

    private IssueFact issue(long id, long project, int level, Long parent, StatusCategory status, Long securityLevel) {
        IssueFact fact = new IssueFact(id, project, "10001", level, parent, null, status, CREATED,
                status == StatusCategory.DONE ? CREATED : null, null, null, level == IssueFact.STANDARD ? 2.0 : null,
                null, null, null, null, null, securityLevel, CREATED);
        facts.upsert(List.of(fact));
        titles.add(fact);
        return fact;
    }

    private Portfolio portfolio(PortfolioDraft.Entry... entries) {
        return portfolios.create(new PortfolioDraft("Rollups", null, "alice", "#0052cc", null, List.of(),
                List.of(entries), List.of()), "alice");
    }

    private static PortfolioDraft.Entry planned(long projectId, String bac) {
        return new PortfolioDraft.Entry(projectId,
                new PortfolioDraft.Plan(bac, "EUR", "2026-01-01", "2026-12-31", "50.00", null));
    }

    private static PortfolioDraft.Entry unplanned(long projectId) {
        return new PortfolioDraft.Entry(projectId, null);
    }

    @Test
    void projectsTheReaderMayNotBrowseAreLeftOutAndCounted() {
        issue(1, ALPHA, IssueFact.STANDARD, null, StatusCategory.DONE, null);
        issue(2, BETA, IssueFact.STANDARD, null, StatusCategory.TODO, null);
        issue(3, GAMMA, IssueFact.STANDARD, null, StatusCategory.TODO, null);
        Portfolio p = portfolio(unplanned(ALPHA), unplanned(BETA), unplanned(GAMMA));

        RollupNode root = rollups.portfolio(p.id(), browsing(ALPHA), 0).root();

        assertThat(root.hiddenProjects()).isEqualTo(2);
        assertThat(root.children()).extracting(RollupNode::key).containsExactly("ALPHA");
        assertThat(root.counts()).isEqualTo(new RollupNode.Counts(0, 0, 1, 1));
    }

    @Test
    void aPortfolioNoneOfWhoseProjectsTheReaderMayBrowseIsNotFoundExceptForPmoAdmins() {
        Portfolio p = portfolio(unplanned(BETA));

        assertThatThrownBy(() -> rollups.portfolio(p.id(), browsing(ALPHA), 0)).isInstanceOf(NotFound.class);
        RollupNode forAdmin = rollups.portfolio(p.id(), new RollupReader(true, id -> false, Set.of()), 0).root();
        assertThat(forAdmin.hiddenProjects()).isEqualTo(1);
        assertThatThrownBy(() -> rollups.portfolio(p.id() + 1, browsing(ALPHA, BETA), 0))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void issuesAtASecurityLevelCountOnlyForReadersWhoSeeTheLevel() {
        issue(1, ALPHA, IssueFact.STANDARD, null, StatusCategory.TODO, null);
        issue(2, ALPHA, IssueFact.STANDARD, null, StatusCategory.TODO, MANAGEMENT);
        portfolio(unplanned(ALPHA));

        long withoutLevel = rollups.project("ALPHA", reader(id -> true, Set.of()), 0).root().counts().total();
        long withLevel = rollups.project("ALPHA", reader(id -> true, Set.of(MANAGEMENT)), 0).root().counts().total();

        assertThat(withoutLevel).isEqualTo(1);
        assertThat(withLevel).isEqualTo(2);
    }

    @Test
    void riskExposureIsShownOnlyForProjectsTheReaderMayBrowse() {
        risks.create("ALPHA", aThreat().withProbability(4).withImpact(5).withCostImpact("1000").build(), "bob");
        risks.create("ALPHA", anOpportunity().withProbability(2).withImpact(2).withCostImpact("200").build(), "bob");
        risks.create("BETA", aThreat().withProbability(4).withImpact(5).withCostImpact("5000").build(), "bob");
        Portfolio p = portfolio(unplanned(ALPHA), unplanned(BETA));

        RollupNode forAlphaOnly = rollups.portfolio(p.id(), browsing(ALPHA), 0).root();
        RollupNode forBoth = rollups.portfolio(p.id(), browsing(ALPHA, BETA), 0).root();

        // 4 of 5 is 70 %, 2 of 5 is 30 %: ALPHA 700.00 at stake, 60.00 to gain; BETA 3,500.00 at stake.
        assertThat(forAlphaOnly.riskExposure()).contains(
                new RiskExposure(new BigDecimal("700.00"), new BigDecimal("60.00")));
        assertThat(forBoth.riskExposure()).contains(
                new RiskExposure(new BigDecimal("4200.00"), new BigDecimal("60.00")));
    }

    @Test
    void aProjectRollsUpWithThePlanOfThePortfolioHoldingItOrWithoutOne() {
        issue(1, ALPHA, IssueFact.STANDARD, null, StatusCategory.DONE, null);
        issue(2, GAMMA, IssueFact.STANDARD, null, StatusCategory.DONE, null);
        portfolio(planned(ALPHA, "1000.00"));

        RollupNode.Evm planned = rollups.project("alpha", browsing(ALPHA, GAMMA), 0).root().evm();
        RollupNode inNoPortfolio = rollups.project("GAMMA", browsing(ALPHA, GAMMA), 0).root();

        assertThat(planned.bac()).contains(new BigDecimal("1000.00"));
        assertThat(planned.ev()).hasValueSatisfying(ev -> assertThat(ev).isEqualByComparingTo("1000"));
        assertThat(inNoPortfolio.evm().bac()).isEmpty();
        assertThat(inNoPortfolio.evm().notes()).contains("no budget at completion: earned value not defined");
        assertThat(inNoPortfolio.counts().total()).isEqualTo(1);
    }

    @Test
    void aProjectTheReaderMayNotBrowseIsNotFound() {
        portfolio(unplanned(ALPHA));

        assertThatThrownBy(() -> rollups.project("ALPHA", browsing(BETA), 0)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> rollups.project("NOSUCH", browsing(ALPHA), 0)).isInstanceOf(NotFound.class);
    }

    @Test
    void anIssueRollsUpItsDescendantsWithTheirTitles() {
        IssueFact epic = issue(1, ALPHA, IssueFact.EPIC, null, StatusCategory.IN_PROGRESS, null);
        issue(2, ALPHA, IssueFact.STANDARD, epic.issueId(), StatusCategory.DONE, null);
        issue(3, ALPHA, IssueFact.STANDARD, epic.issueId(), StatusCategory.TODO, null);
        portfolio(unplanned(ALPHA));

        PortfolioRollups.Answer answer = rollups.issue("ALPHA-1", browsing(ALPHA), 1);

        assertThat(answer.root().counts()).isEqualTo(new RollupNode.Counts(1, 1, 1, 3));
        assertThat(answer.root().children()).extracting(RollupNode::issueId).containsExactly(2L, 3L);
        assertThat(answer.titles()).containsOnlyKeys(1L, 2L, 3L);
        assertThat(answer.titles().get(2L).key()).isEqualTo("ALPHA-2");
    }

    @Test
    void anIssueAtALevelTheReaderCannotSeeOrInAHiddenProjectIsNotFound() {
        issue(1, ALPHA, IssueFact.EPIC, null, StatusCategory.TODO, MANAGEMENT);
        portfolio(unplanned(ALPHA));

        assertThatThrownBy(() -> rollups.issue("ALPHA-1", browsing(ALPHA), 1)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> rollups.issue("ALPHA-1", reader(id -> id != ALPHA, Set.of(MANAGEMENT)), 1))
                .isInstanceOf(NotFound.class);
        assertThat(rollups.issue("ALPHA-1", reader(id -> true, Set.of(MANAGEMENT)), 1).root().counts().total())
                .isEqualTo(1);
    }

    @Test
    void todayIsTheReadersDateInTheirZone() {
        portfolio(unplanned(ALPHA));

        assertThat(rollups.project("ALPHA", browsing(ALPHA), 0).today()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void anEditAfterAReadIsSeenByTheNextRead() {
        issue(1, ALPHA, IssueFact.STANDARD, null, StatusCategory.TODO, null);
        portfolio(unplanned(ALPHA));
        assertThat(rollups.project("ALPHA", browsing(ALPHA), 0).root().counts().done()).isZero();

        issue(1, ALPHA, IssueFact.STANDARD, null, StatusCategory.DONE, null);

        assertThat(rollups.project("ALPHA", browsing(ALPHA), 0).root().counts().done()).isEqualTo(1);
    }

    @Test
    void anAnswerHoldsAtMostTheBoundOfNodesAndSaysHowManyChildrenWereLeftOut() {
        int epics = PortfolioRollups.MAX_NODES + 50;
        List<IssueFact> many = new ArrayList<>();
        for (long id = 1; id <= epics; id++) {
            many.add(new IssueFact(id, ALPHA, "10000", IssueFact.EPIC, null, null, StatusCategory.TODO, CREATED, null,
                    null, null, null, null, null, null, null, null, null, CREATED));
        }
        facts.upsert(many);
        portfolio(unplanned(ALPHA));

        PortfolioRollups.Answer answer = rollups.project("ALPHA", browsing(ALPHA), 1);

        // The project node and MAX_NODES - 1 of its epics.
        assertThat(answer.root().children()).hasSize(PortfolioRollups.MAX_NODES - 1);
        assertThat(answer.omittedChildrenOf(answer.root())).isEqualTo(epics - (PortfolioRollups.MAX_NODES - 1));
        assertThat(answer.root().counts().total()).isEqualTo(epics);
        assertThat(titles.lookedUp).isEqualTo(PortfolioRollups.MAX_NODES - 1);
    }

    @Test
    void aDeepLookAtMoreIssuesThanTheBoundIsRefusedWithTheWayToAskForIt() {
        int stories = PortfolioRollups.MAX_ISSUES_BELOW_DEPTH_1 + 1;
        List<IssueFact> many = new ArrayList<>();
        for (long id = 1; id <= stories; id++) {
            many.add(new IssueFact(id, ALPHA, "10001", IssueFact.STANDARD, null, null, StatusCategory.TODO, CREATED,
                    null, null, null, null, null, null, null, null, null, null, CREATED));
        }
        facts.upsert(many);
        Portfolio p = portfolio(unplanned(ALPHA));

        assertThatThrownBy(() -> rollups.portfolio(p.id(), browsing(ALPHA), 2))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("depth"));
        assertThatThrownBy(() -> rollups.project("ALPHA", browsing(ALPHA), 3)).isInstanceOf(ValidationFailed.class);
        assertThat(rollups.portfolio(p.id(), browsing(ALPHA), 1).root().counts().total()).isEqualTo(stories);
        // A PMO admin who may not browse ALPHA sees none of them, so may look deeper.
        assertThat(rollups.portfolio(p.id(), new RollupReader(true, id -> false, Set.of()), 2).root()
                .hiddenProjects()).isEqualTo(1);
    }

    @Test
    void depthsOutsideZeroToThreeAreRefused() {
        Portfolio p = portfolio(unplanned(ALPHA));

        assertThatThrownBy(() -> rollups.portfolio(p.id(), browsing(ALPHA), 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rollups.project("ALPHA", browsing(ALPHA), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
