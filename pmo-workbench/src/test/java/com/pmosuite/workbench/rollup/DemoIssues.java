package com.pmosuite.workbench.rollup;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.risk.PmoRestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Issues of the demo's ALPHA found through its rollup as alice reads it: an epic with children, a story without. */
public final class DemoIssues {
    private DemoIssues() {
    }

    /** The first epic of ALPHA with issues under it. */
    public static String epicWithChildren() {
        for (JsonNode node : alphaRollup().path("children")) {
            if ("epic".equals(node.path("level").asText()) && node.path("counts").path("total").asLong() > 1) {
                return node.path("key").asText();
            }
        }
        throw new AssertionError("the demo has no epic with children in ALPHA");
    }

    /** A story of ALPHA with no sub-tasks: nothing to roll up. */
    public static String storyWithoutChildren() {
        for (JsonNode group : alphaRollup().path("children")) {
            for (JsonNode node : group.path("children")) {
                if ("issue".equals(node.path("level").asText()) && node.path("counts").path("total").asLong() == 1) {
                    return node.path("key").asText();
                }
            }
        }
        throw new AssertionError("the demo has no story without sub-tasks in ALPHA");
    }

    /** An issue's rollup as alice reads it. */
    public static JsonNode issueRollup(String key) {
        PmoRestClient.Reply reply = PmoRestClient.as("alice").get("issues/" + key + "/rollup");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode alphaRollup() {
        PmoRestClient.Reply reply = PmoRestClient.as("alice").get("projects/ALPHA/rollup?depth=2");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}
