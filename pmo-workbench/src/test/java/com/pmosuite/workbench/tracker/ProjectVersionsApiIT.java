package com.pmosuite.workbench.tracker;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.support.RunningWorkbench;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /rest/api/2/project/{idOrKey}/versions} over the demo's versions: Jira's shape, only to browsers. */
class ProjectVersionsApiIT {
    private final JiraClient alice = new JiraClient(RunningWorkbench.baseUri(), "alice");

    @Test
    void aProjectsVersionsComeInItsOrderInJirasShape() {
        JiraClient.Answer answer = alice.get("/rest/api/2/project/ALPHA/versions");

        assertThat(answer.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        answer.json().forEach(version -> names.add(version.get("name").asText()));
        assertThat(names).containsExactly("1.0", "1.1", "2.0");
        JsonNode released = answer.json().get(1);
        assertThat(released.get("released").asBoolean()).isTrue();
        assertThat(released.get("archived").asBoolean()).isFalse();
        assertThat(released.has("startDate")).isTrue();
        assertThat(released.has("releaseDate")).isFalse();
        assertThat(released.get("projectId").asLong()).isEqualTo(10000L);
        assertThat(released.get("self").asText()).endsWith("/rest/api/2/version/" + released.get("id").asText());
        assertThat(answer.json().get(2).get("overdue").asBoolean()).isFalse();
    }

    @Test
    void aProjectIsFoundByIdToo() {
        assertThat(alice.get("/rest/api/2/project/10001/versions").json()).hasSize(2);
    }

    @Test
    void aProjectTheCallerCannotBrowseIsNotFound() {
        JiraClient.Answer delta = alice.get("/rest/api/2/project/DELTA/versions");
        JiraClient.Answer bob = new JiraClient(RunningWorkbench.baseUri(), "bob").get("/rest/api/2/project/10000/versions");

        assertThat(delta.status()).isEqualTo(404);
        assertThat(delta.json().get("errorMessages").get(0).asText())
                .isEqualTo("No project could be found with key 'DELTA'.");
        assertThat(bob.status()).isEqualTo(404);
        assertThat(bob.json().get("errorMessages").get(0).asText())
                .isEqualTo("No project could be found with id '10000'.");
    }
}
