package com.pmosuite.workbench.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.host.ao.UpgradeTaskRunner;
import com.pmosuite.plugin.platform.ao.upgrade.v1.RiskHistoryEntityV0;
import com.pmosuite.risk.Risk;
import com.pmosuite.risk.RiskHistoryEntry;
import com.pmosuite.risk.RiskOrdering;
import com.pmosuite.risk.RiskSort;
import com.pmosuite.workbench.plugin.PluginDescriptor;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench starts on a database the first release wrote (no model version stored, the risk history in its
 * old table) the way Jira would: it runs the descriptor's upgrade tasks, stores the model version, and the old
 * history reads back through the register, its risks are listed over HTTP in the order {@link RiskOrdering} gives;
 * a restart runs nothing again.
 */
class SchemaUpgradeIT {
    private static final String KEY = PluginDescriptor.load(SchemaUpgradeIT.class.getClassLoader()).pluginKey();
    private static final Instant AT = Instant.parse("2026-02-01T12:00:00.250Z");

    private static String storedVersion(Path data) {
        try (AoDatabase database = AoDatabase.hsqldbFile(data.resolve("db"), KEY)) {
            return new UpgradeTaskRunner(database.activeObjects(), KEY).storedVersion().toString();
        }
    }

    @Test
    void aFirstReleaseDatabaseIsUpgradedOnceAndItsHistoryKept(@TempDir Path data) {
        try (AoDatabase release0 = AoDatabase.hsqldbFile(data.resolve("db"), KEY)) {
            ActiveObjects ao = release0.activeObjects();
            ao.migrate(RiskHistoryEntityV0.class);
            RiskHistoryEntityV0 row = ao.create(RiskHistoryEntityV0.class, new DBParam("RISK_ID", 41),
                    new DBParam("PROJECT_ID", 10_000L), new DBParam("PROJECT_KEY", "ALPHA"),
                    new DBParam("VERSION", 1), new DBParam("CHANGED_BY", "alice"),
                    new DBParam("CHANGED_AT", AT.toEpochMilli()), new DBParam("FIELD_NAME", "created"));
            row.setNewValue("Vendor lock-in");
            row.save();
        }
        assertThat(storedVersion(data)).isEqualTo("0");
        WorkbenchOptions options = WorkbenchOptions.parse("--port", "0", "--data", data.toString());

        try (WorkbenchComponents workbench = WorkbenchComponents.start(options, Clock.systemUTC())) {
            assertThat(workbench.risks().register().history(41)).containsExactly(
                    new RiskHistoryEntry(41, 1, "alice", AT, "created", null, "Vendor lock-in"));
        }
        assertThat(storedVersion(data)).isEqualTo("2");
        try (WorkbenchComponents again = WorkbenchComponents.start(options, Clock.systemUTC())) {
            assertThat(again.risks().register().history(41)).hasSize(1);
        }
        assertThat(storedVersion(data)).isEqualTo("2");
    }

    /**
     * The first release's risk table, trimmed to the columns it required and those the sort keys come from
     * (this module has no test jar of the plugin's frozen copies). Today's entity adds the rest, empty, as AO does.
     */
    @Table("RISK")
    public interface RiskV0 extends Entity {
        long getProjectId();
        void setProjectId(long projectId);

        @NotNull
        String getProjectKey();
        void setProjectKey(String projectKey);

        @NotNull
        String getTitle();
        void setTitle(String title);

        @NotNull
        String getKind();
        void setKind(String kind);

        int getProbability();
        void setProbability(int probability);

        int getImpact();
        void setImpact(int impact);

        int getScore();
        void setScore(int score);

        Integer getResidualProbability();
        void setResidualProbability(Integer residualProbability);

        Integer getResidualImpact();
        void setResidualImpact(Integer residualImpact);

        @NotNull
        String getStatus();
        void setStatus(String status);

        @NotNull
        String getCreatedBy();
        void setCreatedBy(String createdBy);

