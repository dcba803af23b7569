package com.pmosuite.workbench.browser;

import com.pmosuite.workbench.browser.pages.ChartPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * PMO.charts in Chromium, drawn from trend JSON fixtures (the shape of {@code GET /portfolios/{id}/trend}) on a
 * test-only page that loads the {@code pmo-charts} web resource from the plugin jar: the S-curve, the burn-up and
 * the SPI/CPI trend, their legends, axes and data tables, gaps where a value is not defined, the empty state, and
 * redrawing at a new width.
 */
class ChartsBrowserIT {
    private static final String EMPTY = "No figures to chart yet. A snapshot is stored once a day.";

    private static ChartFixtureServer server;

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @BeforeAll
    static void start() {
        // The build copies uPlot from npm into the plugin; only -Dpmo.skipNpm=true leaves it (and AUI) out.
        assumeTrue(ChartsBrowserIT.class.getClassLoader().getResource("web/vendor/uplot/uPlot.iife.min.js") != null
                        && ChartsBrowserIT.class.getClassLoader().getResource("workbench/static/aui/aui-prototyping.css") != null,
                "uPlot or AUI was not copied to the class path (-Dpmo.skipNpm=true?)");
        server = new ChartFixtureServer();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void theBrowserReportedNoErrors() {
        assertThat(browser.chromium().consoleErrors()).as("browser console errors").isEmpty();
    }

    private static ChartPage page() {
        return ChartPage.open(browser.driver(), server.page());
    }

    @Test
    void theSCurveDrawsPlannedEarnedAndActualCostByDateInTheTrendsCurrency() {
        ChartPage chart = page().draw("sCurve", fixture("portfolio-trend"));

        assertThat(chart.kind()).contains("pmo-chart-s-curve");
        assertThat(chart.title()).isEqualTo("Planned value, earned value and actual cost");
        assertThat(chart.hasCanvas()).isTrue();
        assertThat(chart.legend()).containsExactly("Date", "Planned value (PV)", "Earned value (EV)",
                "Actual cost (AC)", "Budget at completion (BAC)");
        // Snapshots are drawn in date order, whatever order they came in.
        assertThat(numbers(chart.plotted(1))).containsExactly(10000.0, 20000.0, 30000.0, 40000.0, 50000.0);
        assertThat(numbers(chart.plotted(4))).containsOnly(120000.0);
        assertThat(chart.valueAxisLabel()).isEqualTo("Cost (EUR)");
        assertThat(chart.valueAxisTicks()).isNotEmpty().allMatch(tick -> tick.startsWith("\u20ac"));
        assertThat(chart.dateAxisTicks()).isNotEmpty().allMatch(tick -> tick.matches("Mar \\d{1,2}"));
        assertThat(chart.valueRange().get(0).doubleValue()).isZero();
    }

    @Test
    void theSCurvesTableListsEveryDayWithItsMoneyInTheCurrency() {
        ChartPage chart = page().draw("sCurve", fixture("portfolio-trend"));

        assertThat(chart.tableHeader()).containsExactly("Date", "Planned value (PV)", "Earned value (EV)",
                "Actual cost (AC)");
        List<List<String>> rows = chart.tableRows();
        assertThat(rows).extracting(row -> row.get(0)).containsExactly("Mar 2, 2026", "Mar 9, 2026",
                "Mar 16, 2026", "Mar 23, 2026", "Mar 30, 2026");
        assertThat(rows.get(0)).containsExactly("Mar 2, 2026", "\u20ac10,000.00", "\u20ac8,000.00",
                "\u20ac9,000.00");
        assertThat(rows.get(4)).containsExactly("Mar 30, 2026", "\u20ac50,000.00", "\u20ac52,000.00",
                "\u20ac50,100.00");
    }

    @Test
    void aScreenReaderHearsTheLatestFiguresAndTheDates() {
        ChartPage chart = page().draw("sCurve", fixture("portfolio-trend"));

        assertThat(chart.plotRole()).isEqualTo("img");
        assertThat(chart.plotDescription()).isEqualTo("On Mar 30, 2026: planned value \u20ac50,000.00, earned value"
                + " \u20ac52,000.00, actual cost \u20ac50,100.00. From Mar 2, 2026 to Mar 30, 2026.");
    }

    @Test
    void theLinesUseJirasColoursAndDashesThatTellThemApartWithoutColour() {
        ChartPage chart = page().draw("sCurve", fixture("portfolio-trend"));

        assertThat(List.of(chart.stroke(1), chart.stroke(2), chart.stroke(3)))
                .containsExactly("#0052CC", "#00875A", "#DE350B");
        assertThat(chart.legendLineStyles()).containsExactly("dashed", "solid", "dotted", "dashed");
    }

    @Test
    void theBurnUpDrawsDoneAgainstTotalScopeInTheTrendsUnit() {
        ChartPage chart = page().draw("burnUp", fixture("portfolio-trend"));

        assertThat(chart.kind()).contains("pmo-chart-burn-up");
        assertThat(chart.hasCanvas()).isTrue();
        assertThat(chart.legend()).containsExactly("Date", "Total scope", "Done");
        assertThat(chart.valueAxisLabel()).isEqualTo("Story points");
        assertThat(numbers(chart.plotted(1))).containsExactly(100.0, 104.0, 110.0, 110.0, 112.0);
        assertThat(numbers(chart.plotted(2))).containsExactly(10.0, 22.0, 35.0, 49.0, 61.5);
        assertThat(chart.tableHeader()).containsExactly("Date", "Done", "Total scope");
        assertThat(chart.tableRows().get(4)).containsExactly("Mar 30, 2026", "61.5", "112");
        assertThat(chart.plotDescription())
                .isEqualTo("On Mar 30, 2026: 61.5 done of 112 in total (Story points). From Mar 2, 2026 to Mar 30, 2026.");
    }

    @Test
    void theBurnUpCountsIssuesWhenTheTrendSaysSo() {
        ChartPage chart = page().draw("burnUp", fixture("late-start"));

        assertThat(chart.valueAxisLabel()).isEqualTo("Issues");
    }

    @Test
    void theIndexTrendLeavesAGapWhereAnIndexIsNotDefined() {
        ChartPage chart = page().draw("indexTrend", fixture("late-start"));

        assertThat(chart.kind()).contains("pmo-chart-index-trend");
        assertThat(chart.legend()).containsExactly("Date", "Schedule performance index (SPI)",
                "Cost performance index (CPI)", "On plan (1.0)");
        assertThat(chart.plotted(1)).containsExactly(null, null, 0.5, 0.75, 0.9);
        assertThat(chart.plotted(2)).containsExactly(null, null, null, 1.25, 1.125);
        assertThat(chart.spansGaps(1)).isFalse();
        assertThat(chart.spansGaps(2)).isFalse();
        assertThat(chart.plotsAnyNonFiniteNumber()).isFalse();
        List<List<String>> rows = chart.tableRows();
        assertThat(rows.get(0)).containsExactly("Jan 5, 2026", "not defined", "not defined");
        assertThat(rows.get(2)).containsExactly("Jan 7, 2026", "0.50", "not defined");
        assertThat(rows.get(3)).containsExactly("Jan 8, 2026", "0.75", "1.25");
        assertThat(chart.plotDescription()).startsWith("On Jan 9, 2026: SPI 0.90, CPI 1.13.");
    }

    @Test
    void theIndexTrendAlwaysShowsTheOnPlanLine() {
        String aheadAllAlong = """
                {"snapshots": [{"date": "2026-02-02", "spi": "1.2000", "cpi": "1.3000"},
                               {"date": "2026-02-03", "spi": "1.2500", "cpi": "1.4000"}]}""";
        ChartPage chart = page().draw("indexTrend", aheadAllAlong);

        assertThat(numbers(chart.plotted(3))).containsExactly(1.0, 1.0);
        assertThat(chart.valueRange().get(0).doubleValue()).isBetween(0.0, 1.0);
        assertThat(chart.valueRange().get(1).doubleValue()).isGreaterThanOrEqualTo(1.4);
        assertThat(chart.valueAxisTicks()).contains("1.00");
    }

    @Test
    void valuesThatAreNotNumbersAreGapsNeverNaNAndBadDatesAreLeftOut() {
        String odd = """
                {"snapshots": [{"date": "2026-04-01", "spi": "NaN", "cpi": "Infinity"},
                               {"date": "2026-04-02", "spi": "0.9500", "cpi": "abc"},
                               {"date": "2026-04-03", "spi": true, "cpi": ""},
                               {"date": "2026-04-04", "spi": 1.05, "cpi": 0.98},
                               {"date": "2026-02-30", "spi": "0.5", "cpi": "0.5"},
                               {"date": "04/05/2026", "spi": "0.5", "cpi": "0.5"},
                               {"spi": "0.5", "cpi": "0.5"}]}""";
        ChartPage chart = page().draw("indexTrend", odd);

        assertThat(chart.plotted(1)).containsExactly(null, 0.95, null, 1.05);
        assertThat(chart.plotted(2)).containsExactly(null, null, null, 0.98);
        assertThat(chart.plotsAnyNonFiniteNumber()).isFalse();
        assertThat(chart.tableRows()).extracting(row -> row.get(1))
                .containsExactly("not defined", "0.95", "not defined", "1.05");
    }

    @Test
    void withoutSnapshotsEveryChartSaysThereIsNothingToDrawYet() {
        ChartPage chart = page();
        for (String kind : List.of("sCurve", "burnUp", "indexTrend")) {
            for (String trend : List.of("{\"currency\": \"EUR\", \"snapshots\": []}", "{}", "null")) {
                chart.draw(kind, trend);

                assertThat(chart.emptyMessage()).as("%s of %s", kind, trend).hasValue(EMPTY);
                assertThat(chart.hasCanvas()).as("%s of %s", kind, trend).isFalse();
                assertThat(chart.title()).isNotBlank();
            }
        }
    }

    @Test
    void aChartWhoseValuesAreAllUndefinedShowsTheEmptyStateToo() {
        ChartPage chart = page();

        chart.draw("burnUp", fixture("not-started"));
        assertThat(chart.emptyMessage()).hasValue(EMPTY);
        chart.draw("indexTrend", fixture("not-started"));
        assertThat(chart.emptyMessage()).hasValue(EMPTY);
        // Zero is a figure: a project that has not started has a flat S-curve, not an empty one.
        chart.draw("sCurve", fixture("not-started"));
        assertThat(chart.emptyMessage()).isEmpty();
        assertThat(chart.hasCanvas()).isTrue();
    }

    @Test
    void theChartFollowsItsContainersWidth() {
        ChartPage chart = page().draw("sCurve", fixture("portfolio-trend"));
        assertThat(chart.plotWidth()).isBetween(718L, 722L);

        chart.resizeContainer(480);
        chart.waitForPlotWidth(480);
        chart.resizeContainer(960);
        chart.waitForPlotWidth(960);
    }

    @Test
    void drawingAgainIntoTheSameContainerReplacesTheChart() {
        ChartPage chart = page().draw("sCurve", fixture("portfolio-trend"));

        chart.draw("burnUp", fixture("portfolio-trend"));

        assertThat(chart.figures()).isEqualTo(1);
        assertThat(chart.kind()).contains("pmo-chart-burn-up");
        assertThat(chart.legend()).containsExactly("Date", "Total scope", "Done");
    }

    @Test
    void withoutTheLibraryTheTableStillHasEveryValue() {
        ChartPage chart = page().drawWithoutTheLibrary("sCurve", fixture("portfolio-trend"));

        assertThat(chart.unavailableMessage()).hasValueSatisfying(message -> assertThat(message)
                .contains("library did not load"));
        assertThat(chart.hasCanvas()).isFalse();
        assertThat(chart.tableRows()).hasSize(5);
    }

    private static List<Double> numbers(List<Object> values) {
        return values.stream().map(value -> ((Number) value).doubleValue()).toList();
    }

    private static String fixture(String name) {
        try (InputStream in = ChartsBrowserIT.class.getResourceAsStream("/charts/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture charts/" + name + ".json");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
