package com.pmosuite.plugin.risk.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.portfolio.PortfolioMember;
import com.pmosuite.plugin.risk.web.RiskRegisterAddress;
import com.pmosuite.risk.CombinedHeatMap;
import com.pmosuite.risk.Risk;
import com.pmosuite.risk.RiskAssessment;
import com.pmosuite.risk.RiskFields;
import com.pmosuite.risk.RiskExposure;
import com.pmosuite.risk.RiskTotals;
import com.pmosuite.risk.Severity;
import com.pmosuite.risk.portfolio.CurrencyTotal;
import com.pmosuite.shared.Names;
import com.pmosuite.shared.Page;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON of a portfolio's risks: its heat maps per matrix size, its totals per project, its list of risks and the
 * summary above it (EMV per currency, top risks, overdue reviews).
 */
public final class PortfolioRiskViews {
    private static final RiskTotals.Total NO_RISKS = new RiskTotals.Total(0, BigDecimal.ZERO.setScale(2));

    private PortfolioRiskViews() {
    }

    /** A portfolio's heat map: one map per matrix size its visible projects use. */
    public record HeatMapJson(long portfolioId, String name, String assessment, int hiddenProjects, SeverityCountsJson bySeverity,
                              List<ScaleJson> scales) implements JsonBody {
    }

    /** The projects scored on one matrix size and their risks per cell. */
    public record ScaleJson(int size, List<ProjectJson> projects, SeverityCountsJson bySeverity,
                            List<CellJson> cells) implements JsonBody {
    }

    /** A project, by key and name. */
    public record ProjectJson(String key, String name) implements JsonBody {
    }

    /**
     * One cell of a combined map: {@code severity} when every project of the scale bands it alike, else {@code null},
     * and {@code severities} lists what the projects' bands make of it, low to critical.
     */
    public record CellJson(int probability, int impact, int score, int count, String severity,
                           List<String> severities) implements JsonBody {
    }

    /** Live risks counted by severity, each under its own project's bands. */
    public record SeverityCountsJson(int low, int medium, int high, int critical) implements JsonBody {
    }

    /** A portfolio's risk totals per visible project, with counts over them all. */
    public record TotalsJson(long portfolioId, String name, int hiddenProjects, SeverityCountsJson bySeverity,
                             List<ProjectTotalsJson> projects) implements JsonBody {
    }

    /**
     * One project's live risks: counts and net expected monetary value (threats negative) per severity, and what its
     * threats and opportunities put at stake (both positive).
     */
    public record ProjectTotalsJson(String key, String name, int count, SeverityTotalsJson bySeverity,
                                    ExposureJson exposure) implements JsonBody {
    }

    /** Per severity, a count and a net expected monetary value. */
    public record SeverityTotalsJson(TotalJson low, TotalJson medium, TotalJson high, TotalJson critical)
            implements JsonBody {
    }

    /** How many risks, and their net expected monetary value as a decimal string. */
    public record TotalJson(int count, String expectedMonetaryValue) implements JsonBody {
    }

    /** Threats' and opportunities' expected monetary value, both positive decimal strings. */
    public record ExposureJson(String threats, String opportunities) implements JsonBody {
    }

    /**
     * One risk of a portfolio's list: what a row shows, each number under its own project's settings, and where its
     * project's register opens it ({@code url}, below the context path). {@code residualAssessed} is false while the
     * residual figures are the inherent ones; {@code currency} is the project's plan currency, {@code null} if none.
     */
    public record RowJson(long id, String projectKey, String projectName, String title, String kind, int score,
                          String severity, int residualScore, String residualSeverity, boolean residualAssessed,
                          String ownerKey, String ownerName, String status, String nextReviewDate,
                          boolean reviewOverdue, String expectedMonetaryValue, String currency, int version,
                          String url) implements JsonBody {
    }

    /** A page of a portfolio's risks, saying how many of its projects the reader may not see. */
    public record ListJson(long portfolioId, String name, int hiddenProjects, List<RowJson> items, int offset,
                           int limit, long total) implements JsonBody {
    }

    /** A visible project of the portfolio with the currency its plan resolves to ({@code null} when none). */
    public record ProjectCurrencyJson(String key, String name, String currency) implements JsonBody {
    }

    /** Expected monetary value of one currency's projects, as decimal strings. */
    public record CurrencyTotalJson(String currency, List<String> projects, String threats, String opportunities,
                                    String net) implements JsonBody {
    }

    /** The first overdue reviews and how many there are. */
    public record OverdueJson(long total, List<RowJson> items) implements JsonBody {
    }

    /** What a portfolio's risk page shows above its list. */
    public record SummaryJson(long portfolioId, String name, int hiddenProjects, String today,
                              List<ProjectCurrencyJson> projects, List<CurrencyTotalJson> totals, List<RowJson> top,
                              OverdueJson overdue) implements JsonBody {
    }

    /** How a list row learns about people, projects and settings. */
    public interface RowContext {
        String projectName(String projectKey);

        String currency(String projectKey);

        String personName(String userKey);

