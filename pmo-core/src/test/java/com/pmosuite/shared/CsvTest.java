package com.pmosuite.shared;

import com.pmosuite.testkit.SpreadsheetReading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTest {

    // -------------------------------------------------------------------------------------------- reading

    @Test
    void readsCommaSeparatedValuesLineByLine() {
        assertThat(Csv.read("a,b,c\n1,2,3\n")).containsExactly(
                new Csv.Row(1, List.of("a", "b", "c")),
                new Csv.Row(2, List.of("1", "2", "3")));
    }

    @Test
    void aQuotedValueMayHoldCommas() {
        assertThat(Csv.read("\"Smith, Jane\",x")).containsExactly(new Csv.Row(1, List.of("Smith, Jane", "x")));
    }

    @Test
    void aDoubledQuoteInsideQuotesIsOneQuote() {
        assertThat(Csv.read("\"say \"\"hi\"\"\",\"\"\"\"")).containsExactly(
                new Csv.Row(1, List.of("say \"hi\"", "\"")));
    }

    @Test
    void aQuoteInsideAnUnquotedValueIsKeptAsItIs() {
        assertThat(Csv.read("5\" disk,ok")).containsExactly(new Csv.Row(1, List.of("5\" disk", "ok")));
    }

    @Test
    void emptyValuesAreKeptInTheirPlace() {
        assertThat(Csv.read("a,,\"\",\n")).containsExactly(new Csv.Row(1, List.of("a", "", "", "")));
    }

    @Test
    void aQuotedValueMaySpanLinesAndLaterRowsKeepTheirTrueLineNumbers() {
        List<Csv.Row> rows = Csv.read("title,description\nFirst,\"line one\nline two\nline three\"\nSecond,x\n");

        assertThat(rows).containsExactly(
                new Csv.Row(1, List.of("title", "description")),
                new Csv.Row(2, List.of("First", "line one\nline two\nline three")),
                new Csv.Row(5, List.of("Second", "x")));
    }

    @Test
    void windowsAndUnixLineEndsReadTheSame() {
        List<Csv.Row> unix = Csv.read("a,b\n1,\"x\ny\"\n2,z\n");
        List<Csv.Row> windows = Csv.read("a,b\r\n1,\"x\ny\"\r\n2,z\r\n");

        assertThat(windows).isEqualTo(unix);
        assertThat(windows).extracting(Csv.Row::line).containsExactly(1, 2, 4);
    }

    @Test
    void aLineBreakInsideQuotesIsKeptAsWritten() {
        assertThat(Csv.read("\"x\r\ny\"\r\n").get(0).cells()).containsExactly("x\r\ny");
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        assertThat(Csv.read("\uFEFFtitle,kind\nA,threat")).containsExactly(
                new Csv.Row(1, List.of("title", "kind")),
                new Csv.Row(2, List.of("A", "threat")));
    }

    @Test
    void blankLinesAreSkippedButStillCounted() {
        assertThat(Csv.read("a\n\n   \nb\r\n\r\nc")).containsExactly(
                new Csv.Row(1, List.of("a")),
                new Csv.Row(4, List.of("b")),
                new Csv.Row(6, List.of("c")));
    }

    @Test
    void theLastLineNeedsNoLineBreak() {
        assertThat(Csv.read("a,b\n1,\"2\"")).containsExactly(
                new Csv.Row(1, List.of("a", "b")),
                new Csv.Row(2, List.of("1", "2")));
    }

    @Test
    void anEmptyTextHasNoRows() {
        assertThat(Csv.read("")).isEmpty();
        assertThat(Csv.read("\uFEFF\n\n")).isEmpty();
    }

    @Test
    void aQuoteThatNeverClosesIsReportedWithTheLineItStartsOn() {
        assertThatThrownBy(() -> Csv.read("a,b\n1,2\n3,\"open\nstill open\n"))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("file", "line 3: a quoted value is never closed")));
    }

    // -------------------------------------------------------------------------------------------- writing

    @Test
    void valuesWithCommasQuotesOrLineBreaksAreQuotedAndRowsEndInCrLf() {
        StringBuilder out = new StringBuilder();

        Csv.appendRow(out, Arrays.asList("plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", null, ""));

        assertThat(out).hasToString("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",,\r\n");
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        List<String> awkward =
                List.of("", "a,b", "\"quoted\"", "multi\r\nline", "trailing,", " spaced ", "ünï©ødé");
        StringBuilder out = new StringBuilder();
        Csv.appendRow(out, List.of("h1", "h2", "h3", "h4", "h5", "h6", "h7"));
        Csv.appendRow(out, awkward);

        assertThat(Csv.read(out.toString())).containsExactly(
                new Csv.Row(1, List.of("h1", "h2", "h3", "h4", "h5", "h6", "h7")),
                new Csv.Row(2, awkward));
    }

    // ------------------------------------------------------------------------------ formula-injection guard

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"})
    void textThatASpreadsheetWouldRunAsAFormulaGetsAnApostrophe(String text) {
        assertThat(Csv.textCell(text)).isEqualTo("'" + text);
    }

    @Test
    void harmlessTextIsWrittenAsItIs() {
        assertThat(Csv.textCell("Servers late = bad")).isEqualTo("Servers late = bad");
        assertThat(Csv.textCell("'quoted'")).isEqualTo("'quoted'");
        assertThat(Csv.textCell(null)).isEmpty();
        assertThat(Csv.textCell("")).isEmpty();
    }

    @Test
    void textThatAlreadyStartsWithAnApostropheBeforeAFormulaCharacterGetsOneMore() {
        assertThat(Csv.textCell("'=x")).isEqualTo("''=x");
        assertThat(Csv.fromTextCell("''=x")).isEqualTo("'=x");
    }

    @Test
    void readingDropsOnlyTheGuardApostrophe() {
        assertThat(Csv.fromTextCell("'=1+2")).isEqualTo("=1+2");
        assertThat(Csv.fromTextCell("'quoted'")).isEqualTo("'quoted'");
        assertThat(Csv.fromTextCell("'")).isEqualTo("'");
        assertThat(Csv.fromTextCell(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "-minus, with comma", "@at", "+plus", "\ttab", "plain", "'=already guarded",
            "''+twice", "'", "'plain"})
    void guardedTextSurvivesAWriteAndReadUnchanged(String text) {
        StringBuilder out = new StringBuilder();
        Csv.appendRow(out, List.of(Csv.textCell(text)));

        assertThat(Csv.fromTextCell(Csv.read(out.toString()).get(0).cells().get(0))).isEqualTo(text);
    }

    // ------------------------------------------------- formula guard, whatever separator the spreadsheet applies

    /** Text that opens a formula in a cell a spreadsheet could cut out of it, with any separator or line break. */
    static Stream<String> hostileText() {
        return Stream.of(
                "x;=cmd|' /C calc'!A0;y",
                "x,=cmd|' /C calc'!A0,y",
                "x\t=cmd|' /C calc'!A0",
                "first line\n=HYPERLINK(\"http://evil\")",
                "first line\r\n+1+cmd|' /C calc'!A0",
                "first line\r-2+3",
                "x; @SUM(A1)",
                "x;\u00A0=1+1",
                " =1+1",
                "\"=1+1\"",
                "x;\"=1+1\";y",
                "x;\" \"-1+1",
                "x;'=1+1",
                "x;''=1+1",
                "x;' =1+1",
                "=1;=2,=3\t=4\n=5\r\n=6",
                "x;\t=1",
                "x;\tcmd",
                ";=1",
                "x;",
                ";;");
    }

    @ParameterizedTest
    @MethodSource("hostileText")
    void noCellThatASpreadsheetCutsFromAGuardedValueOpensAFormula(String text) {
        StringBuilder out = new StringBuilder();
        Csv.appendRow(out, List.of("1", Csv.textCell(text), "-700.00"));

        assertThat(SpreadsheetReading.formulaCells(out.toString())).isEmpty();
    }

    @Test
    void withoutTheGuardTheSpreadsheetModelFindsTheFormula() {
        StringBuilder out = new StringBuilder();
        Csv.appendRow(out, List.of("1", "x;=cmd|' /C calc'!A0;y", "-700.00"));

        assertThat(SpreadsheetReading.formulaCells(out.toString())).containsExactly(
                "SEMICOLON: =cmd|' /C calc'!A0", "SEMICOLON_IGNORING_QUOTES: =cmd|' /C calc'!A0");
    }

    @ParameterizedTest
    @MethodSource("hostileText")
    void aGuardedHostileValueReadsBackAsItWasWritten(String text) {
        StringBuilder out = new StringBuilder();
        Csv.appendRow(out, List.of("1", Csv.textCell(text), "x"));

        assertThat(Csv.fromTextCell(Csv.read(out.toString()).get(0).cells().get(1))).isEqualTo(text);
    }

    @Test
    void aFormulaAfterASemicolonGetsAnApostropheWhereTheSpreadsheetsCellWouldStart() {
        assertThat(Csv.textCell("x;=cmd|' /C calc'!A0;y")).isEqualTo("x;'=cmd|' /C calc'!A0;y");
        assertThat(Csv.textCell("Plan:\n- call the vendor\n- escalate")).isEqualTo(
                "Plan:\n'- call the vendor\n'- escalate");
    }

    @Test
    void spacesOrQuotesInFrontOfAFormulaCharacterDoNotHideIt() {
        assertThat(Csv.textCell(" =1+1")).isEqualTo("' =1+1");
        assertThat(Csv.textCell("\u00A0@SUM(A1)")).isEqualTo("'\u00A0@SUM(A1)");
        assertThat(Csv.textCell("\"=1+1\"")).isEqualTo("'\"=1+1\"");
        assertThat(Csv.textCell("x; \"-1")).isEqualTo("x;' \"-1");
    }

    @Test
    void separatorsFollowedByOrdinaryTextStayAsTheyAre() {
        assertThat(Csv.textCell("Costs rise; margins fall, slowly\tand\nsurely")).isEqualTo(
                "Costs rise; margins fall, slowly\tand\nsurely");
        assertThat(Csv.textCell("Budget - 10% = risk")).isEqualTo("Budget - 10% = risk");
    }

    @Test
    void readingDropsOnlyTheGuardApostrophesAfterSeparators() {
        assertThat(Csv.fromTextCell("x;'=1;'y;''+2")).isEqualTo("x;=1;'y;'+2");
    }
}
