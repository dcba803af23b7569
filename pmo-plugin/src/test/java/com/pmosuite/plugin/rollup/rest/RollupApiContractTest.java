package com.pmosuite.plugin.rollup.rest;

import com.pmosuite.plugin.platform.rest.PmoJson;
import com.pmosuite.rollup.EvBasis;
import com.pmosuite.rollup.RiskExposure;
import com.pmosuite.rollup.RollupNode;
import com.pmosuite.rollups.IssueTitles;
import com.pmosuite.rollups.PortfolioRollups;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.pmosuite.plugin.platform.rest.JsonContract.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the rollup body to {@code contract/rollup.json}: names, order, decimal strings with their scales, lower-case
 * levels and RAG, nulls for what is not defined, Jira keys and summaries on issue nodes. The CSV shares the figures.
 */
class RollupApiContractTest {
    private static final Optional<BigDecimal> NONE = Optional.empty();

    private static Optional<BigDecimal> dec(String value) {
        return Optional.of(new BigDecimal(value));
    }

    private static RollupNode.Evm evm() {
        return new RollupNode.Evm(Optional.of("EUR"), EvBasis.POINTS, dec("10000"), dec("3000"), dec("5000"),
                dec("450"), dec("2000"), dec("4550"), dec("1.66666667"), dec("11.1111111"), dec("900"),
                dec("450"), dec("9100"), dec("0.52356"), List.of());
    }

    private static RollupNode.Evm notKept() {
        return new RollupNode.Evm(Optional.empty(), EvBasis.NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
                NONE, NONE, NONE, NONE, List.of("earned value is kept per project and above"));
    }

    private static RollupNode node(String key, String name, RollupNode.Level level, long issueId,
                                   RollupNode.Evm evm, Optional<RiskExposure> risk, int hidden,
                                   List<RollupNode> children) {
        return new RollupNode(key, name, level, issueId, new RollupNode.Counts(3, 1, 1, 5),
                new RollupNode.Progress(dec("0.2"), dec("0.5"), NONE),
                new RollupNode.Effort(new BigDecimal("10.00"), new BigDecimal("5.00"), 50_400, 18_000, 32_400),
                new RollupNode.Schedule(Optional.of(LocalDate.of(2026, 6, 1)), Optional.empty(), 0, 1,
                        Optional.of(LocalDate.of(2026, 7, 9))),
                evm, new RollupNode.Rag(RollupNode.RagStatus.GREEN, List.of("SPI 1.67 ≥ 0.95")), risk, hidden,
                children);
    }

    static PortfolioRollups.Answer answer() {
        RollupNode epic = node("10100", "", RollupNode.Level.EPIC, 10100, notKept(), Optional.empty(), 0,
                List.of());
        RollupNode project = node("ALPHA", "Apollo Platform", RollupNode.Level.PROJECT, 0, evm(),
                Optional.of(new RiskExposure(new BigDecimal("700.00"), new BigDecimal("60"))), 0, List.of(epic));
        RollupNode root = node("portfolio-7", "Digital Transformation", RollupNode.Level.PORTFOLIO, 0, evm(),
                Optional.of(new RiskExposure(new BigDecimal("700.00"), new BigDecimal("60"))), 1, List.of(project));
        Map<RollupNode, Integer> omitted = new IdentityHashMap<>();
        omitted.put(project, 2);
        return new PortfolioRollups.Answer(root,
                Map.of(10100L, new IssueTitles.Title(10100, 10000, "ALPHA-1", "Checkout redesign")), omitted,
                LocalDate.of(2026, 6, 10));
    }

    @Test
    void aRollupTreeHasExactlyTheContractsProperties() {
        assertMatches("rollup.json", PmoJson.write(RollupViews.json(answer())));
    }

    @Test
    void theCsvHasOneRowPerNodeWithItsPathAndTheSameFigures() throws IOException {
        StringWriter out = new StringWriter();
        RollupViews.csv(answer(), out);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).split(",", -1)).hasSize(RollupViews.CSV_HEADER.size());
        assertThat(lines.get(2)).startsWith("portfolio-7 / ALPHA,1,project,ALPHA,Apollo Platform,3,1,1,5,0.2000,"
                + "0.5000,,EUR,points,10000.00,3000.00,5000.00,450.00,2000.00,4550.00,1.6667,11.1111,900.00,450.00,"
                + "9100.00,0.5236,green,SPI 1.67 ≥ 0.95,700.00,60.00,2026-06-01,,0,2026-07-09,10.00,5.00,50400,"
                + "18000,32400,0,2");
        assertThat(lines.get(3)).startsWith("portfolio-7 / ALPHA / ALPHA-1,2,epic,ALPHA-1,Checkout redesign,");
    }
}
