package com.pmosuite.compliance.engine;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.FactField;
import com.pmosuite.compliance.ProjectScan;
import com.pmosuite.compliance.Rule;
import com.pmosuite.compliance.RuleOperator;
import com.pmosuite.compliance.ScanTarget;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.StandardResult;
import com.pmosuite.facts.IssueFact;
import com.pmosuite.risk.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.pmosuite.compliance.engine.ScanFixture.ALPHA;
import static com.pmosuite.compliance.engine.ScanFixture.BETA;
import static com.pmosuite.compliance.engine.ScanFixture.TODAY;
import static com.pmosuite.compliance.engine.ScanFixture.standard;
import static com.pmosuite.testkit.RiskDraftFixture.aThreat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the engine reads: each project's facts once, in pages, for all its issue checks together; offending issue ids
 * turned into keys with one call per project; never a look-up per issue.
 */
class OnePassScanTest {
    private static final List<Standard> FIVE_ISSUE_CHECKS = List.of(
            standard(1, new Check.NoOverdue(0)),
            standard(2, new Check.IssueDates(Set.of(), true, true)),
            standard(3, new Check.FieldSet(Set.of(), FactField.STORY_POINTS)),
            standard(4, new Check.NoStaleWork(30)),
            standard(5, new Check.Condition(new Rule.Clause(FactField.ASSIGNEE, RuleOperator.IS_EMPTY, null))));

    private final ScanFixture fixture = new ScanFixture();

    private void issues(long project, long fromId, int count) {
        List<IssueFact> batch = new ArrayList<>();
        for (long id = fromId; id < fromId + count; id++) {
            batch.add(fixture.issue(id).project(project).due(id % 2 == 0 ? TODAY.minusDays(1) : null).fact());
        }
        fixture.facts.upsert(batch);
    }

    @Test
    void everyIssueCheckOfAProjectSharesOnePassOverItsFactsInPages() {
        issues(ALPHA, 1, 25_000);

        fixture.scan(new ScanTarget(ALPHA, "ALPHA", FIVE_ISSUE_CHECKS, List.of()));

        assertThat(fixture.facts.reads).containsExactly("page [10000] after 0 limit 10000",
                "page [10000] after 10000 limit 10000", "page [10000] after 20000 limit 10000");
    }

    @Test
    void aFullLastPageIsFollowedByOneEmptyRead() {
        issues(ALPHA, 1, 10_000);

        fixture.scan(new ScanTarget(ALPHA, "ALPHA", FIVE_ISSUE_CHECKS, List.of()));

        assertThat(fixture.facts.reads).containsExactly("page [10000] after 0 limit 10000",
                "page [10000] after 10000 limit 10000");
    }

    @Test
    void aProjectWithoutIssueChecksReadsNoFacts() {
        issues(ALPHA, 1, 10);

        fixture.scan(standard(1, new Check.ProjectDetails(true, false, false)), standard(2, new Check.PlanBaseline()));

        assertThat(fixture.facts.reads).isEmpty();
    }

    @Test
    void offendersAreTheLowestIdsUpToTheCapAndTheTotalCountsThemAll() {
        issues(ALPHA, 1, 2500);

        ProjectScan scan = fixture.engine().scan(List.of(new ScanTarget(ALPHA, "ALPHA", FIVE_ISSUE_CHECKS,
                List.of())), TODAY, 3).get(0);

        StandardResult overdue = scan.results().get(0);
        assertThat(overdue.offenders()).containsExactly("ALPHA-2", "ALPHA-4", "ALPHA-6");
        assertThat(overdue.total()).isEqualTo(1250);
        StandardResult unassigned = scan.results().get(4);
        assertThat(unassigned.offenders()).containsExactly("ALPHA-1", "ALPHA-2", "ALPHA-3");
        assertThat(unassigned.total()).isEqualTo(2500);
    }

    @Test
    void issueKeysAreLookedUpOncePerProjectForEveryListedOffender() {
        issues(ALPHA, 1, 2500);
        issues(BETA, 5001, 10);

        List<ProjectScan> scans = fixture.engine().scan(List.of(
                new ScanTarget(ALPHA, "ALPHA", FIVE_ISSUE_CHECKS, List.of()),
                new ScanTarget(BETA, "BETA", FIVE_ISSUE_CHECKS, List.of())), TODAY, 3);

        assertThat(fixture.keys.calls).hasSize(2);
        assertThat(fixture.keys.calls.get(0)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 6L);
        assertThat(fixture.keys.calls.get(1)).allMatch(id -> id > 5000);
        assertThat(scans.get(1).results().get(0).offenders()).containsExactly("BETA-5002", "BETA-5004", "BETA-5006");
        assertThat(fixture.facts.reads).noneMatch(read -> read.startsWith("find"));
    }

    @Test
    void noOffendersNoKeyLookUp() {
        fixture.scan(FIVE_ISSUE_CHECKS.toArray(new Standard[0]));

        assertThat(fixture.keys.calls).isEmpty();
    }

    @Test
    void anIssueDeletedSinceItsFactsWereReadIsCountedButNotListed() {
        fixture.issue(1).due(TODAY.minusDays(1)).save();
        fixture.issue(2).due(TODAY.minusDays(1)).save();
        fixture.keys.deleted.add(1L);

        StandardResult result = fixture.result(new Check.NoOverdue(0));

        assertThat(result.offenders()).containsExactly("ALPHA-2");
        assertThat(result.total()).isEqualTo(2);
    }

    @Test
    void resultsFollowTheTargetsStandardsAndTargetsTheirOrder() {
        List<ProjectScan> scans = fixture.engine().scan(List.of(
                new ScanTarget(BETA, "BETA", List.of(standard(9, new Check.PlanBaseline()),
                        standard(4, new Check.NoOverdue(1))), List.of()),
                new ScanTarget(ALPHA, "ALPHA", List.of(standard(2, new Check.VersionDates())), List.of())),
                TODAY, 50);

        assertThat(scans).extracting(ProjectScan::projectKey).containsExactly("BETA", "ALPHA");
        assertThat(scans.get(0).results()).extracting(StandardResult::standardId).containsExactly(9L, 4L);
    }

    @Test
    void risksAndTheirSettingsAreReadOncePerProject() {
        fixture.risk(aThreat().withLastReviewDate(TODAY));
        fixture.riskReads.clear();

        ProjectScan scan = fixture.scan(standard(1, new Check.RiskReview(30)),
                standard(2, new Check.RiskCare(Severity.LOW)), standard(3, new Check.RiskCare(Severity.HIGH)),
                standard(4, new Check.RiskReview(7)));

        assertThat(scan.results()).hasSize(4);
        assertThat(fixture.riskReads).containsExactly("findByProject ALPHA", "find ALPHA");
    }
}
