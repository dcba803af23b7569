package com.pmosuite.compliance.engine;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.StandardResult;
import org.junit.jupiter.api.Test;

import com.pmosuite.compliance.ScanTarget;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static com.pmosuite.compliance.engine.ScanFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** "Nothing in progress without an update for N days": stale after more than N days, by the engine's calendar. */
class NoStaleWorkCheckTest {
    private final ScanFixture fixture = new ScanFixture();

    private static Instant startOfDay(int daysAgo) {
        return TODAY.minusDays(daysAgo).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    @Test
    void updatedExactlyNDaysAgoIsNotStale() {
        fixture.issue(1).inProgress().updated(startOfDay(14)).save();

        assertThat(fixture.result(new Check.NoStaleWork(14)).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void updatedTheDayBeforeIsStaleEvenAtItsLastSecond() {
        fixture.issue(1).inProgress().updated(startOfDay(14).minusSeconds(1)).save();

        StandardResult result = fixture.result(new Check.NoStaleWork(14));

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.offenders()).containsExactly("ALPHA-1");
        assertThat(result.detail()).isEqualTo("1 issue in progress without an update for more than 14 days");
    }

    @Test
    void onlyWorkInProgressCanBeStale() {
        fixture.issue(1).updated(startOfDay(400)).save();

        assertThat(fixture.result(new Check.NoStaleWork(14)).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void resolvedWorkIsNotStale() {
        fixture.issue(1).resolvedInProgress(TODAY.minusDays(100)).updated(startOfDay(100)).save();

        assertThat(fixture.result(new Check.NoStaleWork(14)).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void theDayOfAnUpdateIsTakenInTheEnginesZone() {
        // 23:30 UTC on 16 Feb is already 17 Feb in Berlin: 13 days before the scan there, 14 in UTC.
        Instant lateEvening = Instant.parse("2026-02-16T23:30:00Z");
        fixture.issue(1).inProgress().updated(lateEvening).save();
        FactScanEngine berlin = new FactScanEngine(fixture.facts, fixture.profiles, fixture.keys, fixture.jql,
                fixture.risks, fixture.figures, () -> ScoreThresholds.DEFAULTS, ZoneId.of("Europe/Berlin"));
        ScanTarget target = new ScanTarget(ScanFixture.ALPHA, "ALPHA",
                List.of(ScanFixture.standard(1, new Check.NoStaleWork(13))), List.of());

        assertThat(berlin.scan(List.of(target), TODAY, 50).get(0).results().get(0).outcome())
                .isEqualTo(Outcome.PASSED);
        assertThat(fixture.engine().scan(List.of(target), TODAY, 50).get(0).results().get(0).outcome())
                .isEqualTo(Outcome.FAILED);
    }
}
