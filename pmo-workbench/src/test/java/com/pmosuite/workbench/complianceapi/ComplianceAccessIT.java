package com.pmosuite.workbench.complianceapi;

import com.pmosuite.workbench.support.RunningWorkbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static com.pmosuite.workbench.complianceapi.ComplianceBodies.everyOpenIssue;
import static com.pmosuite.workbench.complianceapi.ComplianceBodies.standard;
import static com.pmosuite.workbench.complianceapi.ComplianceBodies.uniqueName;
import static com.pmosuite.workbench.complianceapi.ComplianceBodies.waiver;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call the compliance API, over real HTTP on the shared demo workbench: PMO admins manage standards, sets,
 * settings, scans of everything and run history; others get 403 (401 when nobody is logged in); a project's results
 * are for whoever may browse it, and a project one may not browse is not found; forged browser requests are refused.
 */
class ComplianceAccessIT {
    private static final URI BASE = RunningWorkbench.baseUri();
    private static final ComplianceClient PMO = ComplianceClient.as(BASE, "pmo");
    private static final ComplianceClient ADMIN = ComplianceClient.as(BASE, "admin");
    private static final ComplianceClient ALICE = ComplianceClient.as(BASE, "alice");
    private static final ComplianceClient BOB = ComplianceClient.as(BASE, "bob");
    private static final ComplianceClient ANONYMOUS = ComplianceClient.as(BASE, null);

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {"compliance/standards", "compliance/sets", "compliance/settings", "compliance/export",
        "compliance/runs", "compliance/waivers"})
    void pmoAdminReadsAreRefusedToOthers(String path) {
        assertThat(PMO.get(path).status()).isEqualTo(200);
        assertThat(ADMIN.get(path).status()).isEqualTo(200);
        assertThat(ALICE.get(path).status()).isEqualTo(403);
        assertThat(ANONYMOUS.get(path).status()).isEqualTo(401);
    }

    @Test
    void onlyPmoAdminsCreateStandardsOrScanEverything() {
        Map<String, Object> body = standard(uniqueName("Refused"), 10, everyOpenIssue());

        assertThat(ALICE.post("compliance/standards", body).status()).isEqualTo(403);
        assertThat(ANONYMOUS.post("compliance/standards", body).status()).isEqualTo(401);
        assertThat(ALICE.post("compliance/scan", null).status()).isEqualTo(403);
        assertThat(ALICE.post("compliance/preview", Map.of("check", everyOpenIssue(), "projectKey", "ALPHA"))
                .status()).isEqualTo(403);
        assertThat(PMO.get("compliance/standards").body()).doesNotContain((String) body.get("name"));
    }

    @Test
    void aProjectsResultsAreForThoseWhoMayBrowseIt() {
        assertThat(ALICE.get("projects/ALPHA/compliance").status()).isEqualTo(200);
        assertThat(ALICE.get("projects/GAMMA/compliance").status()).isEqualTo(200);
        assertThat(ALICE.get("projects/DELTA/compliance").status()).isEqualTo(404);
        assertThat(BOB.get("projects/ALPHA/compliance").status()).isEqualTo(404);
        assertThat(BOB.get("projects/ALPHA/compliance.csv").status()).isEqualTo(404);
        assertThat(BOB.get("projects/ALPHA/compliance/waivers").status()).isEqualTo(404);
        assertThat(ALICE.get("projects/NOSUCH/compliance").status()).isEqualTo(404);
        assertThat(ANONYMOUS.get("projects/ALPHA/compliance").status()).isEqualTo(401);
    }

    @Test
    void aProjectOneMayNotBrowseCannotBeScannedOrWaivedEither() {
        long standardId = PMO.post("compliance/standards", standard(uniqueName("Hidden"), 10, everyOpenIssue()))
                .expect(201).path("id").asLong();

        assertThat(ALICE.post("projects/DELTA/compliance/scan", null).status()).isEqualTo(404);
        assertThat(ALICE.post("projects/DELTA/compliance/waivers",
                waiver(standardId, List.of(), "Hidden", "2099-01-01")).status()).isEqualTo(404);
        // alice may browse GAMMA but neither leads nor administers it.
        assertThat(ALICE.post("projects/GAMMA/compliance/scan", null).status()).isEqualTo(403);
    }

    @Test
    void aForgedBrowserRequestIsRefusedAndChangesNothing() {
        String name = uniqueName("Forged");

        ComplianceClient.Reply forged = PMO.fromAnotherSite()
                .post("compliance/standards", standard(name, 10, everyOpenIssue()));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(PMO.get("compliance/standards").body()).doesNotContain(name);
        assertThat(PMO.fromAnotherSite().post("compliance/scan", null).status()).isEqualTo(403);
    }

    @Test
    void aPortfolioOneMaySeeNothingOfIsNotFound() {
        assertThat(BOB.get("portfolios/1/compliance").status()).isEqualTo(404);
        assertThat(ALICE.get("portfolios/987654321/compliance").status()).isEqualTo(404);
        assertThat(ALICE.get("portfolios/abc/compliance").status()).isEqualTo(400);
    }
}
