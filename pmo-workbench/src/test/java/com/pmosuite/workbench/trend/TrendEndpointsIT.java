package com.pmosuite.workbench.trend;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.risk.PmoRestClient;
import com.pmosuite.workbench.support.RunningWorkbench;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trend endpoints against the demo workbench: who may read which trend (404 for what one may not see), the
 * shape {@code PMO.charts} draws, hidden projects left out of the sums, and the bounds of the range.
 */
class TrendEndpointsIT {
    private static final PmoRestClient ADMIN = PmoRestClient.as("admin");
    private static final PmoRestClient PMO = PmoRestClient.as("pmo");
    private static final PmoRestClient ALICE = PmoRestClient.as("alice");
    private static final PmoRestClient BOB = PmoRestClient.as("bob");
    private static final PmoRestClient ANONYMOUS = PmoRestClient.anonymous();
    private static final Pattern MONEY = Pattern.compile("-?[0-9]+\\.[0-9]{2}");
    private static final Pattern INDEX = Pattern.compile("-?[0-9]+\\.[0-9]{4}");
    private static final Pattern SCOPE = Pattern.compile("[0-9]+(\\.[0-9]{2})?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    static {
        RunningWorkbench.get();
    }

    private static LocalDate today() {
        return RunningWorkbench.get().trends().today();
    }

    private static long demoPortfolio() {
        for (JsonNode summary : PMO.get("portfolios").json()) {
            if (summary.path("name").asText().equals("Digital Transformation")) {
                return summary.path("id").asLong();
            }
        }
        throw new AssertionError("no demo portfolio");
    }

