package com.pmosuite.compliance.engine;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.ProjectScan;
import com.pmosuite.compliance.StandardResult;
import com.pmosuite.risk.Severity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static com.pmosuite.compliance.engine.ScanFixture.ALPHA;
import static com.pmosuite.compliance.engine.ScanFixture.TODAY;
import static com.pmosuite.compliance.engine.ScanFixture.standard;
import static com.pmosuite.testkit.RiskDraftFixture.aThreat;
import static org.assertj.core.api.Assertions.assertThat;

/** A project deleted after the scan's targets were chosen: its project-level checks are errors, not failures. */
class DeletedProjectTest {
    private final ScanFixture fixture = new ScanFixture();

    @Test
    void everyProjectLevelCheckOfADeletedProjectIsAnError() {
        fixture.profiles.remove(ALPHA);
        fixture.risk(aThreat().withLastReviewDate(TODAY.minusDays(100)));
        fixture.issue(1).due(TODAY.minusDays(1)).save();

        ProjectScan scan = fixture.scan(standard(1, new Check.ProjectDetails(true, true, true)),
                standard(2, new Check.VersionDates()), standard(3, new Check.PlanBaseline()),
                standard(4, new Check.EvmIndices(BigDecimal.ONE, BigDecimal.ONE)), standard(5, new Check.RiskReview(30)),
                standard(6, new Check.RiskCare(Severity.LOW)), standard(7, new Check.NoOverdue(0)));

        assertThat(scan.results().subList(0, 6)).extracting(StandardResult::outcome).containsOnly(Outcome.ERROR);
        assertThat(scan.results().subList(0, 6)).extracting(StandardResult::detail)
                .containsOnly("the project no longer exists");
        assertThat(scan.results().get(6).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(scan.scoredWeight()).isEqualTo(10);
        assertThat(fixture.profiles.calls).isEqualTo(1);
    }
}
