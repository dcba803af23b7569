package com.pmosuite.compliance.engine;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.OffenderKind;
import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.StandardResult;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static com.pmosuite.compliance.engine.ScanFixture.BUG;
import static org.assertj.core.api.Assertions.assertThat;

/** "Every epic (or chosen issue types) has a start and a due date", over unresolved issues. */
class IssueDatesCheckTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);
    private static final Check EPIC_DATES = new Check.IssueDates(Set.of(), true, true);

    private final ScanFixture fixture = new ScanFixture();

    @Test
    void epicsWithBothDatesPass() {
        fixture.issue(1).epic().start(START).due(DUE).save();

        StandardResult result = fixture.result(EPIC_DATES);

        assertThat(result.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(result.total()).isZero();
        assertThat(result.offenders()).isEmpty();
        assertThat(result.detail()).isNull();
    }

    @Test
    void anEpicMissingEitherDateOffends() {
        fixture.issue(1).epic().start(START).save();
        fixture.issue(2).epic().due(DUE).save();
        fixture.issue(3).epic().start(START).due(DUE).save();

        StandardResult result = fixture.result(EPIC_DATES);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.offenderKind()).isEqualTo(OffenderKind.ISSUE);
        assertThat(result.offenders()).containsExactly("ALPHA-1", "ALPHA-2");
        assertThat(result.total()).isEqualTo(2);
        assertThat(result.detail()).isEqualTo("2 issues without a start or due date");
    }

    @Test
    void noTypesChosenMeansEpicsOnly() {
        fixture.issue(1).save();
        fixture.issue(2).subTask().save();

        assertThat(fixture.result(EPIC_DATES).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void chosenTypesReplaceEpics() {
        fixture.issue(1).type(BUG).save();
        fixture.issue(2).epic().save();

        StandardResult result = fixture.result(new Check.IssueDates(Set.of(BUG), true, true));

        assertThat(result.offenders()).containsExactly("ALPHA-1");
    }

    @Test
    void onlyTheDatesAskedForAreChecked() {
        fixture.issue(1).epic().due(DUE).save();
        fixture.issue(2).epic().start(START).save();

        StandardResult result = fixture.result(new Check.IssueDates(Set.of(), false, true));

        assertThat(result.offenders()).containsExactly("ALPHA-2");
        assertThat(result.detail()).isEqualTo("1 issue without a due date");
    }

    @Test
    void resolvedAndDoneEpicsAreIgnored() {
        fixture.issue(1).epic().done(LocalDate.of(2026, 2, 1)).save();
        fixture.issue(2).epic().doneUnresolved().save();
        fixture.issue(3).epic().resolvedInProgress(LocalDate.of(2026, 2, 1)).save();

        assertThat(fixture.result(EPIC_DATES).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void issuesOfOtherProjectsAreNotRead() {
        fixture.issue(1).epic().project(ScanFixture.BETA).save();

        assertThat(fixture.result(EPIC_DATES).outcome()).isEqualTo(Outcome.PASSED);
    }
}
