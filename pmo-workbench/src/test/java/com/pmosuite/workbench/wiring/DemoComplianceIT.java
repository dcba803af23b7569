package com.pmosuite.workbench.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.ProjectProfiles.ProjectProfile;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.StandardSet;
import com.pmosuite.compliance.Waiver;
import com.pmosuite.compliance.WaiverStatus;
import com.pmosuite.compliance.engine.FactScanEngine;
import com.pmosuite.compliance.engine.PortfolioProjectFigures;
import com.pmosuite.compliance.engine.ScoreThresholds;
import com.pmosuite.compliance.result.ProjectResult;
import com.pmosuite.compliance.result.ScanRun;
import com.pmosuite.compliance.result.RecordedResult;
import com.pmosuite.compliance.scan.ComplianceScans;
import com.pmosuite.compliance.scan.ScanReport;
import com.pmosuite.compliance.standard.Standards;
import com.pmosuite.compliance.waiver.Waivers;
import com.pmosuite.plugin.compliance.ao.AoResultStore;
import com.pmosuite.plugin.compliance.ao.AoScanSettingsStore;
import com.pmosuite.plugin.compliance.ao.AoStandardStore;
import com.pmosuite.plugin.compliance.ao.AoWaiverStore;
import com.pmosuite.plugin.compliance.notify.ViolationDigestMail;
import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.portfolio.Portfolios;
import com.pmosuite.workbench.demo.DemoCompliance;
import com.pmosuite.workbench.demo.DemoPortfolioSeed;
import com.pmosuite.workbench.host.WorkbenchApplicationProperties;
import com.pmosuite.workbench.host.WorkbenchOutbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --demo} gets a compliance standard set over the demo portfolio with violations on the demo data and one
 * approved waiver, scanned once: the seed run against a started demo workbench, through the compliance use cases on
 * its Active Objects and its tracker's project profiles, issue keys and JQL, as the compliance module builds them.
 */
class DemoComplianceIT {

    /** The compliance use cases over one started workbench, built as the compliance module builds them. */
    private record Compliance(Standards standards, Waivers waivers, ComplianceScans scans) {
        static Compliance of(WorkbenchComponents workbench, Clock clock) {
            ActiveObjects ao = workbench.platform().host().activeObjects();
            Portfolios portfolios = workbench.portfolios().portfolios();
            Standards standards = new Standards(new AoStandardStore(ao), portfolios, workbench.jqlRunner(), clock);
            Waivers waivers = new Waivers(new AoWaiverStore(ao), standards::find,
                    id -> workbench.projectProfiles().profile(id).map(ProjectProfile::key), clock);
            FactScanEngine engine = new FactScanEngine(workbench.facts().store(), workbench.projectProfiles(),
                    workbench.issueKeys(), workbench.jqlRunner(), workbench.risks().register(),
                    new PortfolioProjectFigures(portfolios, workbench.rollups().engine()),
                    () -> ScoreThresholds.DEFAULTS, ZoneId.systemDefault());
            ComplianceScans scans = new ComplianceScans(engine, standards, workbench.projectProfiles(), waivers,
                    workbench.issueKeys(), new AoResultStore(ao), new AoScanSettingsStore(ao),
                    workbench.platform().locks(), clock);
            return new Compliance(standards, waivers, scans);
        }
    }