        long getCreatedAt();
        void setCreatedAt(long createdAt);

        @NotNull
        String getUpdatedBy();
        void setUpdatedBy(String updatedBy);

        long getUpdatedAt();
        void setUpdatedAt(long updatedAt);

        int getVersion();
        void setVersion(int version);
    }

    private static void release0Risk(ActiveObjects ao, String title, String status, int probability, int impact,
                                     Integer residualProbability, Integer residualImpact) {
        RiskV0 risk = ao.create(RiskV0.class, new DBParam("PROJECT_ID", 10_000L), new DBParam("PROJECT_KEY", "ALPHA"),
                new DBParam("TITLE", title), new DBParam("KIND", "threat"), new DBParam("STATUS", status),
                new DBParam("CREATED_BY", "alice"), new DBParam("CREATED_AT", AT.toEpochMilli()),
                new DBParam("UPDATED_BY", "alice"), new DBParam("UPDATED_AT", AT.toEpochMilli()),
                new DBParam("VERSION", 1));
        risk.setProbability(probability);
        risk.setImpact(impact);
        risk.setScore(probability * impact);
        risk.setResidualProbability(residualProbability);
        risk.setResidualImpact(residualImpact);
        risk.save();
    }

    /** The ids of a project's risks as the list endpoint sorts them, read a few at a time. */
    private static List<Long> listedOverHttp(int port, String sort, String order, int count) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String credentials = Base64.getEncoder().encodeToString("alice:alice".getBytes(StandardCharsets.UTF_8));
        List<Long> ids = new ArrayList<>();
        for (int offset = 0; offset < count; offset += 3) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/rest/pmo/1.0/projects/ALPHA/risks?sort=" + sort + "&order=" + order + "&offset="
                            + offset + "&limit=3"))
                    .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            for (JsonNode item : new ObjectMapper().readTree(response.body()).get("items")) {
                ids.add(item.get("id").asLong());
            }
        }
        return ids;
    }

    @Test
    void risksTheFirstReleaseWroteAreListedInTheirOrderAfterTheUpgrade(@TempDir Path data) throws Exception {
        try (AoDatabase release0 = AoDatabase.hsqldbFile(data.resolve("db"), KEY)) {
            ActiveObjects ao = release0.activeObjects();
            ao.migrate(RiskV0.class);
            release0Risk(ao, "Vendor lock-in", "open", 3, 3, null, null);
            release0Risk(ao, "vendor insolvency", "closed", 5, 5, 1, 1);
            release0Risk(ao, "Éclair shortage", "monitoring", 2, 2, 2, null);
            release0Risk(ao, "API rate limits", "responding", 4, 2, 2, 2);
            release0Risk(ao, "api deprecation", "occurred", 1, 4, null, null);
            release0Risk(ao, "Zebra crossing", "open", 2, 5, 1, 3);
            release0Risk(ao, "...", "responding", 3, 4, 4, 4);
        }
        WorkbenchOptions options = WorkbenchOptions.parse("--port", "0", "--data", data.toString());

        try (WorkbenchComponents workbench = WorkbenchComponents.start(options, Clock.systemUTC())) {
            List<Risk> all = workbench.risks().register().all("ALPHA");
            assertThat(all).hasSize(7);
            Map<String, RiskSort> sorts = Map.of("title", RiskSort.TITLE, "status", RiskSort.STATUS,
                    "residual-score", RiskSort.RESIDUAL_SCORE);
            for (var sort : sorts.entrySet()) {
                for (String order : List.of("asc", "desc")) {
                    List<Long> inMemory = all.stream().sorted(RiskOrdering.of(sort.getValue(), order.equals("desc")))
                            .map(Risk::id).toList();
                    assertThat(listedOverHttp(workbench.server().port(), sort.getKey(), order, all.size()))
                            .as("sort=%s&order=%s", sort.getKey(), order).isEqualTo(inMemory);
                }
            }
        }
        assertThat(storedVersion(data)).isEqualTo("2");
    }
}
