package com.pmosuite.workbench.rollup;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.risk.PmoRestClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo portfolio rolls up on the first call after {@code --demo}: the start-up walk put its issues' facts in the
 * table, and the engine reads them.
 */
class DemoRollupIT {
    private final PmoRestClient pmo = PmoRestClient.as("pmo");

    private long demoPortfolioId() {
        JsonNode list = pmo.get("portfolios").json();
        for (JsonNode summary : list) {
            if (summary.get("name").asText().equals("Digital Transformation")) {
                return summary.get("id").asLong();
            }
        }
        throw new AssertionError("no demo portfolio in " + list);
    }

    @Test
    void theDemoPortfolioRollsUpWithItsProjectsAndIssues() {
        PmoRestClient.Reply reply = pmo.get("portfolios/" + demoPortfolioId() + "/rollup?depth=1");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode root = reply.json();
        assertThat(root.get("level").asText()).isEqualTo("portfolio");
        assertThat(root.get("counts").get("total").asLong()).isPositive();
        assertThat(root.get("rag").get("status").asText()).isIn("green", "amber", "red", "grey");
        assertThat(root.get("hiddenProjects").asInt()).isZero();
        assertThat(root.get("children")).isNotEmpty();
    }
}
