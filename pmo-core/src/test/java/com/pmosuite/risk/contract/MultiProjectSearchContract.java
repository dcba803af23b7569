package com.pmosuite.risk.contract;

import com.pmosuite.risk.MultiProjectRiskQuery;
import com.pmosuite.risk.Risk;
import com.pmosuite.risk.RiskOrdering;
import com.pmosuite.risk.RiskSort;
import com.pmosuite.risk.RiskStatus;
import com.pmosuite.risk.RiskStore;
import com.pmosuite.risk.ScoreRange;
import com.pmosuite.shared.Page;
import com.pmosuite.shared.PageRequest;
import com.pmosuite.testkit.InMemoryPeople;
import com.pmosuite.testkit.RiskDraftFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.pmosuite.testkit.RiskDraftFixture.aThreat;
import static com.pmosuite.testkit.RiskDraftFixture.anOpportunity;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link RiskStore} must do when searched across projects ({@link RiskStore#searchProjects}): a
 * portfolio's risks as one list. Run like {@link RiskStoreContract}: a subclass returns a store holding no risks.
 */
public abstract class MultiProjectSearchContract {
    private static final String APOLLO = "APOLLO";
    private static final String GEMINI = "GEMINI";
    private static final String MERCURY = "MERCURY";
    private static final String ALICE = InMemoryPeople.ALICE.key();
    private static final String BOB = InMemoryPeople.BOB.key();
    private static final Instant AT = Instant.parse("2026-03-02T09:30:00.123Z");

    /** The store under test; the same instance on every call within one test. */
    protected abstract RiskStore store();

    @Test
    void findsTheRisksOfEveryNamedProjectAndNoOther() {
        Risk apollo = stored(APOLLO, aThreat());
        Risk gemini = stored(GEMINI, anOpportunity());
        stored(MERCURY, aThreat());

        Page<Risk> page = store().searchProjects(query(Map.of(APOLLO, List.of(), GEMINI, List.of())));

        assertThat(page.items()).containsExactlyInAnyOrder(apollo, gemini);
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void noProjectsFindNothing() {
        stored(APOLLO, aThreat());

        Page<Risk> page = store().searchProjects(query(Map.of()));

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
    }

    @Test
    void eachProjectIsNarrowedByItsOwnScoreRanges() {
        Risk apolloTwelve = stored(APOLLO, aThreat().withProbability(3).withImpact(4));
        stored(APOLLO, aThreat().withProbability(5).withImpact(5));
        stored(GEMINI, aThreat().withProbability(3).withImpact(4));
        Risk geminiTwentyFive = stored(GEMINI, aThreat().withProbability(5).withImpact(5));
        Risk mercuryAny = stored(MERCURY, aThreat().withProbability(1).withImpact(1));
        Map<String, List<ScoreRange>> projects = new LinkedHashMap<>();
        projects.put(APOLLO, List.of(new ScoreRange(10, 14)));
        projects.put(GEMINI, List.of(new ScoreRange(1, 4), new ScoreRange(20, 25)));
        projects.put(MERCURY, List.of());

        Page<Risk> page = store().searchProjects(query(projects));

        assertThat(page.items()).containsExactlyInAnyOrder(apolloTwelve, geminiTwentyFive, mercuryAny);
    }

    @Test
    void narrowsByStatusAndOwnerAcrossProjects() {
        Risk wanted = stored(APOLLO, aThreat().withOwner(BOB).withStatus(RiskStatus.MONITORING));
        Risk alsoWanted = stored(GEMINI, aThreat().withOwner(BOB).withStatus(RiskStatus.OPEN));
        stored(GEMINI, aThreat().withOwner(ALICE).withStatus(RiskStatus.OPEN));
        stored(APOLLO, aThreat().withOwner(BOB).withStatus(RiskStatus.CLOSED));

        Page<Risk> page = store().searchProjects(new MultiProjectRiskQuery(both(),
                Set.of(RiskStatus.OPEN, RiskStatus.MONITORING), BOB, null, RiskSort.CREATED, false,
                PageRequest.first(PageRequest.MAX_LIMIT)));

        assertThat(page.items()).containsExactlyInAnyOrder(wanted, alsoWanted);
    }

    @Test
    void aReviewDateBoundKeepsOnlyRisksReviewedBeforeThatDayAndNoneWithoutADate() {
        LocalDate today = LocalDate.of(2026, 3, 10);
        Risk yesterday = stored(APOLLO, aThreat().withNextReviewDate(today.minusDays(1)));
        Risk longAgo = stored(GEMINI, aThreat().withNextReviewDate(LocalDate.of(2025, 12, 31)));
        stored(APOLLO, aThreat().withNextReviewDate(today));
        stored(GEMINI, aThreat().withNextReviewDate(today.plusDays(3)));
        stored(GEMINI, aThreat());

        Page<Risk> page = store().searchProjects(new MultiProjectRiskQuery(both(), Set.of(), null, today,
                RiskSort.NEXT_REVIEW, false, PageRequest.first(PageRequest.MAX_LIMIT)));

        assertThat(page.items()).containsExactly(longAgo, yesterday);
    }

    @ParameterizedTest
    @EnumSource(RiskSort.class)
    void pagesOfSeveralProjectsFollowRiskOrderingInBothDirections(RiskSort sort) {
        List<Risk> all = new ArrayList<>();
        String[] owners = {ALICE, BOB, null};
        for (int i = 0; i < 9; i++) {
            RiskDraftFixture draft = (i % 2 == 0 ? aThreat() : anOpportunity())
                    .withTitle("Risk " + (char) ('a' + (i * 5) % 9))
                    .withProbability(1 + i % 5).withImpact(1 + (i * 3) % 5)
                    .withStatus(new RiskStatus[]{RiskStatus.OPEN, RiskStatus.MONITORING, RiskStatus.CLOSED}[i % 3]);
            draft = owners[i % 3] == null ? draft.withoutOwner() : draft.withOwner(owners[i % 3]);
            if (i % 4 != 0) {
                draft = draft.withNextReviewDate(LocalDate.of(2026, 4, 1 + (i * 7) % 20))
                        .withProximityDate(LocalDate.of(2026, 6, 1 + (i * 5) % 20));
            }
            if (i % 3 == 0) {
                draft = draft.withResidual(1, 1);
            }
            all.add(stored(i % 3 == 0 ? APOLLO : GEMINI, draft));
        }
        stored(MERCURY, aThreat());
        for (boolean descending : new boolean[]{false, true}) {
            List<Risk> expected = all.stream().sorted(RiskOrdering.of(sort, descending)).toList();
            List<Risk> paged = new ArrayList<>();
            for (int offset = 0; offset < expected.size(); offset += 4) {
                Page<Risk> page = store().searchProjects(new MultiProjectRiskQuery(both(), Set.of(), null, null,
                        sort, descending, new PageRequest(offset, 4)));
                assertThat(page.total()).isEqualTo(expected.size());
                paged.addAll(page.items());
            }
            assertThat(paged).as("%s %s", sort, descending ? "desc" : "asc").containsExactlyElementsOf(expected);
        }
    }

    private Map<String, List<ScoreRange>> both() {
        Map<String, List<ScoreRange>> projects = new LinkedHashMap<>();
        projects.put(APOLLO, List.of());
        projects.put(GEMINI, List.of());
        return projects;
    }

    private static MultiProjectRiskQuery query(Map<String, List<ScoreRange>> projects) {
        return new MultiProjectRiskQuery(projects, Set.of(), null, null, RiskSort.CREATED, false,
                PageRequest.first(PageRequest.MAX_LIMIT));
    }

    private Risk stored(String project, RiskDraftFixture draft) {
        return store().create(project, draft.fields(), ALICE, AT);
    }
}
