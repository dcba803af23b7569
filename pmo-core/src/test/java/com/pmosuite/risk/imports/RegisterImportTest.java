package com.pmosuite.risk.imports;

import com.pmosuite.risk.Risk;
import com.pmosuite.risk.RiskRegister;
import com.pmosuite.risk.RiskStatus;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryPeople;
import com.pmosuite.testkit.InMemoryRiskSettingsStore;
import com.pmosuite.testkit.InMemoryRiskStore;
import com.pmosuite.testkit.RiskDraftFixture;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.pmosuite.testkit.RiskDraftFixture.aThreat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Importing any register: dialect detection, the mapping step, and updates by id checked as a PUT is. */
class RegisterImportTest {
    private static final String PROJECT = "APOLLO";
    private static final String OTHER = "GEMINI";
    private static final String BOB = InMemoryPeople.BOB.key();
    /** A public register's own dialect: semicolons, its own headers and status words, YYYY/MM/DD, a 1-3 scale. */
    static final String PUBLIC_REGISTER = """
            Risk_ID;Date_identified;Description;Probability;Impact;Owner;Status;Mitigation;Review_date
            R001;2026/01/15;Supplier delays the cloud migration;3;2;alice;Active;Second supplier on standby;2026/02/01
            R002;2026/01/20;"Key engineer leaves; knowledge is lost";2;3;bob;Mitigating;Pair on the billing code;2026/02/10
            R003;2025/11/02;Licence costs rise;1;1;;Retired;;2026/01/05
            """;

    private final InMemoryRiskStore store = new InMemoryRiskStore();
    private final RiskRegister register = new RiskRegister(store, new InMemoryRiskSettingsStore(),
            InMemoryPeople.withAliceBobAndCarol(), FixedClock.atStart());

    @Test
    void aSemicolonFileIsReadAsSemicolonSeparatedEvenWithCommasInItsProse() {
        assertThat(Separators.detect("a;b;c\n1;\"x, y\";3\n")).isEqualTo(';');
        assertThat(Separators.detect("a\tb\n1\t2, 3\n")).isEqualTo('\t');
        assertThat(Separators.detect("a|b|c\n1|2|3\n")).isEqualTo('|');
        assertThat(Separators.detect("title,description\nx,\"one; two; three\"\n")).isEqualTo(',');
    }

