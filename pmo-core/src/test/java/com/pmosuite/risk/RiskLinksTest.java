package com.pmosuite.risk;

import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.IssueDirectory;
import com.pmosuite.shared.ProjectLocks;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryPeople;
import com.pmosuite.testkit.InMemoryRiskSettingsStore;
import com.pmosuite.testkit.InMemoryRiskStore;
import com.pmosuite.testkit.RiskDraftFixture;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A risk links only issues that exist and that the person saving it can see. */
class RiskLinksTest {
    private static final Set<String> VISIBLE = Set.of("APOLLO-1", "APOLLO-2");
    private final IssueDirectory issues = VISIBLE::contains;
    private final RiskRegister register = new RiskRegister(new InMemoryRiskStore(), new InMemoryRiskSettingsStore(),
            InMemoryPeople.withAliceBobAndCarol(), FixedClock.atStart(), ProjectLocks.inThisJvm(), issues);

    @Test
    void visibleIssuesCanBeLinkedInAnyCase() {
        Risk risk = register.create("APOLLO",
                RiskDraftFixture.aThreat().withLinkedIssueKeys("apollo-1", "APOLLO-2").build(), "alice");

        assertThat(risk.fields().linkedIssueKeys()).containsExactly("APOLLO-1", "APOLLO-2");
    }

    @Test
    void anIssueThatCannotBeSeenIsRefusedLikeAMissingOneTogetherWithOtherProblems() {
        ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, () -> register.create("APOLLO",
                RiskDraftFixture.aThreat().withTitle(" ").withLinkedIssueKeys("APOLLO-1", "SECRET-7").build(),
                "alice"));

        assertThat(failure.errors()).containsExactly(
                new FieldError("title", "Title is required"),
                new FieldError("linkedIssueKeys", "no issue SECRET-7 that you can see"));
    }

    @Test
    void anImportReportsUnseenIssuesByLineAndStoresNothing() {
        RiskImport result = register.importCsv("APOLLO",
                "title,probability,impact,linkedIssueKeys\nFine,2,2,APOLLO-1\nHidden,2,2,SECRET-7\n", "alice");

        assertThat(result.created()).isEmpty();
        assertThat(result.errors()).containsExactly(
                new RiskImport.RowError(3, "linkedIssueKeys", "no issue SECRET-7 that you can see"));
    }
}
