package com.pmosuite.workbench.compliance;

import com.pmosuite.compliance.ProjectProfiles.ProjectProfile;
import com.pmosuite.compliance.ProjectProfiles.VersionInfo;
import com.pmosuite.workbench.demo.DemoPortfolio;
import com.pmosuite.workbench.tracker.TrackerValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What compliance reads of a workbench project: lead and category as the directory has them, description and
 * versions as stored on HSQLDB, read back by a store opened again on the same database.
 */
class WorkbenchProjectProfilesIT {
    private static final LocalDate DAY = LocalDate.parse("2026-11-30");

    @TempDir
    Path data;

    @Test
    void leadDescriptionCategoryAndVersionsAreReadBackAfterARestart() {
        long alpha;
        try (TrackerOnHsqldb jira = new TrackerOnHsqldb(data, Clock.systemUTC())) {
            alpha = jira.project("ALPHA").id();
            jira.details.describe(alpha, "The shared platform.");
            jira.details.addVersion(alpha, "1.0", true, false, DAY.minusWeeks(8), DAY.minusWeeks(2));
            jira.details.addVersion(alpha, "1.1", true, false, DAY.minusWeeks(2), null);
            jira.details.addVersion(alpha, "Old pilot", false, true, null, null);
        }

        try (TrackerOnHsqldb again = new TrackerOnHsqldb(data, Clock.systemUTC())) {
            ProjectProfile profile = new WorkbenchProjectProfiles(again.directory, again.details).profile(alpha)
                    .orElseThrow();

            assertThat(profile.key()).isEqualTo("ALPHA");
            assertThat(profile.name()).isEqualTo("Apollo Platform");
            assertThat(profile.leadKey()).isEqualTo("dave");
            assertThat(profile.description()).isEqualTo("The shared platform.");
            assertThat(profile.categoryId()).isEqualTo(DemoPortfolio.PLATFORM.id());
            assertThat(profile.versions()).containsExactly(
                    new VersionInfo("1.0", true, false, DAY.minusWeeks(8), DAY.minusWeeks(2)),
                    new VersionInfo("1.1", true, false, DAY.minusWeeks(2), null),
                    new VersionInfo("Old pilot", false, true, null, null));
        }
    }

    @Test
    void aProjectWithoutDetailsHasNoDescriptionAndNoVersions() {
        try (TrackerOnHsqldb jira = new TrackerOnHsqldb(data, Clock.systemUTC())) {
            ProjectProfile gamma = new WorkbenchProjectProfiles(jira.directory, jira.details)
                    .profile(jira.project("GAMMA").id()).orElseThrow();

            assertThat(gamma.description()).isNull();
            assertThat(gamma.versions()).isEmpty();
            assertThat(gamma.categoryId()).isEqualTo(DemoPortfolio.CUSTOMER.id());
        }
    }

    @Test
    void aBlankDescriptionClearsIt() {
        try (TrackerOnHsqldb jira = new TrackerOnHsqldb(data, Clock.systemUTC())) {
            long beta = jira.project("BETA").id();
            jira.details.describe(beta, "Billing.");
            jira.details.describe(beta, "  ");

            assertThat(jira.details.description(beta)).isEmpty();
        }
    }

    @Test
    void aProjectThatDoesNotExistHasNoProfile() {
        try (TrackerOnHsqldb jira = new TrackerOnHsqldb(data, Clock.systemUTC())) {
            assertThat(new WorkbenchProjectProfiles(jira.directory, jira.details).profile(99_999L)).isEmpty();
        }
    }

    @Test
    void versionNamesAreUniquePerProjectIgnoringCase() {
        try (TrackerOnHsqldb jira = new TrackerOnHsqldb(data, Clock.systemUTC())) {
            long alpha = jira.project("ALPHA").id();
            jira.details.addVersion(alpha, "R1", false, false, null, null);
            jira.details.addVersion(jira.project("BETA").id(), "R1", false, false, null, null);

            assertThatThrownBy(() -> jira.details.addVersion(alpha, "r1", false, false, null, null))
                    .isInstanceOf(TrackerValidationException.class).hasMessageContaining("already exists");
            assertThat(jira.details.versions(alpha)).hasSize(1);
        }
    }

    @Test
    void aVersionCannotStartAfterItsRelease() {
        try (TrackerOnHsqldb jira = new TrackerOnHsqldb(data, Clock.systemUTC())) {
            assertThatThrownBy(() -> jira.details.addVersion(jira.project("ALPHA").id(), "Late", false, false,
                    DAY, DAY.minusDays(1))).isInstanceOf(TrackerValidationException.class);
        }
    }
}
