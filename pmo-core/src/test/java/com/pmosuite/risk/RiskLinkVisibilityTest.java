package com.pmosuite.risk;

import com.pmosuite.risk.imports.ImportFiles;
import com.pmosuite.risk.imports.ImportTable;
import com.pmosuite.risk.imports.MappedImport;
import com.pmosuite.risk.imports.MappingSuggestion;

import com.pmosuite.shared.Csv;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.IssueDirectory;
import com.pmosuite.shared.ProjectLocks;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryPeople;
import com.pmosuite.testkit.InMemoryRiskSettingsStore;
import com.pmosuite.testkit.InMemoryRiskStore;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static com.pmosuite.testkit.RiskDraftFixture.aThreat;
import static com.pmosuite.testkit.RiskDraftFixture.copyOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A reader is shown only the linked issues they can see, in every view of a risk; an editor who cannot see a link
 * does not remove it by saving what they were shown.
 */
class RiskLinkVisibilityTest {
    /** Who is asking: carol sees every issue, alice none in SECRET. */
    private final Reader reader = new Reader();
    private final InMemoryRiskStore store = new InMemoryRiskStore();
    private final RiskRegister register = new RiskRegister(store, new InMemoryRiskSettingsStore(),
            InMemoryPeople.withAliceBobAndCarol(), FixedClock.atStart(), ProjectLocks.inThisJvm(), reader);

    @Test
    void aRiskIsShownWithoutTheLinksTheReaderCannotSee() {
        Risk risk = createdByCarol("APOLLO-1", "SECRET-2", "APOLLO-3");

        reader.isAlice();

        assertThat(register.shown(risk).fields().linkedIssueKeys()).containsExactly("APOLLO-1", "APOLLO-3");
        assertThat(register.shown(risk).fields().title()).isEqualTo(risk.fields().title());
    }

    @Test
    void aReaderWhoSeesEveryLinkedIssueIsShownTheRiskAsStored() {
        Risk risk = createdByCarol("APOLLO-1", "SECRET-2");

        assertThat(register.shown(risk)).isEqualTo(risk);
    }

    @Test
    void aListAsksAboutEveryDistinctKeyOnceForAllItsRisks() {
        List<Risk> risks = IntStream.range(0, 20).mapToObj(i -> createdByCarol("APOLLO-1", "SECRET-2")).toList();
        reader.isAlice();
        reader.questions.clear();

        List<Risk> shown = register.shown(risks);

        assertThat(shown).allSatisfy(r -> assertThat(r.fields().linkedIssueKeys()).containsExactly("APOLLO-1"));
        assertThat(reader.questions).containsExactly(List.of("APOLLO-1", "SECRET-2"));
    }

    @Test
    void theExportLeavesOutTheLinksTheReaderCannotSee() {
        createdByCarol("SECRET-2", "APOLLO-1");
        reader.isAlice();

        List<Csv.Row> rows = Csv.read(register.exportCsv("APOLLO"));

        int column = rows.get(0).cells().indexOf("linkedIssueKeys");
        assertThat(rows.get(1).cells().get(column)).isEqualTo("APOLLO-1");
        assertThat(String.join(",", rows.get(1).cells())).doesNotContain("SECRET");
    }

