package com.pmosuite.compliance.engine;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.FactField;
import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.StandardResult;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static com.pmosuite.compliance.engine.ScanFixture.BUG;
import static com.pmosuite.compliance.engine.ScanFixture.STORY;
import static org.assertj.core.api.Assertions.assertThat;

/** "Issues of a type have a field set". */
class FieldSetCheckTest {
    private final ScanFixture fixture = new ScanFixture();

    @Test
    void storiesWithoutPointsOffend() {
        fixture.issue(1).points(3).save();
        fixture.issue(2).save();
        fixture.issue(3).type(BUG).save();

        StandardResult result = fixture.result(new Check.FieldSet(Set.of(STORY), FactField.STORY_POINTS));

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.offenders()).containsExactly("ALPHA-2");
        assertThat(result.detail()).isEqualTo("1 issue without story points");
    }

    @Test
    void noTypesChosenMeansEveryType() {
        fixture.issue(1).save();
        fixture.issue(2).type(BUG).save();
        fixture.issue(3).epic().assignee("alice").save();

        StandardResult result = fixture.result(new Check.FieldSet(Set.of(), FactField.ASSIGNEE));

        assertThat(result.offenders()).containsExactly("ALPHA-1", "ALPHA-2");
    }

    @Test
    void eachFieldKindCountsAsSetWhenItHasAValue() {
        fixture.issue(1).due(LocalDate.of(2026, 4, 1)).estimate(3600, 0, 0).cost("0.00").securityLevel(7).save();

        for (FactField field : FactField.values()) {
            if (field != FactField.RESOLVED && field != FactField.ASSIGNEE && field != FactField.START
                    && field != FactField.STORY_POINTS) {
                assertThat(fixture.result(new Check.FieldSet(Set.of(), field)).outcome()).as(field.name())
                        .isEqualTo(Outcome.PASSED);
            }
        }
    }

    @Test
    void fieldsJiraAlwaysSetsNeverOffend() {
        fixture.issue(1).save();

        assertThat(fixture.result(new Check.FieldSet(Set.of(), FactField.STATUS_CATEGORY)).outcome())
                .isEqualTo(Outcome.PASSED);
        assertThat(fixture.result(new Check.FieldSet(Set.of(), FactField.CREATED)).outcome())
                .isEqualTo(Outcome.PASSED);
    }

    @Test
    void resolvedIssuesAreIgnored() {
        fixture.issue(1).done(LocalDate.of(2026, 2, 2)).save();

        assertThat(fixture.result(new Check.FieldSet(Set.of(), FactField.STORY_POINTS)).outcome())
                .isEqualTo(Outcome.PASSED);
    }
}