    @Test
    void theDemoPortfolioHasAStandardSetWithSomeViolationsAndOneApprovedWaiverScannedOnce(@TempDir Path data) {
        Clock clock = Clock.systemUTC();
        WorkbenchOptions options = WorkbenchOptions.parse("--port", "0", "--data", data.toString(), "--demo");
        try (WorkbenchComponents workbench = WorkbenchComponents.start(options, clock)) {
            Compliance compliance = Compliance.of(workbench, clock);
            Portfolio demo = workbench.portfolios().portfolios().all().stream()
                    .filter(p -> p.name().equals(DemoPortfolioSeed.NAME)).findFirst().orElseThrow();

            ViolationDigestMail.attach(compliance.scans(), workbench.projectProfiles(), compliance.standards()::find,
                    workbench.platform().people(), workbench.directory(), workbench.directory(),
                    workbench.directory(), workbench.outbox(),
                    new WorkbenchApplicationProperties(() -> workbench.server().baseUri().toString()));
            StandardSet set = DemoCompliance.seed(compliance.standards(), compliance.waivers(), demo.id(), 10_001L,
                    "carol", "pmo", LocalDate.now(clock)).orElseThrow();
            ScanReport first = DemoCompliance.firstScan(compliance.scans(), "pmo");

            List<Standard> standards = compliance.standards().all();
            assertThat(standards).hasSizeBetween(8, 10);
            assertThat(standards).extracting(s -> s.check().type()).contains("project-details", "version-dates",
                    "issue-dates", "no-overdue", "field-set", "condition", "risk-review", "risk-care",
                    "plan-baseline", "evm-indices");
            assertThat(set.scope().portfolioIds()).containsExactly(demo.id());
            assertThat(set.standardIds()).hasSameSizeAs(standards);

            List<Waiver> waivers = compliance.waivers().all(EnumSet.allOf(WaiverStatus.class));
            assertThat(waivers).singleElement().satisfies(waiver -> {
                assertThat(waiver.status()).isEqualTo(WaiverStatus.APPROVED);
                assertThat(waiver.projectId()).isEqualTo(10_001L);
                assertThat(waiver.requestedBy()).isEqualTo("carol");
                assertThat(waiver.decidedBy()).isEqualTo("pmo");
            });

            assertThat(first.failed()).isFalse();
            assertThat(first.run().projectsScanned()).isEqualTo(4);
            Map<Long, ProjectResult> latest = compliance.scans().latest(Set.of(10_000L, 10_001L, 10_002L, 10_003L));
            assertThat(latest).hasSize(4);
            Map<String, Long> violationsByProject = latest.values().stream().collect(Collectors.toMap(
                    ProjectResult::projectKey, r -> r.results().stream().filter(RecordedResult::violation).count()));
            assertThat(violationsByProject.values().stream().mapToLong(Long::longValue).sum()).isPositive();
            Standard described = standards.stream().filter(s -> s.check().type().equals("project-details"))
                    .findFirst().orElseThrow();
            // GAMMA has no description in the demo.
            assertThat(result(latest.get(10_002L), described).outcome()).isEqualTo(Outcome.FAILED);
            Standard versions = standards.stream().filter(s -> s.check().type().equals("version-dates"))
                    .findFirst().orElseThrow();
            // BETA's R2 has started without a release date: waived. ALPHA's released 1.1 has none either: failed.
            RecordedResult beta = result(latest.get(10_001L), versions);
            assertThat(beta.outcome()).isEqualTo(Outcome.WAIVED);
            assertThat(beta.waiverIds()).containsExactly(waivers.get(0).id());
            assertThat(result(latest.get(10_000L), versions).outcome()).isEqualTo(Outcome.FAILED);
            Standard estimated = standards.stream().filter(s -> s.check().type().equals("field-set"))
                    .findFirst().orElseThrow();
            // A quarter of the demo's work has no estimate: issue offenders, listed by key.
            RecordedResult unestimated = result(latest.get(10_002L), estimated);
            assertThat(unestimated.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(unestimated.offenders()).isNotEmpty().allSatisfy(key -> assertThat(key).startsWith("GAMMA-"));
            assertThat(latest.values()).allSatisfy(r -> assertThat(r.score()).isNotNull());

            // The first scan's violations are all new: a digest to each lead, in the workbench's outbox.
            List<WorkbenchOutbox.QueuedMail> mails = digests(workbench);
            assertThat(mails).extracting(WorkbenchOutbox.QueuedMail::to)
                    .containsExactlyInAnyOrder("dave@example.com", "carol@example.com");
            WorkbenchOutbox.QueuedMail dave = mails.stream().filter(m -> m.to().equals("dave@example.com"))
                    .findFirst().orElseThrow();
            assertThat(dave.subject()).endsWith("new compliance violations in ALPHA, GAMMA");
            assertThat(dave.body()).contains("Hello Dave Diaz,", "GAMMA (Customer Portal)",
                    "- [major] Project has a lead, a description and a category: no description",
                    workbench.server().baseUri().toString().replaceAll("/$", "")
                            + "/projects/GAMMA?selectedItem=com.pmosuite.pmo-plugin%3Aproject-compliance-sidebar-link");
            compliance.scans().scanAll(ScanRun.Trigger.SCHEDULED, null);
            assertThat(digests(workbench)).as("nothing new in the second scan").hasSize(2);

            assertThat(DemoCompliance.seed(compliance.standards(), compliance.waivers(), demo.id(), 10_001L,
                    "carol", "pmo", LocalDate.now(clock))).isEmpty();
            assertThat(compliance.standards().all()).hasSameSizeAs(standards);
        }
    }

    private static List<WorkbenchOutbox.QueuedMail> digests(WorkbenchComponents workbench) {
        return workbench.outbox().mails().stream().filter(m -> m.subject().contains("compliance violation"))
                .toList();
    }

    private static RecordedResult result(ProjectResult project, Standard standard) {
        return project.results().stream().filter(r -> r.standardId() == standard.id()).findFirst().orElseThrow();
    }
}
