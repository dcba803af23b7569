package com.pmosuite.plugin.rollup.rest;

import com.pmosuite.rollup.RollupNode;
import com.pmosuite.rollups.IssueTitles;
import com.pmosuite.rollups.PortfolioRollups;
import com.pmosuite.shared.Csv;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns rollup answers into their JSON bodies and CSV rows: names, scales and nulls in one place. */
public final class RollupViews {
    /** The CSV's columns, in order. */
    static final List<String> CSV_HEADER = List.of("path", "depth", "level", "key", "name", "todo", "inProgress",
            "done", "total", "progressByCount", "progressByPoints", "progressByTime", "currency", "basis", "bac",
            "pv", "ev", "ac", "sv", "cv", "spi", "cpi", "eac", "etc", "vac", "tcpi", "rag", "ragReasons",
            "riskThreats", "riskOpportunities", "earliestStart", "latestDue", "overdue", "forecastFinish", "points",
            "donePoints", "originalEstimateSeconds", "remainingEstimateSeconds", "timeSpentSeconds",
            "hiddenProjects", "omittedChildren");
    private static final int CSV_ROWS_PER_WRITE = 200;

    private RollupViews() {
    }

    public static RollupNodeJson json(PortfolioRollups.Answer answer) {
        return json(answer.root(), answer);
    }

    private static RollupNodeJson json(RollupNode node, PortfolioRollups.Answer answer) {
        List<RollupNodeJson> children = node.children().stream().map(c -> json(c, answer)).toList();
        RollupNode.Counts c = node.counts();
        RollupNode.Progress p = node.progress();
        RollupNode.Evm e = node.evm();
        RollupNode.Schedule s = node.schedule();
        RollupNode.Effort f = node.effort();
        return new RollupNodeJson(key(node, answer), name(node, answer), level(node.level()),
                new RollupNodeJson.Counts(c.todo(), c.inProgress(), c.done(), c.total()),
                new RollupNodeJson.Progress(fraction(p.byCount()), fraction(p.byPoints()), fraction(p.byTime())),
                new RollupNodeJson.Evm(e.currency().orElse(null), lower(e.basis().name()), money(e.bac()),
                        money(e.pv()), money(e.ev()), money(e.ac()), money(e.sv()), money(e.cv()), index(e.spi()),
                        index(e.cpi()), money(e.eac()), money(e.etc()), money(e.vac()), index(e.tcpi()), e.notes()),
                new RollupNodeJson.Rag(lower(node.rag().status().name()), node.rag().reasons()),
                node.riskExposure().map(r -> new RollupNodeJson.RiskExposure(money(r.threats()),
                        money(r.opportunities()))).orElse(null),
                new RollupNodeJson.Schedule(date(s.earliestStart()), date(s.latestDue()), s.overdue(),
                        s.resolvedLastFourWeeks(), date(s.forecastFinish())),
                new RollupNodeJson.Effort(money(f.points()), money(f.donePoints()), f.originalEstimateSeconds(),
                        f.remainingEstimateSeconds(), f.timeSpentSeconds()),
                node.hiddenProjects(), answer.omittedChildrenOf(node), children);
    }

    /**
     * Writes the tree as CSV, one row per node, depth first, parents before children: its path (keys from the root,
     * joined by {@code " / "}), depth and figures. Text cells carry the formula guard of the risk CSV.
     */
    public static void csv(PortfolioRollups.Answer answer, Writer out) throws IOException {
        StringBuilder lines = new StringBuilder();
        Csv.appendRow(lines, CSV_HEADER);
        int[] rows = {0};
        row(answer.root(), "", 0, answer, lines, out, rows);
        out.write(lines.toString());
    }

