package com.pmosuite.plugin.platform.csv;

import com.pmosuite.shared.Csv;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.ValidationFailed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpreadsheetCsvTest {
    private static final SpreadsheetCsv.Limits ROOMY = new SpreadsheetCsv.Limits(100, 20, 1_000);

    private static List<Csv.Row> read(String text) {
        return SpreadsheetCsv.read(text, ',', ROOMY);
    }

    private static List<Csv.Row> read(String text, SpreadsheetCsv.Limits limits) {
        return SpreadsheetCsv.read(text, ',', limits);
    }

    private static void refused(Runnable reading, String message) {
        assertThatThrownBy(reading::run).isInstanceOfSatisfying(ValidationFailed.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("file", message)));
    }

    @Test
    void readsRecordsWithTheLineEachStartsOn() {
        assertThat(read("a,b,c\n1,2,3\n")).containsExactly(
                new Csv.Row(1, List.of("a", "b", "c")), new Csv.Row(2, List.of("1", "2", "3")));
    }

    @Test
    void aQuotedSeparatorIsPartOfTheValue() {
        assertThat(read("\"Smith, Jane\",x")).containsExactly(new Csv.Row(1, List.of("Smith, Jane", "x")));
    }

    @Test
    void doubledQuotesInsideQuotesAreOneQuote() {
        assertThat(read("\"say \"\"hi\"\"\",\"\"\"\"")).containsExactly(
                new Csv.Row(1, List.of("say \"hi\"", "\"")));
    }

    @Test
    void aQuoteInsideAnUnquotedValueIsText() {
        assertThat(read("5\" disk,ok")).containsExactly(new Csv.Row(1, List.of("5\" disk", "ok")));
    }

    @Test
    void lineBreaksInsideQuotesStayInTheValueAndLaterRowsKeepTheirFileLines() {
        List<Csv.Row> rows = read("title,description\nFirst,\"line one\nline two\r\nline three\"\nSecond,x\r\n"
                + "Third,\"a\rb\"\nFourth,y");

        assertThat(rows).containsExactly(
                new Csv.Row(1, List.of("title", "description")),
                new Csv.Row(2, List.of("First", "line one\nline two\r\nline three")),
                new Csv.Row(5, List.of("Second", "x")),
                new Csv.Row(6, List.of("Third", "a\rb")),
                new Csv.Row(8, List.of("Fourth", "y")));
    }

    @Test
    void blankLinesAndLinesOfSpacesAreNoRecordsButCountAsLines() {
        assertThat(read("a\n\n   \nb\r\n\r\nc\n\n")).containsExactly(
                new Csv.Row(1, List.of("a")), new Csv.Row(4, List.of("b")), new Csv.Row(6, List.of("c")));
    }

    @Test
    void spacesAroundValuesAreData() {
        assertThat(read(" a , \"b\" ,c ")).containsExactly(new Csv.Row(1, List.of(" a ", " \"b\" ", "c ")));
    }

    @Test
    void emptyValuesAndAQuotedEmptyValueAreKept() {
        assertThat(read("a,,\"\",\n")).containsExactly(new Csv.Row(1, List.of("a", "", "", "")));
    }

    @Test
    void aByteOrderMarkInFrontIsNotPartOfTheFirstHeader() {
        assertThat(read("\uFEFFtitle,kind\nA,threat")).containsExactly(
                new Csv.Row(1, List.of("title", "kind")), new Csv.Row(2, List.of("A", "threat")));
    }

    @Test
    void aBackslashIsText() {
        assertThat(read("C:\\temp\\,\"x\\\"")).containsExactly(new Csv.Row(1, List.of("C:\\temp\\", "x\\")));
    }

    @ParameterizedTest
    @ValueSource(chars = {';', '\t', '|'})
    void readsTheSeparatorsSpreadsheetsWrite(char separator) {
        String s = String.valueOf(separator);
        String text = "title" + s + "cost\n\"Rates" + s + " up, again\"" + s + "1,5\n";

        assertThat(SpreadsheetCsv.read(text, separator, ROOMY)).containsExactly(
                new Csv.Row(1, List.of("title", "cost")),
                new Csv.Row(2, List.of("Rates" + s + " up, again", "1,5")));
    }

    @Test
    void anEmptyFileHasNoRecords() {
        assertThat(read("")).isEmpty();
        assertThat(read("\n\r\n  \n")).isEmpty();
    }

    @Test
    void aQuoteThatNeverClosesIsA400AtTheLineItsRecordStartsOn() {
        refused(() -> read("a,b\n1,2\n\n3,\"open\nstill open\n"), "line 4: a quoted value is never closed");
        refused(() -> read("\"open"), "line 1: a quoted value is never closed");
    }

    @Test
    void aQuoteThatNeverClosesAfterQuotedLineBreaksNamesItsOwnRecord() {
        refused(() -> read("a,b\n1,\"x\ny\"\r\n2,\"open\n"), "line 4: a quoted value is never closed");
    }

    @Test
    void textAfterAClosingQuoteIsKept() {
        assertThat(read("\"a\"b,c")).containsExactly(new Csv.Row(1, List.of("ab", "c")));
    }

    @Test
    void readsAsManyDataRowsAsAllowedAndStopsAtTheNext() {
        SpreadsheetCsv.Limits threeRows = new SpreadsheetCsv.Limits(3, 20, 1_000);

        assertThat(read("title\nA\nB\nC\n", threeRows)).hasSize(4);
        refused(() -> read("title\nA\nB\nC\nD\n" + "E\n".repeat(10_000), threeRows),
                "has more than 3 rows; import at most 3 at a time");
    }

    @Test
    void aHeaderOfMoreColumnsThanAllowedIsRefused() {
        SpreadsheetCsv.Limits threeColumns = new SpreadsheetCsv.Limits(100, 3, 1_000);

        assertThat(read("a,b,c\n1,2,3\n", threeColumns)).hasSize(2);
        refused(() -> read("a,b,c,d\n1,2,3\n", threeColumns), "has 4 columns; at most 3 are read");
    }

    @Test
    void aRowOfMoreValuesThanAllowedIsRefusedWithItsLine() {
        SpreadsheetCsv.Limits threeColumns = new SpreadsheetCsv.Limits(100, 3, 1_000);

        refused(() -> read("a,b,c\n1,2,3\n\n1,2,3,4\n", threeColumns), "line 4 has 4 values; at most 3 are read");
    }

    @Test
    void aValueLongerThanAllowedIsRefusedWithItsLine() {
        SpreadsheetCsv.Limits tenChars = new SpreadsheetCsv.Limits(100, 20, 10);

        assertThat(read("a\n" + "x".repeat(10) + "\n", tenChars)).hasSize(2);
        refused(() -> read("a\n\"x\n" + "y".repeat(8) + "\"\n" + "x".repeat(11) + "\n", tenChars),
                "line 4 has a value longer than 10 characters");
    }
}
