package com.pmosuite.risk;

import com.pmosuite.shared.Csv;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryPeople;
import com.pmosuite.testkit.SpreadsheetReading;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.pmosuite.testkit.RiskDraftFixture.aThreat;
import static com.pmosuite.testkit.RiskDraftFixture.anOpportunity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskCsvTest {
    private static final LocalDate TODAY = FixedClock.TODAY;
    private static final Instant CREATED_AT = Instant.parse("2026-03-01T10:15:30.250Z");
    private static final String HEADER = "id,title,description,category,cause,effect,kind,probability,impact,score,"
            + "severity,ownerKey,status,strategy,responsePlan,contingencyPlan,trigger,proximityDate,lastReviewDate,"
            + "nextReviewDate,residualProbability,residualImpact,residualScore,costImpact,expectedMonetaryValue,"
            + "linkedIssueKeys,createdBy,createdAt,updatedBy,updatedAt,version";

    // ---------------------------------------------------------------------------------------------- export

    @Test
    void anExportStartsWithEveryColumnNamedAsInTheApi() {
        String csv = RiskCsv.write(List.of(), RiskSettings.DEFAULT, TODAY);

        assertThat(csv).isEqualTo(HEADER + "\r\n");
    }

    @Test
    void anExportAddsTheComputedValuesOfEachRisk() {
        Risk risk = stored(7, aThreat().withProbability(4).withImpact(5).withCostImpact("1000").fields());

        List<String> row = Csv.read(RiskCsv.write(List.of(risk), RiskSettings.DEFAULT, TODAY)).get(1).cells();

        assertThat(cell(row, "id")).isEqualTo("7");
        assertThat(cell(row, "score")).isEqualTo("20");
        assertThat(cell(row, "severity")).isEqualTo("critical");
        assertThat(cell(row, "residualScore")).isEqualTo("20");
        assertThat(cell(row, "expectedMonetaryValue")).isEqualTo("-700.00");
        assertThat(cell(row, "createdAt")).isEqualTo("2026-03-01T10:15:30.250Z");
        assertThat(cell(row, "version")).isEqualTo("3");
    }

    @Test
    void anExportGuardsTextAgainstSpreadsheetFormulas() {
        Risk risk = stored(1, aThreat().withTitle("=HYPERLINK(\"http://evil\")").withDescription("-5 days").fields());

        List<String> row = Csv.read(RiskCsv.write(List.of(risk), RiskSettings.DEFAULT, TODAY)).get(1).cells();

        assertThat(cell(row, "title")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(cell(row, "description")).isEqualTo("'-5 days");
    }

    @Test
    void anExportOpensNoFormulaWhateverSeparatorTheSpreadsheetApplies() {
        Risk risk = stored(1, hostileFields());

        String csv = RiskCsv.write(List.of(risk), RiskSettings.DEFAULT, TODAY);

        assertThat(SpreadsheetReading.formulaCells(csv)).isEmpty();
    }

    /** Text that opens a formula after a semicolon, comma, tab, line break, space or quote: valid risk fields. */
    private static RiskFields hostileFields() {
        return aThreat().withTitle("x;=cmd|' /C calc'!A0;y").withDescription("Steps:\n- call the vendor\r\n+1+1")
                .withCategory("a,@SUM(A1)").withCause("x;\"=1+1\";y").withEffect("tab\t=1+1")
                .withTrigger("x; -1+cmd|' /C calc'!A0").withResponsePlan("'=already guarded;''+twice")
                .withContingencyPlan("x;\u00A0=1+1").fields();
    }

    // ------------------------------------------------------------------------------------------ round trip

    @Test
    void anExportImportsBackToTheSameEditableFields() {
        List<RiskFields> originals = List.of(
                aThreat().fullyDescribed().withTitle("=SUM(A1:A9) looks like a formula")
                        .withDescription("Commas, \"quotes\",\nline breaks\r\nand ünïcødé ✓")
                        .withCause("-starts with a minus").withTrigger("@mention").fields(),
                anOpportunity().fullyDescribed().withStatus(RiskStatus.CLOSED).withStrategy(ResponseStrategy.SHARE)
                        .withLinkedIssueKeys("A-1", "B_2-30", "ZED-999").fields(),
                aThreat().withoutOwner().fields());
        List<Risk> risks = new ArrayList<>();
        for (int i = 0; i < originals.size(); i++) {
            risks.add(stored(i + 1, originals.get(i)));
        }
        List<RiskImport.RowError> errors = new ArrayList<>();

        List<RiskCsv.DraftRow> rows = RiskCsv.read(Csv.read(RiskCsv.write(risks, RiskSettings.DEFAULT, TODAY)), errors);

        assertThat(errors).isEmpty();
        assertThat(rows).extracting(row -> validated(row.draft())).containsExactlyElementsOf(originals);
    }

    @Test
    void hostileTextImportsBackExactlyAsItWasExported() {
        List<RiskImport.RowError> errors = new ArrayList<>();

        List<RiskCsv.DraftRow> rows = RiskCsv.read(
                Csv.read(RiskCsv.write(List.of(stored(1, hostileFields())), RiskSettings.DEFAULT, TODAY)), errors);

        assertThat(errors).isEmpty();
        assertThat(rows).singleElement().extracting(row -> validated(row.draft())).isEqualTo(hostileFields());
    }

    // ------------------------------------------------------------------------------------------------ header

    @Test
    void anUnknownColumnIsRejectedListingTheKnownOnes() {
        assertThatThrownBy(() -> read("title,titel\nA,B\n")).isInstanceOfSatisfying(ValidationFailed.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("file",
                        "unknown column 'titel'; known columns: " + HEADER.replace(",", ", "))));
    }

    @Test
    void aColumnNamedTwiceIsRejected() {
        assertThatThrownBy(() -> read("title,probability,Title\nA,1,B\n"))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("file", "column 'title' appears twice")));
    }

    @Test
    void aTitleColumnIsRequired() {
        assertThatThrownBy(() -> read("probability,impact\n1,2\n"))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("file", "a 'title' column is required")));
    }

    @Test
    void everyHeaderProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> read("kind,kind,colour\nthreat,threat,red\n"))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors()).hasSize(3));
    }

    @Test
    void columnNamesIgnoreCaseAndSurroundingSpaces() {
        List<RiskCsv.DraftRow> rows = read(" Title , PROBABILITY,impact\nServers late,2,3\n");

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.draft().title()).isEqualTo("Servers late");
            assertThat(row.draft().probability()).isEqualTo(2);
        });
    }

    @Test
    void anEmptyFileIsRejected() {
        assertThatThrownBy(() -> read("\n\n")).isInstanceOfSatisfying(ValidationFailed.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("file"));
    }

    @Test
    void aFileWithMoreRowsThanAnImportTakesIsRejected() {
        String csv = "title\n" + "Risk\n".repeat(RiskCsv.MAX_ROWS + 1);

        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(ValidationFailed.class,
                e -> assertThat(e.errors()).containsExactly(
                        new FieldError("file", "has 5001 rows; import at most 5000 at a time")));
    }

    @Test
    void aFileWithAsManyRowsAsAnImportTakesIsRead() {
        assertThat(read("title\n" + "Risk\n".repeat(RiskCsv.MAX_ROWS))).hasSize(RiskCsv.MAX_ROWS);
    }

    // ------------------------------------------------------------------------------------------------- rows

    @Test
    void computedColumnsAreIgnoredOnImport() {
        List<RiskImport.RowError> errors = new ArrayList<>();

        List<RiskCsv.DraftRow> rows = RiskCsv.read(
                Csv.read("id,title,probability,impact,score,severity,expectedMonetaryValue,createdBy,version\n"
                        + "not-a-number,Servers late,2,3,999,apocalyptic,lots,mallory,-1\n"), errors);

        assertThat(errors).isEmpty();
        assertThat(validated(rows.get(0).draft())).isEqualTo(
                aThreat().withTitle("Servers late").withProbability(2).withImpact(3).withoutOwner().fields());
    }

    @Test
    void eachDraftKnowsTheLineItStartsOn() {
        List<RiskCsv.DraftRow> rows = read("title,description\nFirst,\"two\nlines\"\n\nSecond,x\n");

        assertThat(rows).extracting(RiskCsv.DraftRow::line).containsExactly(2, 5);
    }

    @Test
    void blankCellsAreAbsentValues() {
        RiskDraft draft = read("title,description,kind,probability,costImpact,linkedIssueKeys\nA, ,,  ,,\n")
                .get(0).draft();

        assertThat(draft.description()).isNull();
        assertThat(draft.kind()).isNull();
        assertThat(draft.probability()).isNull();
        assertThat(draft.costImpact()).isNull();
        assertThat(draft.linkedIssueKeys()).isEmpty();
    }

    @Test
    void linkedIssueKeysMayBeSeparatedBySpacesCommasOrSemicolons() {
        RiskDraft draft = read("title,linkedIssueKeys\nA,\"OPS-1 OPS-2, OPS-3;OPS-4\"\n").get(0).draft();

        assertThat(draft.linkedIssueKeys()).containsExactly("OPS-1", "OPS-2", "OPS-3", "OPS-4");
    }

    @Test
    void aLevelThatIsNotAWholeNumberIsReportedWithItsLine() {
        List<RiskImport.RowError> errors = new ArrayList<>();

        RiskCsv.read(Csv.read("title,probability,impact,residualProbability\nA,3,4,\nB,high,4,\nC,3,4.5,2x\n"), errors);

        assertThat(errors).containsExactly(
                new RiskImport.RowError(3, "probability", "must be a whole number"),
                new RiskImport.RowError(4, "impact", "must be a whole number"),
                new RiskImport.RowError(4, "residualProbability", "must be a whole number"));
    }

    @Test
    void aLevelWrittenInDigitsOtherThanAsciiIsRefused() {
        List<RiskImport.RowError> errors = new ArrayList<>();

        // Integer.parseInt reads both of these as 3.
        RiskCsv.read(Csv.read("title,probability,impact\nA,\u0663,3\nB,3,\uFF13\n"), errors);

        assertThat(errors).containsExactly(
                new RiskImport.RowError(2, "probability", "must be a whole number"),
                new RiskImport.RowError(3, "impact", "must be a whole number"));
    }

    @Test
    void aLevelOfAThousandDigitsIsRefusedAsNotAWholeNumber() {
        List<RiskImport.RowError> errors = new ArrayList<>();

        RiskCsv.read(Csv.read("title,probability,impact\nA,3," + "0".repeat(1_000) + "3\n"), errors);

        assertThat(errors).containsExactly(new RiskImport.RowError(2, "impact", "must be a whole number"));
    }

    @Test
    void aCostCellWithLocaleSeparatorsIsRefusedByValidationNotMisread() {
        RiskDraft draft = read("title,probability,impact,costImpact\nA,3,3,\"1.500,00\"\n").get(0).draft();

        assertThat(catchThrowableOfType(ValidationFailed.class, () -> validated(draft)).errors())
                .extracting(FieldError::field).containsExactly("costImpact");
    }

    @Test
    void aRowWithMoreValuesThanColumnsIsReportedAndNotRead() {
        List<RiskImport.RowError> errors = new ArrayList<>();

        List<RiskCsv.DraftRow> rows = RiskCsv.read(Csv.read("title,probability\nA,1\nB,2,extra\nC,3\n"), errors);

        assertThat(errors).containsExactly(
                new RiskImport.RowError(3, "file", "has 3 values but the header has 2 columns"));
        assertThat(rows).extracting(RiskCsv.DraftRow::line).containsExactly(2, 4);
    }

    @Test
    void aRowWithFewerValuesThanColumnsLeavesTheRestEmpty() {
        RiskDraft draft = read("title,probability,impact\nA,2\n").get(0).draft();

        assertThat(draft.probability()).isEqualTo(2);
        assertThat(draft.impact()).isNull();
    }

    @Test
    void onlyTheEditableColumnsAreImported() {
        assertThat(RiskCsv.editableColumns()).containsExactlyInAnyOrder("title", "description", "category", "cause",
                        "effect", "kind", "probability", "impact", "ownerkey", "status", "strategy", "responseplan",
                        "contingencyplan", "trigger", "proximitydate", "lastreviewdate", "nextreviewdate",
                        "residualprobability", "residualimpact", "costimpact", "linkedissuekeys");
    }

    // --------------------------------------------------------------------------------------------- helpers

    private static Risk stored(long id, RiskFields fields) {
        return new Risk(id, "APOLLO", fields, "alice", CREATED_AT, "bob", CREATED_AT.plusSeconds(60), 3);
    }

    private static List<RiskCsv.DraftRow> read(String csv) {
        List<RiskImport.RowError> errors = new ArrayList<>();
        List<RiskCsv.DraftRow> rows = RiskCsv.read(Csv.read(csv), errors);
        assertThat(errors).as("row errors").isEmpty();
        return rows;
    }

    private static RiskFields validated(RiskDraft draft) {
        return draft.validate(RiskSettings.DEFAULT, TODAY, InMemoryPeople.withAliceBobAndCarol());
    }

    private static String cell(List<String> row, String column) {
        return row.get(List.of(HEADER.split(",")).indexOf(column));
    }
}
