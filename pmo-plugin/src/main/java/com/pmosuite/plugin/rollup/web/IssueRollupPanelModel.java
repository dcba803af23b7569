package com.pmosuite.plugin.rollup.web;

import com.pmosuite.rollup.RollupNode;
import com.pmosuite.rollups.IssueTitles;
import com.pmosuite.rollups.PortfolioRollups;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The issue rollup panel's view model, built from an issue's rollup answer: only strings, booleans, lists and maps,
 * so the template loops and prints. Words are i18n keys the template translates; figures are formatted here.
 */
final class IssueRollupPanelModel {
    /** At most this many children are listed; the rest are counted. */
    static final int MAX_CHILDREN = 10;
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private IssueRollupPanelModel() {
    }

    static Map<String, Object> of(PortfolioRollups.Answer answer, String contextPath) {
        RollupNode root = answer.root();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("rollupShown", true);
        model.putAll(rag(root));
        RollupNode.Counts counts = root.counts();
        model.put("todo", Long.toString(counts.todo()));
        model.put("inProgress", Long.toString(counts.inProgress()));
        model.put("done", Long.toString(counts.done()));
        model.put("total", Long.toString(counts.total()));
        Optional<Basis> basis = Basis.of(root.progress());
        model.put("progressDefined", basis.isPresent());
        model.put("progressPercent", basis.map(Basis::percent).orElse("0"));
        model.put("progressBasisKey", basis.map(Basis::key).orElse("pmo.rollup.undefined"));
        RollupNode.Effort effort = root.effort();
        model.put("estimate", hours(effort.originalEstimateSeconds()));
        model.put("spent", hours(effort.timeSpentSeconds()));
        model.put("remaining", hours(effort.remainingEstimateSeconds()));
        List<Map<String, Object>> children = new ArrayList<>();
        for (RollupNode child : root.children()) {
            if (children.size() == MAX_CHILDREN) {
                break;
            }
            IssueTitles.Title title = answer.titles().get(child.issueId());
            String key = title == null ? child.key() : title.key();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", key);
            row.put("summary", title == null ? "" : title.summary());
            row.put("url", contextPath + "/browse/" + URLEncoder.encode(key, StandardCharsets.UTF_8));
            row.put("doneCount", Long.toString(child.counts().done()));
            row.put("totalCount", Long.toString(child.counts().total()));
            row.putAll(rag(child));
            children.add(row);
        }
        int more = root.children().size() - children.size() + answer.omittedChildrenOf(root);
        model.put("children", children);
        model.put("childCount", Integer.toString(root.children().size() + answer.omittedChildrenOf(root)));
        model.put("moreChildren", Integer.toString(more));
        model.put("hasMoreChildren", more > 0);
        return model;
    }

    /** The number Jira Software's board shows on the panel's tab: the children the viewer can see. */
    static int tabCount(PortfolioRollups.Answer answer) {
        return answer.root().children().size() + answer.omittedChildrenOf(answer.root());
    }

    private static Map<String, Object> rag(RollupNode node) {
        String status = node.rag().status().name().toLowerCase(Locale.ROOT);
        Map<String, Object> rag = new LinkedHashMap<>();
        rag.put("rag", status);
        rag.put("ragKey", "pmo.rollup.rag." + status);
        rag.put("ragLozenge", switch (node.rag().status()) {
            case GREEN -> "aui-lozenge-success";
            case AMBER -> "aui-lozenge-moved";
            case RED -> "aui-lozenge-error";
            case GREY -> "";
        });
        rag.put("reasons", node.rag().reasons());
        rag.put("hasReasons", !node.rag().reasons().isEmpty());
        rag.put("reasonsText", String.join(" \u00b7 ", node.rag().reasons()));
        return rag;
    }

    private static String hours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(SECONDS_PER_HOUR, 1, RoundingMode.HALF_UP).toPlainString();
    }

    /** The progress shown: points, else time, else count, as the rollup pages choose. */
    private record Basis(String key, BigDecimal fraction) {
        static Optional<Basis> of(RollupNode.Progress progress) {
            if (progress.byPoints().isPresent()) {
                return Optional.of(new Basis("pmo.rollup.basis.points", progress.byPoints().get()));
            }
            if (progress.byTime().isPresent()) {
                return Optional.of(new Basis("pmo.rollup.basis.time", progress.byTime().get()));
            }
            return progress.byCount().map(f -> new Basis("pmo.rollup.basis.count", f));
        }

        String percent() {
            return fraction.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).toPlainString();
        }
    }
}