    private static void row(RollupNode node, String parentPath, int depth, PortfolioRollups.Answer answer,
                            StringBuilder lines, Writer out, int[] rows) throws IOException {
        RollupNodeJson j = json(withoutChildren(node), answer);
        String key = key(node, answer);
        String path = parentPath.isEmpty() ? key : parentPath + " / " + key;
        List<String> cells = new ArrayList<>(CSV_HEADER.size());
        cells.add(Csv.textCell(path));
        cells.add(Integer.toString(depth));
        cells.add(j.level());
        cells.add(Csv.textCell(key));
        cells.add(Csv.textCell(j.name()));
        cells.add(Long.toString(j.counts().todo()));
        cells.add(Long.toString(j.counts().inProgress()));
        cells.add(Long.toString(j.counts().done()));
        cells.add(Long.toString(j.counts().total()));
        cells.add(blank(j.progress().byCount()));
        cells.add(blank(j.progress().byPoints()));
        cells.add(blank(j.progress().byTime()));
        RollupNodeJson.Evm e = j.evm();
        cells.add(blank(e.currency()));
        cells.add(e.basis());
        for (String figure : List.of(nn(e.bac()), nn(e.pv()), nn(e.ev()), nn(e.ac()), nn(e.sv()), nn(e.cv()),
                nn(e.spi()), nn(e.cpi()), nn(e.eac()), nn(e.etc()), nn(e.vac()), nn(e.tcpi()))) {
            cells.add(figure);
        }
        cells.add(j.rag().status());
        cells.add(Csv.textCell(String.join("; ", j.rag().reasons())));
        cells.add(j.riskExposure() == null ? "" : j.riskExposure().threats());
        cells.add(j.riskExposure() == null ? "" : j.riskExposure().opportunities());
        cells.add(blank(j.schedule().earliestStart()));
        cells.add(blank(j.schedule().latestDue()));
        cells.add(Long.toString(j.schedule().overdue()));
        cells.add(blank(j.schedule().forecastFinish()));
        cells.add(j.effort().points());
        cells.add(j.effort().donePoints());
        cells.add(Long.toString(j.effort().originalEstimateSeconds()));
        cells.add(Long.toString(j.effort().remainingEstimateSeconds()));
        cells.add(Long.toString(j.effort().timeSpentSeconds()));
        cells.add(Integer.toString(j.hiddenProjects()));
        cells.add(Integer.toString(answer.omittedChildrenOf(node)));
        Csv.appendRow(lines, cells);
        if (++rows[0] % CSV_ROWS_PER_WRITE == 0) {
            out.write(lines.toString());
            lines.setLength(0);
        }
        for (RollupNode child : node.children()) {
            row(child, path, depth + 1, answer, lines, out, rows);
        }
    }

    private static RollupNode withoutChildren(RollupNode node) {
        return node.children().isEmpty() ? node : new RollupNode(node.key(), node.name(), node.level(),
                node.issueId(), node.counts(), node.progress(), node.effort(), node.schedule(), node.evm(),
                node.rag(), node.riskExposure(), node.hiddenProjects(), List.of());
    }

    private static String key(RollupNode node, PortfolioRollups.Answer answer) {
        IssueTitles.Title title = node.issueId() == 0 ? null : answer.titles().get(node.issueId());
        return title != null ? title.key() : node.key();
    }

    private static String name(RollupNode node, PortfolioRollups.Answer answer) {
        if (node.level() == RollupNode.Level.WITHOUT_EPIC) {
            return "Issues without epic";
        }
        IssueTitles.Title title = node.issueId() == 0 ? null : answer.titles().get(node.issueId());
        return title != null ? title.summary() : node.name();
    }

    static String level(RollupNode.Level level) {
        return lower(level.name()).replace('_', '-');
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String money(Optional<BigDecimal> value) {
        return value.map(RollupViews::money).orElse(null);
    }

    private static String index(Optional<BigDecimal> value) {
        return value.map(v -> v.setScale(4, RoundingMode.HALF_UP).toPlainString()).orElse(null);
    }

    private static String fraction(Optional<BigDecimal> value) {
        return index(value);
    }

    private static String date(Optional<LocalDate> value) {
        return value.map(LocalDate::toString).orElse(null);
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private static String nn(String value) {
        return blank(value);
    }
}
