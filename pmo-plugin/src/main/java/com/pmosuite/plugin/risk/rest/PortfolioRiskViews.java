package com.pmosuite.plugin.risk.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.portfolio.PortfolioMember;
import com.pmosuite.risk.CombinedHeatMap;
import com.pmosuite.risk.RiskExposure;
import com.pmosuite.risk.RiskTotals;
import com.pmosuite.risk.Severity;
import com.pmosuite.shared.Names;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The JSON of a portfolio's risks: its heat maps per matrix size and its totals per project. */
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
