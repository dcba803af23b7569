package com.pmosuite.workbench.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.wiring.WorkbenchComponents;
import com.pmosuite.workbench.wiring.WorkbenchOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A user's dashboard and its items' preferences, saved over HTTP, are there after the workbench restarts. */
class DashboardRestartIT {

    @Test
    void savedPreferencesSurviveARestartOnTheSameData(@TempDir Path data) {
        WorkbenchOptions options = WorkbenchOptions.parse("--port", "0", "--data", data.toString());
        long id;
        try (WorkbenchComponents workbench = WorkbenchComponents.start(options, Clock.systemUTC())) {
            DashboardApi alice = DashboardApi.as(workbench.server().baseUri(), "alice");
            id = alice.add(DashboardApi.HEAT_MAP);
            alice.savePreferences(id, Map.of("project", "ALPHA", "assessment", "residual"));
        }
        try (WorkbenchComponents again = WorkbenchComponents.start(options, Clock.systemUTC())) {
            List<JsonNode> items = DashboardApi.as(again.server().baseUri(), "alice").items();

            assertThat(items).singleElement().satisfies(item -> {
                assertThat(item.path("id").asLong()).isEqualTo(id);
                assertThat(item.path("preferences").path("project").asText()).isEqualTo("ALPHA");
                assertThat(item.path("preferences").path("assessment").asText()).isEqualTo("residual");
            });
        }
    }
}