    @Test
    void theHistoryLeavesOutTheLinksTheReaderCannotSee() {
        Risk risk = createdByCarol("APOLLO-1");
        Risk linked = register.update(risk.id(), 1, copyOf(risk.fields())
                .withLinkedIssueKeys("APOLLO-1", "SECRET-2").build(), "carol");
        register.update(risk.id(), 2, copyOf(linked.fields()).withTitle("Renamed")
                .withLinkedIssueKeys("APOLLO-3").build(), "carol");
        reader.isAlice();

        List<RiskHistoryEntry> history = register.history(risk.id());

        assertThat(history).extracting(RiskHistoryEntry::version, RiskHistoryEntry::field,
                        RiskHistoryEntry::oldValue, RiskHistoryEntry::newValue)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(1, "created", null, risk.fields().title()),
                        org.assertj.core.api.Assertions.tuple(3, "title", risk.fields().title(), "Renamed"),
                        org.assertj.core.api.Assertions.tuple(3, "linkedIssueKeys", "APOLLO-1", "APOLLO-3"));
    }

    @Test
    void anEditorWhoCannotSeeALinkKeepsItWhenSavingWhatTheyWereShown() {
        Risk risk = createdByCarol("SECRET-2", "APOLLO-1");
        reader.isAlice();
        Risk shown = register.shown(risk);

        Risk saved = register.update(risk.id(), 1, copyOf(shown.fields()).withTitle("Renamed by alice").build(),
                "alice");

        assertThat(saved.fields().linkedIssueKeys()).containsExactly("SECRET-2", "APOLLO-1");
        assertThat(store.history(risk.id())).extracting(RiskHistoryEntry::field).containsExactly("created", "title");
    }

    @Test
    void anExportReimportedByAnEditorWhoCannotSeeALinkKeepsIt() {
        Risk risk = createdByCarol("SECRET-2", "APOLLO-1");
        reader.isAlice();
        String export = register.exportCsv("APOLLO").replace(risk.fields().title(), "Renamed in the sheet");
        ImportTable table = ImportFiles.table(export);

        MappedImport result = register.importMapped("APOLLO", table,
                MappingSuggestion.suggest(table, RiskSettings.DEFAULT).mapping(), false,
                false, "alice");

        assertThat(result.written()).isTrue();
        Risk saved = store.find(risk.id()).orElseThrow();
        assertThat(saved.fields().title()).isEqualTo("Renamed in the sheet");
        assertThat(saved.fields().linkedIssueKeys()).containsExactly("SECRET-2", "APOLLO-1");
        assertThat(store.history(risk.id())).extracting(RiskHistoryEntry::field).containsExactly("created", "title");
    }

    @Test
    void anEditorWhoChangesTheVisibleLinksKeepsTheHiddenOnes() {
        Risk risk = createdByCarol("SECRET-2", "APOLLO-1");
        reader.isAlice();

        Risk saved = register.update(risk.id(), 1, copyOf(register.shown(risk).fields())
                .withLinkedIssueKeys("APOLLO-3").build(), "alice");

        assertThat(saved.fields().linkedIssueKeys()).containsExactly("APOLLO-3", "SECRET-2");
        assertThat(register.shown(saved).fields().linkedIssueKeys()).containsExactly("APOLLO-3");
    }

    @Test
    void anEditorWhoRemovesEveryVisibleLinkStillKeepsTheHiddenOnes() {
        Risk risk = createdByCarol("APOLLO-1", "SECRET-2");
        reader.isAlice();

        Risk saved = register.update(risk.id(), 1, copyOf(register.shown(risk).fields())
                .withLinkedIssueKeys().build(), "alice");

        assertThat(saved.fields().linkedIssueKeys()).containsExactly("SECRET-2");
    }

    @Test
    void theHiddenLinksCountTowardsTheLimit() {
        Risk risk = createdByCarol("SECRET-2");
        reader.isAlice();
        String[] fifty = IntStream.rangeClosed(1, RiskDraft.LINKED_ISSUES_MAX).mapToObj(i -> "APOLLO-" + i)
                .toArray(String[]::new);

        ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, () -> register.update(risk.id(), 1,
                copyOf(register.shown(risk).fields()).withLinkedIssueKeys(fifty).build(), "alice"));

        assertThat(failure.errors()).containsExactly(new FieldError("linkedIssueKeys",
                "at most 50 linked issues, counting those this risk links that you cannot see"));
        assertThat(store.find(risk.id()).orElseThrow().fields().linkedIssueKeys()).containsExactly("SECRET-2");
    }

    private Risk createdByCarol(String... keys) {
        reader.isCarol();
        return register.create("APOLLO", aThreat().withLinkedIssueKeys(keys).build(), "carol");
    }

    /** An issue directory for whoever is "logged in", recording what it was asked in one go. */
    private static final class Reader implements IssueDirectory {
        private final Set<String> hidden = new HashSet<>();
        private final List<List<String>> questions = new ArrayList<>();

        void isAlice() {
            hidden.add("SECRET");
        }

        void isCarol() {
            hidden.clear();
        }

        @Override
        public Optional<String> visibleKey(String issueKey) {
            return Optional.of(issueKey).filter(key -> !hidden.contains(key.substring(0, key.indexOf('-'))));
        }

        @Override
        public Set<String> shownAmong(Collection<String> issueKeys) {
            questions.add(List.copyOf(issueKeys));
            return IssueDirectory.super.shownAmong(issueKeys);
        }
    }
}
