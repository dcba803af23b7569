package com.pmosuite.risk;

import com.pmosuite.shared.Csv;
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

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A risk links only issues that exist and that the person saving it can see. */
class RiskLinksTest {
    private static final Set<String> VISIBLE = Set.of("APOLLO-1", "APOLLO-2");
    /** APOLLO-9 was moved to another project and is now GEMINI-3; Jira still finds it by the old key. */
    private final IssueDirectory issues = key -> key.equals("APOLLO-9") ? Optional.of("GEMINI-3")
            : Optional.of(key).filter(VISIBLE::contains);
    private final InMemoryRiskStore store = new InMemoryRiskStore();
    private final RiskRegister register = new RiskRegister(store, new InMemoryRiskSettingsStore(),
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
    void aMovedIssueIsLinkedUnderItsCurrentKey() {
        Risk risk = register.create("APOLLO", RiskDraftFixture.aThreat().withLinkedIssueKeys("APOLLO-9").build(),
                "alice");

        assertThat(risk.fields().linkedIssueKeys()).containsExactly("GEMINI-3");
    }

    @Test
    void anEditDoesNotRecheckLinksTheEditorWasShown() {
        // APOLLO-8 was deleted after it was linked: the directory no longer finds it, but a list still shows it.
        Risk risk = register.create("APOLLO", RiskDraftFixture.aThreat().withLinkedIssueKeys("APOLLO-1").build(),
                "alice");
        store.update(risk.id(), 1, risk.fields().withLinkedIssueKeys(List.of("APOLLO-1", "APOLLO-8")), List.of(),
                "alice", FixedClock.atStart().instant());
        RiskRegister showingDeletedKeys = new RiskRegister(store, new InMemoryRiskSettingsStore(),
                InMemoryPeople.withAliceBobAndCarol(), FixedClock.atStart(), ProjectLocks.inThisJvm(),
                new IssueDirectory() {
                    @Override
                    public Optional<String> visibleKey(String key) {
                        return Optional.of(key).filter(VISIBLE::contains);
                    }

                    @Override
                    public Set<String> shownAmong(Collection<String> keys) {
                        return Set.copyOf(keys);
                    }
                });

        Risk edited = showingDeletedKeys.update(risk.id(), 2, RiskDraftFixture.copyOf(
                store.find(risk.id()).orElseThrow().fields()).withTitle("Renamed").build(), "bob");

        assertThat(edited.fields().linkedIssueKeys()).containsExactly("APOLLO-1", "APOLLO-8");
        assertThat(edited.fields().title()).isEqualTo("Renamed");
    }

    @Test
    void anEditorWhoSendsTheKeyOfALinkTheyCannotSeeGetsTheAnswerForAnyIssueTheyCannotSee() {
        Risk risk = register.create("APOLLO", RiskDraftFixture.aThreat().withLinkedIssueKeys("APOLLO-1").build(),
                "alice");
        RiskRegister forBob = new RiskRegister(store, new InMemoryRiskSettingsStore(),
                InMemoryPeople.withAliceBobAndCarol(), FixedClock.atStart(), ProjectLocks.inThisJvm(),
                key -> Optional.empty());

        ValidationFailed linked = catchThrowableOfType(ValidationFailed.class, () -> forBob.update(risk.id(), 1,
                RiskDraftFixture.copyOf(risk.fields()).withLinkedIssueKeys("APOLLO-1").build(), "bob"));
        ValidationFailed notLinked = catchThrowableOfType(ValidationFailed.class, () -> forBob.update(risk.id(), 1,
                RiskDraftFixture.copyOf(risk.fields()).withLinkedIssueKeys("APOLLO-2").build(), "bob"));

        assertThat(linked.errors()).containsExactly(
                new FieldError("linkedIssueKeys", "no issue APOLLO-1 that you can see"));
        assertThat(notLinked.errors()).containsExactly(
                new FieldError("linkedIssueKeys", "no issue APOLLO-2 that you can see"));
        assertThat(store.find(risk.id()).orElseThrow().fields().linkedIssueKeys()).containsExactly("APOLLO-1");
    }

    @Test
    void anImportReportsUnseenIssuesByLineAndStoresNothing() {
        RiskImport result = register.importCsv("APOLLO",
                Csv.read("title,probability,impact,linkedIssueKeys\nFine,2,2,APOLLO-1\nHidden,2,2,SECRET-7\n"),
                "alice");

        assertThat(result.created()).isEmpty();
        assertThat(result.errors()).containsExactly(
                new RiskImport.RowError(3, "linkedIssueKeys", "no issue SECRET-7 that you can see"));
    }
}