        RiskAssessment assessment(Risk risk);
    }

    public static ListJson list(Portfolio portfolio, int hidden, Page<Risk> page, RowContext context) {
        return new ListJson(portfolio.id(), portfolio.name(), hidden, rows(page.items(), context), page.offset(),
                page.limit(), page.total());
    }

    public static SummaryJson summary(Portfolio portfolio, int hidden, LocalDate today, List<PortfolioMember> shown,
                                      List<CurrencyTotal> totals, List<Risk> top, Page<Risk> overdue,
                                      RowContext context) {
        return new SummaryJson(portfolio.id(), portfolio.name(), hidden, today.toString(),
                shown.stream().map(m -> new ProjectCurrencyJson(m.projectKey(), m.projectName(),
                        context.currency(m.projectKey()))).toList(),
                totals.stream().map(t -> new CurrencyTotalJson(t.currency(), t.projectKeys(),
                        t.threats().toPlainString(), t.opportunities().toPlainString(), t.net().toPlainString()))
                        .toList(),
                rows(top, context), new OverdueJson(overdue.total(), rows(overdue.items(), context)));
    }

    private static List<RowJson> rows(List<Risk> risks, RowContext context) {
        return risks.stream().map(risk -> row(risk, context)).toList();
    }

    private static RowJson row(Risk risk, RowContext context) {
        RiskFields f = risk.fields();
        RiskAssessment a = context.assessment(risk);
        return new RowJson(risk.id(), risk.projectKey(), context.projectName(risk.projectKey()), f.title(),
                Names.of(f.kind()), a.score(), Names.of(a.severity()), a.residualScore(),
                Names.of(a.residualSeverity()), f.hasResidualAssessment(), f.ownerKey(),
                f.ownerKey() == null ? null : context.personName(f.ownerKey()), Names.of(f.status()),
                f.nextReviewDate() == null ? null : f.nextReviewDate().toString(), a.reviewOverdue(),
                a.expectedMonetaryValue() == null ? null : a.expectedMonetaryValue().toPlainString(),
                context.currency(risk.projectKey()), risk.version(),
                RiskRegisterAddress.ofRisk(risk.projectKey(), risk.id()));
    }

    public static HeatMapJson heatMap(Portfolio portfolio, boolean residual, int hidden, CombinedHeatMap map,
                                      Function<String, String> nameOf) {
        return new HeatMapJson(portfolio.id(), portfolio.name(), residual ? "residual" : "inherent", hidden, counts(map.bySeverity()),
                map.scales().stream().map(scale -> new ScaleJson(scale.size(),
                        scale.projectKeys().stream().map(key -> new ProjectJson(key, nameOf.apply(key))).toList(),
                        counts(scale.bySeverity()),
                        scale.cells().stream().map(PortfolioRiskViews::cell).toList())).toList());
    }

    public static TotalsJson totals(Portfolio portfolio, int hidden, List<PortfolioMember> shown, RiskTotals totals,
                                    Map<String, RiskExposure> exposure) {
        int[] all = new int[Severity.values().length];
        List<ProjectTotalsJson> projects = shown.stream().map(member -> {
            Map<Severity, RiskTotals.Total> own = totals.byProject().getOrDefault(member.projectKey(), Map.of());
            own.forEach((severity, total) -> all[severity.ordinal()] += total.count());
            RiskExposure stake = exposure.getOrDefault(member.projectKey(), RiskExposure.NONE);
            return new ProjectTotalsJson(member.projectKey(), member.projectName(),
                    own.values().stream().mapToInt(RiskTotals.Total::count).sum(),
                    new SeverityTotalsJson(total(own, Severity.LOW), total(own, Severity.MEDIUM),
                            total(own, Severity.HIGH), total(own, Severity.CRITICAL)),
                    new ExposureJson(stake.threats().toPlainString(), stake.opportunities().toPlainString()));
        }).toList();
        return new TotalsJson(portfolio.id(), portfolio.name(), hidden, new SeverityCountsJson(all[Severity.LOW.ordinal()],
                all[Severity.MEDIUM.ordinal()], all[Severity.HIGH.ordinal()], all[Severity.CRITICAL.ordinal()]),
                projects);
    }

    private static TotalJson total(Map<Severity, RiskTotals.Total> own, Severity severity) {
        RiskTotals.Total total = own.getOrDefault(severity, NO_RISKS);
        return new TotalJson(total.count(), total.expectedMonetaryValue().toPlainString());
    }

    private static CellJson cell(CombinedHeatMap.Cell cell) {
        return new CellJson(cell.probability(), cell.impact(), cell.probability() * cell.impact(), cell.count(),
                Names.of(cell.severity()), cell.severities().stream().map(Names::of).toList());
    }

    private static SeverityCountsJson counts(Map<Severity, Integer> counts) {
        return new SeverityCountsJson(counts.getOrDefault(Severity.LOW, 0), counts.getOrDefault(Severity.MEDIUM, 0),
                counts.getOrDefault(Severity.HIGH, 0), counts.getOrDefault(Severity.CRITICAL, 0));
    }
}
