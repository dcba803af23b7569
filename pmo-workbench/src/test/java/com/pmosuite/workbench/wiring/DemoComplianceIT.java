package com.pmosuite.workbench.wiring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.result.ProjectResult;
import com.pmosuite.compliance.result.RecordedResult;
import com.pmosuite.compliance.result.ScanRun;
import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.workbench.demo.DemoCompliance;
import com.pmosuite.workbench.demo.DemoPortfolioSeed;
import com.pmosuite.workbench.host.WorkbenchOutbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --demo} ships compliance: the standard set "PMO essentials" over the demo portfolio, violations on the demo
 * data, one approved waiver, and a first scan recorded at start, whose new violations are in the outbox as digests
 * to the projects' leads. Read over HTTP as the PMO admin would, through the compliance REST API.
 */
class DemoComplianceIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theDemoPortfolioShipsStandardsViolationsAndOneApprovedWaiverScannedAtStart(@TempDir Path data)
            throws Exception {
        WorkbenchOptions options = WorkbenchOptions.parse("--port", "0", "--data", data.toString(), "--demo");
        try (WorkbenchComponents workbench = WorkbenchComponents.start(options, Clock.systemUTC())) {
            assertThat(workbench.seededCompliance()).isTrue();
            URI base = workbench.server().baseUri();
            Portfolio demo = workbench.portfolios().portfolios().all().stream()
                    .filter(p -> p.name().equals(DemoPortfolioSeed.NAME)).findFirst().orElseThrow();

            JsonNode standards = get(base, "/rest/pmo/1.0/compliance/standards");
            assertThat(standards).hasSizeBetween(8, 10);
            List<String> types = new ArrayList<>();
            standards.forEach(s -> types.add(s.path("check").path("type").asText()));
            assertThat(types).contains("project-details", "version-dates", "issue-dates", "no-overdue", "field-set",
                    "condition", "risk-review", "risk-care", "plan-baseline", "evm-indices");
            JsonNode sets = get(base, "/rest/pmo/1.0/compliance/sets");
            assertThat(sets).singleElement().satisfies(set -> {
                assertThat(set.path("name").asText()).isEqualTo(DemoCompliance.SET_NAME);
                assertThat(set.path("scope").path("portfolioIds").get(0).asLong()).isEqualTo(demo.id());
                assertThat(set.path("standardIds")).hasSize(standards.size());
            });

            JsonNode gamma = get(base, "/rest/pmo/1.0/projects/GAMMA/compliance");
            assertThat(gamma.path("scannedAt").isNull()).isFalse();
            assertThat(gamma.path("score").asText()).as("GAMMA's score").isNotBlank().isNotEqualTo("null");
            assertThat(gamma.path("violations")).anySatisfy(v -> {
                assertThat(v.path("standard").path("name").asText())
                        .isEqualTo("Project has a lead, a description and a category");
                assertThat(v.path("detail").asText()).isEqualTo("no description");
            });
            assertThat(gamma.path("violations")).anySatisfy(v -> {
                assertThat(v.path("offenderKind").asText()).isEqualToIgnoringCase("issue");
                assertThat(v.path("issueKeys").get(0).asText()).startsWith("GAMMA-");
            });

            JsonNode waivers = get(base, "/rest/pmo/1.0/projects/BETA/compliance/waivers");
            assertThat(waivers).singleElement().satisfies(w -> {
                assertThat(w.path("status").asText()).isEqualToIgnoringCase("approved");
                assertThat(w.path("standardName").asText()).isEqualTo("Released versions have a release date");
                assertThat(w.path("requestedBy").asText()).isEqualTo("carol");
                assertThat(w.path("active").asBoolean()).isTrue();
            });
            ProjectResult beta = workbench.compliance().scans().latest(10_001L).orElseThrow();
            assertThat(beta.results()).extracting(RecordedResult::outcome).contains(Outcome.WAIVED);

            // The first scan's violations were all new: one digest to each lead, in the workbench's outbox.
            List<WorkbenchOutbox.QueuedMail> mails = digests(workbench);
            assertThat(mails).extracting(WorkbenchOutbox.QueuedMail::to)
                    .containsExactlyInAnyOrder("dave@example.com", "carol@example.com");
            WorkbenchOutbox.QueuedMail dave = mails.stream().filter(m -> m.to().equals("dave@example.com"))
                    .findFirst().orElseThrow();
            assertThat(dave.subject()).endsWith("new compliance violations in ALPHA, GAMMA");
            assertThat(dave.body()).contains("Hello Dave Diaz,", "GAMMA (Customer Portal)",
                    "- [major] Project has a lead, a description and a category: no description",
                    base.toString().replaceAll("/$", "")
                            + "/projects/GAMMA?selectedItem=com.pmosuite.pmo-plugin%3Aproject-compliance-sidebar-link");
            workbench.compliance().scans().scanAll(ScanRun.Trigger.SCHEDULED, null);
            assertThat(digests(workbench)).as("nothing new in the second scan").hasSize(2);
        }
        try (WorkbenchComponents again = WorkbenchComponents.start(options, Clock.systemUTC())) {
            assertThat(again.seededCompliance()).isFalse();
            assertThat(again.compliance().standards().allSets()).hasSize(1);
            assertThat(again.compliance().standards().all()).hasSize(10);
            Map<Long, ProjectResult> latest = again.compliance().scans()
                    .latest(Set.of(10_000L, 10_001L, 10_002L, 10_003L));
            assertThat(latest).hasSize(4);
        }
    }

    private static List<WorkbenchOutbox.QueuedMail> digests(WorkbenchComponents workbench) {
        return workbench.outbox().mails().stream().filter(m -> m.subject().contains("compliance violation"))
                .toList();
    }

    private static JsonNode get(URI base, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("pmo:pmo".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
