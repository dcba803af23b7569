package com.pmosuite.plugin.compliance.rest;

import com.atlassian.jira.project.Project;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.pmosuite.compliance.ProjectScan;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.result.ComplianceCsv;
import com.pmosuite.compliance.result.ProjectResult;
import com.pmosuite.compliance.result.ScanRun;
import com.pmosuite.compliance.scan.ComplianceScans;
import com.pmosuite.compliance.scan.ScanReport;
import com.pmosuite.plugin.compliance.wiring.ComplianceModule;
import com.pmosuite.plugin.platform.auth.NotVisible;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.platform.rest.ErrorJson;
import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.plugin.platform.rest.PmoJson;
import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.portfolio.PortfolioMember;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongPredicate;

/**
 * Compliance results and scans of projects and portfolios, under {@code /rest/pmo/1.0}: a project's latest result
 * for whoever may browse it, scans on demand for its lead, administrators and PMO admins, a portfolio's table over the
 * projects the reader may browse, and the violations as CSV. Offender issue keys the reader may not see are left out.
 */
@Path("/")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceResultResource {
    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    private final ComplianceModule module;
    private final ComplianceScans scans;
    private final ComplianceViews views;
    private final ComplianceAccess access;

    @Inject
    public ComplianceResultResource(ComplianceModule module, PmoAccess access) {
        this.module = module;
        this.scans = module.scans();
        this.views = module.views();
        this.access = new ComplianceAccess(access, module.profiles());
    }

    /** The project's latest recorded result; a project never scanned is grey without a score. */
    @GET
    @Path("projects/{key}/compliance")
    public Response project(@PathParam("key") String key) {
        Project project = access.browsable(ComplianceParams.projectKeyOnly(key));
        Optional<ProjectResult> latest = scans.latest(project.getId());
        JsonBody body = latest.isEmpty() ? views.neverScanned(project.getKey(), project.getName())
                : views.result(latest.get(), project.getName(), module.standardsById(), false,
                module.navigator());
        return ok(body);
    }

    /** Scans one project now, synchronously; {@code dryRun=true} shows the result and records nothing. */
    @POST
    @LicensedOnly
    @Path("projects/{key}/compliance/scan")
    public Response scanProject(@PathParam("key") String key, @QueryParam("dryRun") String dryRunText) {
        ComplianceParams params = new ComplianceParams();
        String projectKey = params.projectKey(key);
        boolean dryRun = params.flag("dryRun", dryRunText);
        params.check();
        Project project = access.forLeadOrAdmin(projectKey, "scan it");
        ScanReport report = scans.scanProjects(Set.of(project.getId()), "project " + project.getKey(),
                ScanRun.Trigger.MANUAL, access.currentUserKey(), dryRun);
        if (report.failed()) {
            return failed(report);
        }
        if (report.projects().isEmpty()) {
            throw new NotVisible("Project " + projectKey);
        }
        ProjectResult result = dryRun
                ? ComplianceViews.asResult(report.projects().get(0), scans.latest(project.getId()).orElse(null),
                report.run().startedAt())
                : scans.latest(project.getId()).orElseThrow(() -> new NotVisible("Project " + projectKey));
        return ok(views.result(result, project.getName(), module.standardsById(), dryRun,
                module.navigator()));
    }

    /** The project's violations as CSV, with the formula guard. */
    @GET
    @Path("projects/{key}/compliance.csv")
    @Produces("text/csv")
    public Response projectCsv(@PathParam("key") String key) {
        Project project = access.browsable(ComplianceParams.projectKeyOnly(key));
        List<ProjectResult> shown = scans.latest(project.getId()).map(views::forReader).stream().toList();
        return csv(shown, "compliance-" + project.getKey() + ".csv");
    }

    /** A portfolio's projects × standards over what the reader may browse. */
    @GET
    @Path("portfolios/{id}/compliance")
    public Response portfolio(@PathParam("id") String id) {
        Portfolio portfolio = visiblePortfolio(ComplianceParams.idOnly("id", id));
        Shown shown = shown(portfolio);
        Map<Long, ProjectResult> latest = scans.latest(shown.ids());
        return ok(views.portfolio(portfolio.id(), portfolio.name(), shown.rows(latest), shown.hidden(),
                module.standardsById(), scans.settings().thresholds(), false));
    }

    /** Scans a portfolio's projects now (PMO admins); {@code dryRun=true} records nothing. */
    @POST
    @LicensedOnly
    @Path("portfolios/{id}/compliance/scan")
    public Response scanPortfolio(@PathParam("id") String id, @QueryParam("dryRun") String dryRunText) {
        ComplianceParams params = new ComplianceParams();
        long portfolioId = params.id("id", id);
        boolean dryRun = params.flag("dryRun", dryRunText);
        params.check();
        Portfolio portfolio = visiblePortfolio(portfolioId);
        String actor = access.requirePmoAdmin("scan a portfolio");
        Shown shown = shown(portfolio);
        ScanReport report = scans.scanProjects(shown.ids(), "portfolio " + portfolio.id(), ScanRun.Trigger.MANUAL,
                actor, dryRun);
        if (report.failed()) {
            return failed(report);
        }
        Map<Long, ProjectResult> latest = scans.latest(shown.ids());
        Map<Long, ProjectResult> results = latest;
        if (dryRun) {
            results = new LinkedHashMap<>();
            for (ProjectScan scan : report.projects()) {
                results.put(scan.projectId(), ComplianceViews.asResult(scan, latest.get(scan.projectId()),
                        report.run().startedAt()));
            }
        }
        return ok(views.portfolio(portfolio.id(), portfolio.name(), shown.rows(results), shown.hidden(),
                module.standardsById(), scans.settings().thresholds(), dryRun));
    }

    /** A portfolio's violations over what the reader may browse, as CSV. */
    @GET
    @Path("portfolios/{id}/compliance.csv")
    @Produces("text/csv")
    public Response portfolioCsv(@PathParam("id") String id) {
        Portfolio portfolio = visiblePortfolio(ComplianceParams.idOnly("id", id));
        Shown shown = shown(portfolio);
        Map<Long, ProjectResult> latest = scans.latest(shown.ids());
        List<ProjectResult> results = new ArrayList<>();
        for (PortfolioMember member : shown.members()) {
            ProjectResult result = latest.get(member.projectId());
            if (result != null) {
                results.add(views.forReader(result));
            }
        }
        return csv(results, "compliance-portfolio-" + portfolio.id() + ".csv");
    }

    /** The shown projects' scores as CSV: one row per project with a recorded result. */
    @GET
    @Path("portfolios/{id}/compliance/scores.csv")
    @Produces("text/csv")
    public Response portfolioScoresCsv(@PathParam("id") String id) {
        Portfolio portfolio = visiblePortfolio(ComplianceParams.idOnly("id", id));
        Shown shown = shown(portfolio);
        Map<Long, ProjectResult> latest = scans.latest(shown.ids());
        List<ProjectResult> results = shown.members().stream().map(m -> latest.get(m.projectId()))
                .filter(Objects::nonNull).toList();
        return csvFile(ComplianceCsv.scores(results), "compliance-scores-portfolio-" + portfolio.id() + ".csv");
    }

    /** The members the reader may browse (all for PMO admins), and how many others there are. */
    private record Shown(List<PortfolioMember> members, int hidden) {
        Set<Long> ids() {
            Set<Long> ids = new TreeSet<>();
            members.forEach(m -> ids.add(m.projectId()));
            return ids;
        }

        List<ComplianceViews.PortfolioRow> rows(Map<Long, ProjectResult> results) {
            return members.stream().map(m -> new ComplianceViews.PortfolioRow(m.projectKey(), m.projectName(),
                    results.get(m.projectId()))).toList();
        }
    }

    private Shown shown(Portfolio portfolio) {
        List<PortfolioMember> members = module.portfolios().members(portfolio);
        if (access.isPmoAdmin()) {
            return new Shown(members, 0);
        }
        LongPredicate browsable = module.browsable();
        List<PortfolioMember> visible = members.stream().filter(m -> browsable.test(m.projectId())).toList();
        return new Shown(visible, members.size() - visible.size());
    }

    /** The portfolio, if the reader is a PMO admin or may browse one of its projects; else 404. */
    private Portfolio visiblePortfolio(long id) {
        Portfolio portfolio = module.portfolios().find(id).orElseThrow(() -> new NotVisible("Portfolio " + id));
        if (access.isPmoAdmin()) {
            return portfolio;
        }
        LongPredicate browsable = module.browsable();
        if (module.portfolios().members(portfolio).stream().mapToLong(PortfolioMember::projectId)
                .noneMatch(browsable)) {
            throw new NotVisible("Portfolio " + id);
        }
        return portfolio;
    }

    private Response csv(List<ProjectResult> results, String fileName) {
        Map<Long, Standard> standards = module.standardsById();
        return csvFile(ComplianceCsv.violations(results, standardId -> Optional.ofNullable(standards.get(standardId))),
                fileName);
    }

    private static Response csvFile(String body, String fileName) {
        return Response.ok(body, "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    /** A scan that failed part-way left the previous results as they were: 409, saying why. */
    private static Response failed(ScanReport report) {
        ErrorJson error = new ErrorJson(409, "The scan failed and recorded nothing: " + report.run().failure(),
                null, null);
        return Response.status(409).type(JSON).entity(PmoJson.write(error)).build();
    }

    private static Response ok(JsonBody body) {
        return Response.ok(PmoJson.write(body), JSON).build();
    }
}
