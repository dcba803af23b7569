package com.pmosuite.compliance.engine;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.OffenderKind;
import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.ProjectProfiles.ProjectProfile;
import com.pmosuite.compliance.StandardResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.pmosuite.compliance.engine.ScanFixture.ALPHA;
import static com.pmosuite.compliance.engine.ScanFixture.standard;
import static org.assertj.core.api.Assertions.assertThat;

/** "The project has a lead, a description and a category", as far as each is asked for. */
class ProjectDetailsCheckTest {
    private static final Check ALL_DETAILS = new Check.ProjectDetails(true, true, true);
    private final ScanFixture fixture = new ScanFixture();

    private void profile(String lead, String description, Long category) {
        fixture.profiles.put(new ProjectProfile(ALPHA, "ALPHA", "Apollo Platform", lead, description, category,
                List.of()));
    }

    @Test
    void aProjectWithEveryDetailPasses() {
        StandardResult result = fixture.result(ALL_DETAILS);

        assertThat(result.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(result.offenderKind()).isEqualTo(OffenderKind.PROJECT);
        assertThat(result.total()).isZero();
    }

    @Test
    void whatIsMissingIsNamed() {
        profile(null, "The platform", null);

        StandardResult result = fixture.result(ALL_DETAILS);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.offenderKind()).isEqualTo(OffenderKind.PROJECT);
        assertThat(result.offenders()).isEmpty();
        assertThat(result.total()).isEqualTo(1);
        assertThat(result.detail()).isEqualTo("no lead, no category");
    }

    @Test
    void aBlankDescriptionIsNone() {
        profile("alice", "  ", 1L);

        assertThat(fixture.result(ALL_DETAILS).detail()).isEqualTo("no description");
    }

    @Test
    void onlyTheDetailsAskedForCount() {
        profile(null, null, 1L);

        assertThat(fixture.result(new Check.ProjectDetails(false, false, true)).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void aProjectThatNoLongerExistsIsAnError() {
        fixture.profiles.remove(ALPHA);

        StandardResult result = fixture.result(ALL_DETAILS);

        assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(result.detail()).isEqualTo("the project no longer exists");
    }

    @Test
    void theProfileIsReadOncePerProject() {
        fixture.scan(standard(1, ALL_DETAILS), standard(2, new Check.ProjectDetails(true, false, false)),
                standard(3, new Check.VersionDates()));

        assertThat(fixture.profiles.calls).isEqualTo(1);
    }
}
