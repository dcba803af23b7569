package com.pmosuite.compliance.engine;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.JqlRunner;
import com.pmosuite.compliance.OffenderKind;
import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.ProjectScan;
import com.pmosuite.compliance.StandardResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.pmosuite.compliance.engine.ScanFixture.standard;
import static org.assertj.core.api.Assertions.assertThat;

/** "Issues of the project matching this JQL are violations": one search per standard, by the host's runner. */
class JqlCheckTest {
    private static final String UNASSIGNED = "assignee is EMPTY";
    private final ScanFixture fixture = new ScanFixture();

    @Test
    void matchingIssuesAreOffendersWithTheRunnersTotal() {
        fixture.jql.answers = jql -> new JqlRunner.Match(List.of(3L, 7L), 120);

        StandardResult result = fixture.result(new Check.Jql(UNASSIGNED));

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.offenderKind()).isEqualTo(OffenderKind.ISSUE);
        assertThat(result.offenders()).containsExactly("ALPHA-3", "ALPHA-7");
        assertThat(result.total()).isEqualTo(120);
        assertThat(result.detail()).isEqualTo("120 issues matching the JQL");
        assertThat(fixture.jql.calls).containsExactly("10000: assignee is EMPTY (cap 50)");
    }

    @Test
    void noMatchPasses() {
        assertThat(fixture.result(new Check.Jql(UNASSIGNED)).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void jqlTheRuntimeCannotRunIsAnErrorAndTheOtherStandardsStillScore() {
        fixture.jql.unrunnable = Map.of("status = Open ORDER BY rank",
                List.of("the workbench cannot run: ORDER BY", "unknown field: rank"));
        fixture.issue(1).save();

        ProjectScan scan = fixture.scan(standard(1, 50, new Check.Jql("status = Open ORDER BY rank")),
                standard(2, 10, new Check.NoOverdue(0)), standard(3, 30, new Check.PlanBaseline()));

        StandardResult error = scan.results().get(0);
        assertThat(error.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(error.detail()).isEqualTo("the workbench cannot run: ORDER BY; unknown field: rank");
        assertThat(error.total()).isZero();
        assertThat(scan.results().get(1).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(scan.results().get(2).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(scan.passedWeight()).isEqualTo(10);
        assertThat(scan.scoredWeight()).isEqualTo(40);
        assertThat(scan.score()).isEqualByComparingTo("25.0");
    }

    @Test
    void eachJqlStandardIsOneSearch() {
        fixture.scan(standard(1, new Check.Jql(UNASSIGNED)), standard(2, new Check.Jql("priority = High")));

        assertThat(fixture.jql.calls).containsExactly("10000: assignee is EMPTY (cap 50)",
                "10000: priority = High (cap 50)");
    }
}