    private static JsonNode ok(PmoRestClient.Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode todayOf(JsonNode trend) {
        JsonNode snapshots = trend.path("snapshots");
        JsonNode last = snapshots.get(snapshots.size() - 1);
        assertThat(last.path("date").asText()).isEqualTo(today().toString());
        return last;
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        return new BigDecimal(node.path(field).asText());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theDemoPortfolioHasEightWeeksOfLabelledDemoHistoryAndTodayMeasured() {
        JsonNode trend = ok(PMO.get("portfolios/" + demoPortfolio() + "/trend"));

        JsonNode snapshots = trend.path("snapshots");
        assertThat(snapshots.size()).isEqualTo(57);
        assertThat(snapshots.get(0).path("date").asText()).isEqualTo(today().minusDays(56).toString());
        assertThat(snapshots.get(0).path("source").asText()).isEqualTo("demo");
        assertThat(todayOf(trend).path("source").asText()).isEqualTo("recorded");
        assertThat(trend.path("notes").toString()).contains("days of demo data made up by the workbench's --demo,"
                + " not measurements: 56 of 57");
    }

    @Test
    void aTrendHasExactlyTheShapeTheChartsDraw() {
        JsonNode trend = ok(PMO.get("portfolios/" + demoPortfolio() + "/trend"));

        assertThat(fieldNames(trend)).containsExactly("currency", "scopeUnit", "bac", "snapshots", "hiddenProjects",
                "notes");
        assertThat(trend.path("currency").asText()).isEqualTo("EUR");
        assertThat(trend.path("scopeUnit").asText()).isIn("points", "issues", "hours");
        assertThat(trend.path("bac").asText()).matches(MONEY);
        assertThat(trend.path("hiddenProjects").asInt()).isZero();
        for (JsonNode snapshot : trend.path("snapshots")) {
            assertThat(fieldNames(snapshot)).containsExactly("date", "pv", "ev", "ac", "scopeDone", "scopeTotal",
                    "spi", "cpi", "source");
            assertThat(snapshot.path("date").asText()).matches(DATE);
            for (String money : List.of("pv", "ev", "ac")) {
                assertThat(snapshot.path(money).isNull() || MONEY.matcher(snapshot.path(money).asText()).matches())
                        .as("%s of %s", money, snapshot).isTrue();
            }
            for (String index : List.of("spi", "cpi")) {
                assertThat(snapshot.path(index).isNull() || INDEX.matcher(snapshot.path(index).asText()).matches())
                        .as("%s of %s", index, snapshot).isTrue();
            }
            assertThat(snapshot.path("scopeDone").asText()).matches(SCOPE);
            assertThat(snapshot.path("scopeTotal").asText()).matches(SCOPE);
        }
        JsonNode today = todayOf(trend);
        assertThat(today.path("pv").asText()).matches(MONEY);
        assertThat(today.path("spi").asText()).matches(INDEX);
    }

    @Test
    void aReaderSeesTheSumsOfTheProjectsTheyMayBrowseOnlyAndHowManyWereHidden() {
        long id = demoPortfolio();
        JsonNode everything = todayOf(ok(PMO.get("portfolios/" + id + "/trend")));
        JsonNode alicesTrend = ok(ALICE.get("portfolios/" + id + "/trend"));
        JsonNode alices = todayOf(alicesTrend);
        JsonNode delta = todayOf(ok(PMO.get("projects/DELTA/trend")));
        BigDecimal projects = BigDecimal.ZERO;
        BigDecimal projectsPv = BigDecimal.ZERO;
        for (String key : List.of("ALPHA", "BETA", "GAMMA")) {
            JsonNode project = todayOf(ok(ALICE.get("projects/" + key + "/trend")));
            projects = projects.add(decimal(project, "scopeTotal"));
            projectsPv = projectsPv.add(decimal(project, "pv"));
        }

        assertThat(alicesTrend.path("hiddenProjects").asInt()).isEqualTo(1);
        assertThat(decimal(alices, "scopeTotal")).isEqualByComparingTo(projects);
        assertThat(decimal(alices, "scopeTotal").add(decimal(delta, "scopeTotal")))
                .isEqualByComparingTo(decimal(everything, "scopeTotal"));
        // Each project's PV is rounded to cents before this sum, the portfolio's after it.
        assertThat(decimal(alices, "pv").subtract(projectsPv).abs()).isLessThanOrEqualTo(new BigDecimal("0.03"));
        assertThat(decimal(everything, "pv")).isGreaterThan(decimal(alices, "pv"));
        assertThat(new BigDecimal(alicesTrend.path("bac").asText()))
                .isLessThan(new BigDecimal(ok(PMO.get("portfolios/" + id + "/trend")).path("bac").asText()));
    }

    /** Anonymous callers must log in (401), as on every PMO endpoint of a site that is not public. */
    @Test
    void whatAReaderMayNotSeeIsNotFound() {
        String trend = "portfolios/" + demoPortfolio() + "/trend";

        assertThat(ADMIN.get(trend).status()).isEqualTo(200);
        assertThat(PMO.get(trend).status()).isEqualTo(200);
        assertThat(ALICE.get(trend).status()).isEqualTo(200);
        assertThat(BOB.get(trend).status()).isEqualTo(404);
        assertThat(ANONYMOUS.get(trend).status()).isEqualTo(401);
        assertThat(PMO.get("portfolios/987654321/trend").status()).isEqualTo(404);
        assertThat(PMO.get("portfolios/abc/trend").status()).isEqualTo(404);
        assertThat(PMO.get("portfolios/%D9%A4%D9%A2/trend").status()).isEqualTo(404);
        assertThat(ALICE.get("projects/ALPHA/trend").status()).isEqualTo(200);
        assertThat(ALICE.get("projects/DELTA/trend").status()).isEqualTo(404);
        assertThat(BOB.get("projects/ALPHA/trend").status()).isEqualTo(404);
        assertThat(ANONYMOUS.get("projects/ALPHA/trend").status()).isEqualTo(401);
        assertThat(PMO.get("projects/NOSUCH/trend").status()).isEqualTo(404);
    }

    @Test
    void theRangeIsBothEndsIncludedAndDefaultsToTheLastNinetyDays() {
        String trend = "portfolios/" + demoPortfolio() + "/trend";
        LocalDate today = today();

        JsonNode one = ok(PMO.get(trend + "?from=" + today + "&to=" + today));
        JsonNode week = ok(PMO.get(trend + "?from=" + today.minusDays(6) + "&to=" + today));
        JsonNode older = ok(PMO.get(trend + "?to=" + today.minusDays(30)));

        assertThat(one.path("snapshots").size()).isEqualTo(1);
        assertThat(week.path("snapshots").size()).isEqualTo(7);
        assertThat(older.path("snapshots").size()).isEqualTo(56 - 30 + 1);
        assertThat(ok(PMO.get(trend + "?from=" + today.minusDays(3659) + "&to=" + today)).path("snapshots").size())
                .isEqualTo(57);
    }

    @Test
    void aRangeThatIsNotOneIsRefusedWithTheFieldsAtFault() {
        String trend = "portfolios/" + demoPortfolio() + "/trend";
        LocalDate today = today();

        assertRefused(PMO.get(trend + "?from=" + today.plusDays(1) + "&to=" + today), "from");
        assertRefused(PMO.get(trend + "?from=" + today.minusDays(3660) + "&to=" + today), "to");
        assertRefused(PMO.get(trend + "?from=2026-02-30"), "from");
        assertRefused(PMO.get(trend + "?from=20260101&to=" + "9".repeat(5000)), "from", "to");
        assertRefused(PMO.get(trend + "?to=%D9%A2%D9%A0%D9%A2%D9%A6-01-01"), "to");
        assertRefused(PMO.get("projects/ALPHA/trend?from=yesterday"), "from");
    }

    @Test
    void aRefusalSaysNothingOfAPortfolioOneMayNotSee() {
        assertThat(BOB.get("portfolios/" + demoPortfolio() + "/trend?from=nonsense").status()).isEqualTo(404);
    }

    private static void assertRefused(PmoRestClient.Reply reply, String... fields) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly(fields);
    }
}