    @Test
    void aByteOrderMarkIsDroppedAndWindows1252IsReadOnlyWhenAsked() {
        byte[] bom = "\uFEFFtitle\nÉté\n".getBytes(StandardCharsets.UTF_8);
        assertThat(ImportEncoding.decode(bom, ImportEncoding.UTF_8, "file").text()).isEqualTo("title\nÉté\n");
        assertThat(ImportEncoding.decode(bom, ImportEncoding.UTF_8, "file").byteOrderMark()).isTrue();

        byte[] cp1252 = "title\nÉté – 5 €\n".getBytes(Charset.forName("windows-1252"));
        assertThat(ImportEncoding.decode(cp1252, ImportEncoding.WINDOWS_1252, "file").text())
                .isEqualTo("title\nÉté – 5 €\n");
        assertThatThrownBy(() -> ImportEncoding.decode(cp1252, ImportEncoding.UTF_8, "file"))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.field()).isEqualTo("file");
                            assertThat(error.message()).contains("line 2").contains("Windows-1252");
                        }));
    }

    @Test
    void thePublicRegistersColumnsLevelsWordsAndDatesAreSuggested() {
        ImportTable table = ImportFiles.table(PUBLIC_REGISTER);
        MappingSuggestion suggestion = MappingSuggestion.suggest(table, register.settings(PROJECT));

        assertThat(table.separator()).isEqualTo(';');
        assertThat(suggestion.ownExport()).isFalse();
        assertThat(suggestion.mapping().columns()).containsExactly(
                ColumnMapping.of(ImportField.TITLE, "Description"),
                ColumnMapping.of(ImportField.PROBABILITY, "Probability").withValues(Map.of("1", "1", "2", "3", "3", "5")),
                ColumnMapping.of(ImportField.IMPACT, "Impact").withValues(Map.of("1", "1", "2", "3", "3", "5")),
                ColumnMapping.of(ImportField.OWNER_KEY, "Owner"),
                ColumnMapping.of(ImportField.STATUS, "Status")
                        .withValues(Map.of("Active", "open", "Mitigating", "open", "Retired", "closed")),
                ColumnMapping.of(ImportField.RESPONSE_PLAN, "Mitigation"),
                ColumnMapping.of(ImportField.LAST_REVIEW_DATE, "Review_date").withDateFormat("yyyy/MM/dd"));
    }

    @Test
    void aFileInOurOwnColumnsMapsOntoItselfAndKeepsItsLevels() {
        ImportTable table = ImportFiles.table("title,probability,impact\nLow risk,2,3\n");

        MappingSuggestion suggestion = MappingSuggestion.suggest(table, register.settings(PROJECT));

        assertThat(suggestion.ownExport()).as("no id and version: nothing to update").isFalse();
        assertThat(suggestion.mapping().columns()).containsExactly(ColumnMapping.of(ImportField.TITLE, "title"),
                ColumnMapping.of(ImportField.PROBABILITY, "probability"), ColumnMapping.of(ImportField.IMPACT, "impact"));
    }

    @Test
    void aMappingIsStoredAndReadBackWhole() {
        ImportMapping mapping = new ImportMapping(List.of(
                ColumnMapping.of(ImportField.TITLE, "Risk, \"short\" name"),
                ColumnMapping.of(ImportField.STATUS, "Status").withValues(Map.of("In progress; late", "responding",
                        "Done\nreally", "closed")),
                ColumnMapping.of(ImportField.NEXT_REVIEW_DATE, "Review").withDateFormat("dd.MM.yyyy")));

        assertThat(ImportMapping.fromStored(mapping.toStored())).isEqualTo(mapping);
    }

    @Test
    void aDateThatReadsBothDayFirstAndMonthFirstIsLeftToThePerson() {
        assertThat(MappingSuggestion.fittingFormats(List.of("03/04/2026", "05/06/2026")))
                .containsExactly("dd/MM/yyyy", "MM/dd/yyyy");
        assertThat(MappingSuggestion.fittingFormats(List.of("03/04/2026", "25/06/2026")))
                .containsExactly("dd/MM/yyyy");
    }

    @Test
    void aThreePointScaleSpreadsLinearlyOverFiveLevels() {
        assertThat(MappingSuggestion.levels(List.of("1", "3", "2"), 5)).containsEntry("1", "1")
                .containsEntry("2", "3").containsEntry("3", "5");
        assertThat(MappingSuggestion.levels(List.of("Low", "High", "Medium"), 3)).containsEntry("Low", "1")
                .containsEntry("Medium", "2").containsEntry("High", "3");
    }

    @Test
    void thePublicRegisterImportsThroughTheSuggestedMappingWithNoFileEditing() {
        ImportTable table = ImportFiles.table(PUBLIC_REGISTER);
        ImportMapping mapping = MappingSuggestion.suggest(table, register.settings(PROJECT)).mapping();

        MappedImport result = register.importMapped(PROJECT, table, mapping, false, false, BOB);

        assertThat(result.written()).isTrue();
        assertThat(result.count(ImportedRow.Action.CREATE)).isEqualTo(3);
        List<Risk> risks = store.findByProject(PROJECT, Set.of());
        assertThat(risks).extracting(r -> r.fields().title()).containsExactly(
                "Supplier delays the cloud migration", "Key engineer leaves; knowledge is lost", "Licence costs rise");
        Risk first = risks.get(0);
        assertThat(first.fields().probability()).isEqualTo(5);
        assertThat(first.fields().impact()).isEqualTo(3);
        assertThat(first.fields().ownerKey()).isEqualTo("alice");
        assertThat(first.fields().status()).isEqualTo(RiskStatus.OPEN);
        assertThat(first.fields().lastReviewDate()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(risks.get(2).fields().status()).isEqualTo(RiskStatus.CLOSED);
    }

    @Test
    void theDryRunCountsEveryRowAndWritesNothing() {
        ImportTable table = ImportFiles.table(PUBLIC_REGISTER.replace(";2;3;bob;", ";7;3;bob;"));
        ImportMapping mapping = MappingSuggestion.suggest(ImportFiles.table(PUBLIC_REGISTER),
                register.settings(PROJECT)).mapping();

        MappedImport dryRun = register.importMapped(PROJECT, table, mapping, true, false, BOB);

        assertThat(dryRun.written()).isFalse();
        assertThat(dryRun.count(ImportedRow.Action.CREATE)).isEqualTo(2);
        assertThat(dryRun.refused()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(3);
            assertThat(row.problems()).containsExactly(RowProblem.of("probability", "must be between 1 and 5"));
        });
        assertThat(store.findByProject(PROJECT, Set.of())).isEmpty();
    }

    @Test
    void oneRefusedRowBlocksTheImportUnlessRefusedRowsAreSkipped() {
        ImportTable table = ImportFiles.table(PUBLIC_REGISTER.replace("2026/02/10", "10.02.2026"));
        ImportMapping mapping = MappingSuggestion.suggest(ImportFiles.table(PUBLIC_REGISTER),
                register.settings(PROJECT)).mapping();

        assertThat(register.importMapped(PROJECT, table, mapping, false, false, BOB).written()).isFalse();
        assertThat(store.findByProject(PROJECT, Set.of())).isEmpty();

        MappedImport skipping = register.importMapped(PROJECT, table, mapping, false, true, BOB);
        assertThat(skipping.written()).isTrue();
        assertThat(skipping.refused()).singleElement().extracting(ImportedRow::problems).asList()
                .containsExactly(RowProblem.of("lastReviewDate", "'10.02.2026' is not a date in the format yyyy/MM/dd"));
        assertThat(store.findByProject(PROJECT, Set.of())).hasSize(2);
    }

    @Test
    void aMappingIsValidatedWithFieldPaths() {
        ImportTable table = ImportFiles.table(PUBLIC_REGISTER);
        ImportMapping wrong = new ImportMapping(List.of(
                ColumnMapping.of(ImportField.TITLE, "Headline"),
                ColumnMapping.of(ImportField.PROBABILITY, "Probability").withValues(Map.of("3", "9")),
                ColumnMapping.of(ImportField.STATUS, "Status").withValues(Map.of("Active", "busy")),
                ColumnMapping.of(ImportField.NEXT_REVIEW_DATE, "Review_date"),
                new ColumnMapping("colour", "Impact", Map.of(), null)));

        assertThatThrownBy(() -> register.previewImport(PROJECT, table, wrong, 20))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("mapping.columns[0].column",
                                "mapping.columns[1].values.3", "mapping.columns[2].values.Active",
                                "mapping.columns[3].dateFormat", "mapping.columns[4].field"));
    }

    @Test
    void anEditedExportUpdatesItsRisksAndCreatesNoDuplicates() {
        Risk kept = register.create(PROJECT, aThreat().withTitle("Vendor lock-in").build(), BOB);
        Risk edited = register.create(PROJECT, aThreat().withTitle("Budget cut").build(), BOB);
        String export = register.exportCsv(PROJECT);
        String changed = export.replace("Budget cut", "Budget cut by 20%") + ",New risk from the sheet"
                + ",,,,,threat,2,2,,,,open" + ",".repeat(18) + "\r\n";
        ImportTable table = ImportFiles.table(changed);
        MappingSuggestion suggestion = MappingSuggestion.suggest(table, register.settings(PROJECT));
        assertThat(suggestion.ownExport()).isTrue();

        MappedImport result = register.importMapped(PROJECT, table, suggestion.mapping(), false, false, BOB);

        assertThat(result.rows()).extracting(ImportedRow::action).containsExactly(ImportedRow.Action.UNCHANGED,
                ImportedRow.Action.UPDATE, ImportedRow.Action.CREATE);
        assertThat(store.findByProject(PROJECT, Set.of())).extracting(r -> r.fields().title())
                .containsExactly("Vendor lock-in", "Budget cut by 20%", "New risk from the sheet");
        assertThat(store.find(edited.id()).orElseThrow().version()).isEqualTo(edited.version() + 1);
        assertThat(store.find(kept.id()).orElseThrow().version()).isEqualTo(kept.version());
    }

    @Test
    void aRowMadeFromAnOlderVersionIsRefusedAsAPutWouldBeAndOverwritesNothing() {
        Risk risk = register.create(PROJECT, aThreat().withTitle("Budget cut").build(), BOB);
        String export = register.exportCsv(PROJECT);
        register.update(risk.id(), risk.version(), RiskDraftFixture.copyOf(risk.fields()).withTitle("Budget frozen").build(),
                BOB);
        ImportTable table = ImportFiles.table(export.replace("Budget cut", "Budget halved"));
        ImportMapping mapping = MappingSuggestion.suggest(table, register.settings(PROJECT)).mapping();

        MappedImport result = register.importMapped(PROJECT, table, mapping, false, true, BOB);

        assertThat(result.written()).isFalse();
        assertThat(result.refused()).singleElement().satisfies(row -> {
            assertThat(row.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("version");
                assertThat(p.conflict()).isTrue();
                assertThat(p.message()).contains("since version 1").contains("at version 2 now");
            });
        });
        assertThat(store.find(risk.id()).orElseThrow().fields().title()).isEqualTo("Budget frozen");
    }

    @Test
    void anIdOfAnotherProjectOrOfNoRiskIsRefusedAlike() {
        Risk elsewhere = register.create(OTHER, aThreat().withTitle("Not yours").build(), BOB);
        String file = "id,version,title\n" + elsewhere.id() + ",1,Taken over\n4711,1,Ghost\n";
        ImportTable table = ImportFiles.table(file);
        ImportMapping mapping = MappingSuggestion.suggest(table, register.settings(PROJECT)).mapping();

        MappedImport result = register.importMapped(PROJECT, table, mapping, false, true, BOB);

        List<String> messages = new ArrayList<>();
        result.refused().forEach(r -> r.problems().forEach(p -> messages.add(p.field() + ": " + p.message())));
        assertThat(messages).containsExactly("id: no risk " + elsewhere.id() + " in this project",
                "id: no risk 4711 in this project");
        assertThat(store.find(elsewhere.id()).orElseThrow().fields().title()).isEqualTo("Not yours");
    }

    @Test
    void anUpdateKeepsTheFieldsTheMappingLeavesOut() {
        Risk risk = register.create(PROJECT, aThreat().withTitle("Budget cut").withProbability(4).build(), BOB);
        String file = "id;version;status\n" + risk.id() + ";1;Mitigating\n";
        ImportTable table = ImportFiles.table(file);
        ImportMapping mapping = new ImportMapping(List.of(ColumnMapping.of(ImportField.ID, "id"),
                ColumnMapping.of(ImportField.VERSION, "version"),
                ColumnMapping.of(ImportField.STATUS, "status").withValues(Map.of("mitigating", "monitoring"))));

        register.importMapped(PROJECT, table, mapping, false, false, BOB);

        Risk after = store.find(risk.id()).orElseThrow();
        assertThat(after.fields().status()).isEqualTo(RiskStatus.MONITORING);
        assertThat(after.fields().title()).isEqualTo("Budget cut");
        assertThat(after.fields().probability()).isEqualTo(4);
    }
}
