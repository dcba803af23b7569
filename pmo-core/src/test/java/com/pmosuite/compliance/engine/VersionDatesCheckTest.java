package com.pmosuite.compliance.engine;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.OffenderKind;
import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.ProjectProfiles.VersionInfo;
import com.pmosuite.compliance.StandardResult;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.pmosuite.compliance.engine.ScanFixture.ALPHA;
import static com.pmosuite.compliance.engine.ScanFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** "Every released or due version has a release date": released ones, and unreleased ones already started. */
class VersionDatesCheckTest {
    private static final LocalDate RELEASE = LocalDate.of(2026, 4, 1);
    private final ScanFixture fixture = new ScanFixture();

    private static VersionInfo version(String name, boolean released, boolean archived, LocalDate start,
                                       LocalDate release) {
        return new VersionInfo(name, released, archived, start, release);
    }

    @Test
    void versionsWithReleaseDatesPass() {
        fixture.profiles.versions(ALPHA, version("1.0", true, false, null, RELEASE),
                version("2.0", false, false, TODAY.minusDays(5), RELEASE));

        assertThat(fixture.result(new Check.VersionDates()).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void releasedAndStartedVersionsWithoutReleaseDateOffend() {
        fixture.profiles.versions(ALPHA, version("1.0", true, false, null, null),
                version("1.1", false, false, TODAY.minusDays(1), null),
                version("2.0", false, false, null, null));

        StandardResult result = fixture.result(new Check.VersionDates());

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.offenderKind()).isEqualTo(OffenderKind.VERSION);
        assertThat(result.offenders()).containsExactly("1.0", "1.1");
        assertThat(result.total()).isEqualTo(2);
        assertThat(result.detail()).isEqualTo("2 versions without a release date");
    }

    @Test
    void aVersionStartingTodayHasNotPassedItsStart() {
        fixture.profiles.versions(ALPHA, version("3.0", false, false, TODAY, null));

        assertThat(fixture.result(new Check.VersionDates()).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(fixture.result(new Check.VersionDates(), TODAY.plusDays(1)).offenders()).containsExactly("3.0");
    }

    @Test
    void archivedVersionsAreLeftAside() {
        fixture.profiles.versions(ALPHA, version("0.9", true, true, null, null));

        assertThat(fixture.result(new Check.VersionDates()).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void offendersAreCappedAndCountedInAll() {
        VersionInfo[] versions = new VersionInfo[60];
        for (int i = 0; i < versions.length; i++) {
            versions[i] = version("v" + i, true, false, null, null);
        }
        fixture.profiles.versions(ALPHA, versions);

        StandardResult result = fixture.result(new Check.VersionDates());

        assertThat(result.offenders()).hasSize(50).startsWith("v0", "v1").endsWith("v49");
        assertThat(result.total()).isEqualTo(60);
    }

    @Test
    void aProjectThatNoLongerExistsIsAnError() {
        fixture.profiles.remove(ALPHA);

        StandardResult result = fixture.result(new Check.VersionDates());

        assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(result.detail()).isEqualTo("the project no longer exists");
    }
}
