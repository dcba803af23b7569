package com.pmosuite.plugin.rollup.web;

import com.pmosuite.rollup.EvBasis;
import com.pmosuite.rollup.RollupNode;
import com.pmosuite.rollups.IssueTitles;
import com.pmosuite.rollups.PortfolioRollups;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class IssueRollupPanelModelTest {
    private static final RollupNode.Evm NO_EVM = new RollupNode.Evm(Optional.empty(), EvBasis.NONE, Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());

    @Test
    void figuresAreFormattedForThePanelAndTheProgressPrefersPoints() {
        Map<String, Object> model = IssueRollupPanelModel.of(epicWith(2, 0), "/jira");

        assertThat(model).containsEntry("todo", "3").containsEntry("inProgress", "1").containsEntry("done", "1")
                .containsEntry("total", "5").containsEntry("progressPercent", "50")
                .containsEntry("progressBasisKey", "pmo.rollup.basis.points")
                .containsEntry("estimate", "14.0").containsEntry("spent", "9.0").containsEntry("remaining", "5.0")
                .containsEntry("rag", "amber").containsEntry("ragLozenge", "aui-lozenge-moved")
                .containsEntry("reasonsText", "SPI 0.85 < 0.90 \u00b7 Overdue 2 > 1");
    }

    @Test
    void childrenAreListedWithTheirKeysAndLinksUpToTheCap() {
        Map<String, Object> model = IssueRollupPanelModel.of(epicWith(12, 3), "/jira");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> children = (List<Map<String, Object>>) model.get("children");
        assertThat(children).hasSize(IssueRollupPanelModel.MAX_CHILDREN);
        assertThat(children.get(0)).containsEntry("key", "ALPHA-1").containsEntry("summary", "Story <1>")
                .containsEntry("url", "/jira/browse/ALPHA-1");
        assertThat(model).containsEntry("childCount", "15").containsEntry("moreChildren", "5")
                .containsEntry("hasMoreChildren", true);
        assertThat(IssueRollupPanelModel.tabCount(epicWith(12, 3))).as("every child, listed or not").isEqualTo(15);
    }

    @Test
    void anIssueWithoutProgressSaysNotDefined() {
        RollupNode bare = new RollupNode("10", "", RollupNode.Level.EPIC, 10, new RollupNode.Counts(0, 0, 0, 0),
                new RollupNode.Progress(Optional.empty(), Optional.empty(), Optional.empty()),
                new RollupNode.Effort(BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0),
                new RollupNode.Schedule(Optional.empty(), Optional.empty(), 0, 0, Optional.empty()), NO_EVM,
                new RollupNode.Rag(RollupNode.RagStatus.GREY, List.of()), Optional.empty(), 0, List.of());

        Map<String, Object> model = IssueRollupPanelModel.of(
                new PortfolioRollups.Answer(bare, Map.of(), Map.of(), LocalDate.of(2026, 11, 30)), "");

        assertThat(model).containsEntry("progressDefined", false).containsEntry("rag", "grey")
                .containsEntry("hasReasons", false).containsEntry("hasMoreChildren", false);
    }

    private static PortfolioRollups.Answer epicWith(int children, int omitted) {
        List<RollupNode> nodes = new ArrayList<>();
        Map<Long, IssueTitles.Title> titles = new HashMap<>();
        for (int i = 1; i <= children; i++) {
            nodes.add(node(100 + i, RollupNode.Level.ISSUE, List.of()));
            titles.put(100L + i, new IssueTitles.Title(100 + i, 1, "ALPHA-" + i, "Story <" + i + ">"));
        }
        RollupNode epic = node(100, RollupNode.Level.EPIC, nodes);
        Map<RollupNode, Integer> left = omitted == 0 ? Map.of() : Map.of(epic, omitted);
        return new PortfolioRollups.Answer(epic, titles, left, LocalDate.of(2026, 11, 30));
    }

    private static RollupNode node(long id, RollupNode.Level level, List<RollupNode> children) {
        return new RollupNode(Long.toString(id), "", level, id, new RollupNode.Counts(3, 1, 1, 5),
                new RollupNode.Progress(Optional.of(new BigDecimal("0.2000")), Optional.of(new BigDecimal("0.4950")),
                        Optional.empty()),
                new RollupNode.Effort(BigDecimal.TEN, BigDecimal.ONE, 50_400, 18_000, 32_400),
                new RollupNode.Schedule(Optional.empty(), Optional.empty(), 2, 0, Optional.empty()), NO_EVM,
                new RollupNode.Rag(RollupNode.RagStatus.AMBER, List.of("SPI 0.85 < 0.90", "Overdue 2 > 1")),
                Optional.empty(), 0, children);
    }
}
