package com.pmosuite.workbench.tracker;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.host.ao.EmbeddedPostgres;
import com.pmosuite.workbench.wiring.WorkbenchComponents;
import com.pmosuite.workbench.wiring.WorkbenchOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench's Jira on PostgreSQL (by {@code --db-url}): its tables are created beside AO's, the demo and
 * generated issues are written, searched and paged, and a restart (AO migrating again over a schema that now holds
 * them) finds them unchanged.
 */
class TrackerPostgresIT {
    @TempDir
    Path data;

    @Test
    void issuesAreWrittenSearchedAndKeptAcrossARestartOnPostgres() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.throwaway()) {
            String[] args = {"--port", "0", "--data", data.toString(), "--db-url", server.jdbcUrl("postgres"),
                "--db-user", server.user(), "--db-password", server.password(), "--demo", "--demo-issues", "300"};
            String key;
            try (WorkbenchComponents workbench = WorkbenchComponents.start(WorkbenchOptions.parse(args),
                    Clock.systemUTC())) {
                assertThat(workbench.seededIssues()).isGreaterThan(50);
                assertThat(workbench.generatedIssues()).isEqualTo(300);
                JiraClient alice = new JiraClient(workbench.server().baseUri(), "alice");
                key = alice.create("""
                        {"project": {"key": "ALPHA"}, "issuetype": {"name": "Story"}, "summary": "On PostgreSQL",
                         "customfield_10106": 2.5, "duedate": "2027-01-15", "customfield_10100": "ALPHA-1"}""");
                JsonNode found = alice.search("\"Epic Link\" = ALPHA-1 AND key = " + key
                        + " AND updated >= \"2000-01-01\" ORDER BY key DESC", 0, 10).json();
                assertThat(found.get("total").asInt()).isEqualTo(1);
            }
            try (WorkbenchComponents again = WorkbenchComponents.start(WorkbenchOptions.parse(args),
                    Clock.systemUTC())) {
                assertThat(again.seededIssues()).isZero();
                assertThat(again.generatedIssues()).isZero();
                JsonNode fields = new JiraClient(again.server().baseUri(), "alice").issue(key).get("fields");
                assertThat(fields.get("customfield_10106").asDouble()).isEqualTo(2.5);
                assertThat(fields.get("duedate").asText()).isEqualTo("2027-01-15");
                assertThat(again.tracker().store().count("1 = 1", java.util.List.of()))
                        .isGreaterThan(300);
            }
        }
    }
}
