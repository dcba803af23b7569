package com.pmosuite.compliance.engine;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.StandardResult;
import org.junit.jupiter.api.Test;

import static com.pmosuite.compliance.engine.ScanFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** "No unresolved issue overdue by more than N days". */
class NoOverdueCheckTest {
    private final ScanFixture fixture = new ScanFixture();

    @Test
    void overdueByExactlyTheGraceDaysPasses() {
        fixture.issue(1).due(TODAY.minusDays(3)).save();

        assertThat(fixture.result(new Check.NoOverdue(3)).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void overdueByOneDayMoreThanTheGraceFails() {
        fixture.issue(1).due(TODAY.minusDays(4)).save();

        StandardResult result = fixture.result(new Check.NoOverdue(3));

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.offenders()).containsExactly("ALPHA-1");
        assertThat(result.total()).isEqualTo(1);
        assertThat(result.detail()).isEqualTo("1 issue overdue by more than 3 days");
    }

    @Test
    void withoutGraceDueTodayPassesAndDueYesterdayFails() {
        fixture.issue(1).due(TODAY).save();
        fixture.issue(2).due(TODAY.minusDays(1)).save();

        assertThat(fixture.result(new Check.NoOverdue(0)).offenders()).containsExactly("ALPHA-2");
    }

    @Test
    void anIssueWithoutDueDateIsNeverOverdue() {
        fixture.issue(1).save();

        assertThat(fixture.result(new Check.NoOverdue(0)).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void resolvedIssuesAreNotOverdue() {
        fixture.issue(1).due(TODAY.minusDays(30)).done(TODAY.minusDays(1)).save();
        fixture.issue(2).due(TODAY.minusDays(30)).doneUnresolved().save();

        assertThat(fixture.result(new Check.NoOverdue(0)).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void everyIssueLevelCounts() {
        fixture.issue(1).epic().due(TODAY.minusDays(10)).save();
        fixture.issue(2).subTask().due(TODAY.minusDays(10)).save();

        assertThat(fixture.result(new Check.NoOverdue(5)).offenders()).containsExactly("ALPHA-1", "ALPHA-2");
    }

    @Test
    void negativeGraceDaysCannotBeEvaluated() {
        StandardResult result = fixture.result(new Check.NoOverdue(-1));

        assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(result.detail()).isEqualTo("grace days must not be negative: -1");
    }
}
