package com.pmosuite.compliance.engine;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.JqlRunner;
import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.ProjectProfiles.ProjectProfile;
import com.pmosuite.compliance.ProjectScan;
import com.pmosuite.compliance.ScanTarget;
import com.pmosuite.compliance.ScanTarget.ActiveWaiver;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.StandardResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static com.pmosuite.compliance.engine.ScanFixture.ALPHA;
import static com.pmosuite.compliance.engine.ScanFixture.TODAY;
import static com.pmosuite.compliance.engine.ScanFixture.standard;
import static org.assertj.core.api.Assertions.assertThat;

/** Approved waivers in force: for the whole standard in the project, or for some of its offending issues. */
class WaiversTest {
    private static final Standard OVERDUE = standard(1, 40, new Check.NoOverdue(0));
    private static final Standard DETAILS = standard(2, 60, new Check.ProjectDetails(true, false, false));

    private final ScanFixture fixture = new ScanFixture();

    private ProjectScan scan(List<Standard> standards, ActiveWaiver... waivers) {
        return fixture.scan(new ScanTarget(ALPHA, "ALPHA", standards, List.of(waivers)));
    }

    private void threeOverdueIssues() {
        fixture.issue(1).due(TODAY.minusDays(5)).save();
        fixture.issue(2).due(TODAY.minusDays(5)).save();
        fixture.issue(3).due(TODAY.minusDays(5)).save();
    }

    @Test
    void aWaiverForTheWholeStandardTurnsAFailureIntoWaived() {
        threeOverdueIssues();

        ProjectScan scan = scan(List.of(OVERDUE), new ActiveWaiver(71, OVERDUE.id(), Set.of()));

        StandardResult result = scan.results().get(0);
        assertThat(result.outcome()).isEqualTo(Outcome.WAIVED);
        assertThat(result.total()).isZero();
        assertThat(result.waivedCount()).isEqualTo(3);
        assertThat(result.offenders()).isEmpty();
        assertThat(result.waiverIds()).containsExactly(71L);
        assertThat(scan.score()).isEqualByComparingTo("100.0");
    }

    @Test
    void aProjectCheckCanBeWaivedWhole() {
        fixture.profiles.put(new ProjectProfile(ALPHA, "ALPHA", "Apollo",
                null, null, null, List.of()));

        StandardResult result = scan(List.of(DETAILS), new ActiveWaiver(72, DETAILS.id(), Set.of())).results().get(0);

        assertThat(result.outcome()).isEqualTo(Outcome.WAIVED);
        assertThat(result.total()).isZero();
        assertThat(result.waivedCount()).isEqualTo(1);
        assertThat(result.detail()).isEqualTo("no lead");
    }

    @Test
    void aWaiverForSomeIssuesRemovesOnlyThoseOffenders() {
        threeOverdueIssues();

        StandardResult result = scan(List.of(OVERDUE), new ActiveWaiver(73, OVERDUE.id(), Set.of(2L, 99L)))
                .results().get(0);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.offenders()).containsExactly("ALPHA-1", "ALPHA-3");
        assertThat(result.total()).isEqualTo(2);
        assertThat(result.waivedCount()).isEqualTo(1);
        assertThat(result.waiverIds()).containsExactly(73L);
    }

    @Test
    void waiversCoveringEveryOffenderWaiveTheStandard() {
        threeOverdueIssues();

        StandardResult result = scan(List.of(OVERDUE), new ActiveWaiver(74, OVERDUE.id(), Set.of(1L, 2L)),
                new ActiveWaiver(75, OVERDUE.id(), Set.of(3L))).results().get(0);

        assertThat(result.outcome()).isEqualTo(Outcome.WAIVED);
        assertThat(result.total()).isZero();
        assertThat(result.waivedCount()).isEqualTo(3);
        assertThat(result.waiverIds()).containsExactly(74L, 75L);
    }

    @Test
    void aWaiverNamingNoOffenderDoesNotApply() {
        threeOverdueIssues();

        StandardResult result = scan(List.of(OVERDUE), new ActiveWaiver(76, OVERDUE.id(), Set.of(99L)))
                .results().get(0);

        assertThat(result.total()).isEqualTo(3);
        assertThat(result.waivedCount()).isZero();
        assertThat(result.waiverIds()).isEmpty();
    }

    @Test
    void aWaivedIssueBeyondTheOffenderCapIsStillFound() {
        for (long id = 1; id <= 60; id++) {
            fixture.issue(id).due(TODAY.minusDays(1)).save();
        }

        StandardResult result = scan(List.of(OVERDUE), new ActiveWaiver(77, OVERDUE.id(), Set.of(60L)))
                .results().get(0);

        assertThat(result.total()).isEqualTo(59);
        assertThat(result.offenders()).hasSize(50);
        assertThat(result.waivedCount()).isEqualTo(1);
    }

    @Test
    void aPassingStandardUsesNoWaiver() {
        ProjectScan scan = scan(List.of(OVERDUE), new ActiveWaiver(78, OVERDUE.id(), Set.of()));

        assertThat(scan.results().get(0).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(scan.results().get(0).waiverIds()).isEmpty();
    }

    @Test
    void aWaiverAppliesToItsOwnStandardOnly() {
        threeOverdueIssues();
        fixture.profiles.put(new ProjectProfile(ALPHA, "ALPHA", "Apollo",
                null, null, null, List.of()));

        ProjectScan scan = scan(List.of(OVERDUE, DETAILS), new ActiveWaiver(79, DETAILS.id(), Set.of()));

        assertThat(scan.results().get(0).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(scan.results().get(1).outcome()).isEqualTo(Outcome.WAIVED);
        assertThat(scan.passedWeight()).isEqualTo(60);
    }

    @Test
    void jqlOffendersAreWaivedByIssueAndTheRunnerIsAskedForAsManyMore() {
        Standard jql = standard(3, new Check.Jql("assignee is EMPTY"));
        fixture.jql.answers = q -> new JqlRunner.Match(List.of(4L, 5L, 6L), 3);

        StandardResult result = scan(List.of(jql), new ActiveWaiver(80, jql.id(), Set.of(5L, 8L))).results().get(0);

        assertThat(fixture.jql.calls).containsExactly("10000: assignee is EMPTY (cap 52)");
        assertThat(result.offenders()).containsExactly("ALPHA-4", "ALPHA-6");
        assertThat(result.total()).isEqualTo(2);
        assertThat(result.waivedCount()).isEqualTo(1);
        assertThat(result.waiverIds()).containsExactly(80L);
    }
}
