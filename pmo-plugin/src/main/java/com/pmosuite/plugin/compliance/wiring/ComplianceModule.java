package com.pmosuite.plugin.compliance.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.jql.builder.JqlQueryBuilder;
import com.atlassian.jira.project.version.VersionManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.pmosuite.compliance.IssueKeys;
import com.pmosuite.compliance.JqlRunner;
import com.pmosuite.compliance.NavigatorQueries;
import com.pmosuite.compliance.ProjectProfiles;
import com.pmosuite.compliance.ScanEngine;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.StandardSet;
import com.pmosuite.compliance.Waiver;
import com.pmosuite.compliance.engine.FactScanEngine;
import com.pmosuite.compliance.engine.PortfolioProjectFigures;
import com.pmosuite.compliance.scan.ComplianceScanJob;
import com.pmosuite.compliance.scan.ComplianceScans;
import com.pmosuite.compliance.scan.ComplianceSettings;
import com.pmosuite.compliance.scan.ComplianceSettingsStore;
import com.pmosuite.compliance.standard.Standards;
import com.pmosuite.compliance.waiver.Waivers;
import com.pmosuite.plugin.compliance.ao.AoResultStore;
import com.pmosuite.plugin.compliance.ao.AoScanSettingsStore;
import com.pmosuite.plugin.compliance.ao.AoStandardStore;
import com.pmosuite.plugin.compliance.ao.AoWaiverStore;
import com.pmosuite.plugin.compliance.jira.JiraIssueKeys;
import com.pmosuite.plugin.compliance.jira.JiraJqlRunner;
import com.pmosuite.plugin.compliance.jira.JiraNavigatorQueries;
import com.pmosuite.plugin.compliance.jira.RuleJql;
import com.pmosuite.plugin.compliance.jira.JiraProjectProfiles;
import com.pmosuite.plugin.compliance.rest.ComplianceViews;
import com.pmosuite.plugin.facts.wiring.FactsModule;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.platform.rest.CurrentStateViews;
import com.pmosuite.plugin.portfolio.wiring.PortfolioModule;
import com.pmosuite.plugin.risk.wiring.RiskModule;
import com.pmosuite.plugin.rollup.wiring.RollupModule;
import com.pmosuite.plugin.wiring.FactsFieldMapping;
import com.pmosuite.plugin.wiring.PlatformServices;
import com.pmosuite.portfolio.Portfolios;
import com.pmosuite.shared.schedule.JobSchedule;
import com.pmosuite.shared.schedule.ScheduledJob;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * The compliance capability, built from the platform's services, the capabilities it reads (issue facts, portfolios,
 * risks, rollups) and three host ports: project profiles, issue keys and raw JQL (Jira's adapters inside Jira, the
 * workbench tracker's outside). It holds the standards, the waivers, the engine, the scans with their settings and
 * the scheduled scan job; compliance resources receive this module and the access policy, nothing else.
 */
@Named
public final class ComplianceModule {
    /** The capability's name wherever capabilities are told apart. */
    public static final String CAPABILITY = "compliance";

    private final Standards standards;
    private final Waivers waivers;
    private final ScanEngine engine;
    private final ComplianceScans scans;
    private final ComplianceScanJob scanJob;
    private final ProjectProfiles profiles;
    private final JqlRunner jql;
    private final PortfolioModule portfolios;
    private final PmoAccess access;
    private final ComplianceViews views;
    private final Clock clock;
    private final NavigatorQueries navigator;

    /** Inside Jira: Jira's project, version, issue and search services behind the three host ports. */
    @Inject
    public ComplianceModule(PlatformServices platform, FactsModule facts, PortfolioModule portfolios,
                            RiskModule risks, RollupModule rollups, @ComponentImport SearchService search,
                            @ComponentImport VersionManager versions, FactsFieldMapping fieldMapping) {
        // Jira's date-only values and the facts' days are midnights in the JVM's zone, Jira's default time zone.
        this(platform, facts, portfolios, risks, rollups,
                new JiraProjectProfiles(platform.host().projectManager(), versions, ZoneId.systemDefault()),
                new JiraIssueKeys(platform.host().issueManager()),
                new JiraJqlRunner(search, JqlQueryBuilder::newBuilder), ZoneId.systemDefault(),
                new JiraNavigatorQueries(search, new RuleJql(JqlQueryBuilder::newBuilder, fieldMapping,
                        platform.host().userManager()), JqlQueryBuilder::newBuilder));
    }

    /** For tests that open no issue navigator: every navigator query is unavailable. */
    public ComplianceModule(PlatformServices platform, FactsModule facts, PortfolioModule portfolios,
                            RiskModule risks, RollupModule rollups, ProjectProfiles profiles, IssueKeys issueKeys,
                            JqlRunner jql, ZoneId zone) {
        this(platform, facts, portfolios, risks, rollups, profiles, issueKeys, jql, zone,
                (check, projectId, projectKey) -> NavigatorQueries.NavigatorQuery.unavailable(
                        "No issue navigator in this runtime."));
    }

    /**
     * For runtimes that bring their own host adapters (the workbench's tracker) and for tests.
     *
     * @param zone the zone whose calendar gives a date-time fact its day (Jira's default time zone: the server's)
     */
    public ComplianceModule(PlatformServices platform, FactsModule facts, PortfolioModule portfolios,
                            RiskModule risks, RollupModule rollups, ProjectProfiles profiles, IssueKeys issueKeys,
                            JqlRunner jql, ZoneId zone, NavigatorQueries navigator) {
        this.navigator = navigator;
        this.portfolios = portfolios;
        this.profiles = profiles;
        this.jql = jql;
        this.access = platform.access();
        this.clock = platform.clock();
        Portfolios model = portfolios.portfolios();
        ActiveObjects ao = platform.host().activeObjects();
        this.standards = new Standards(new AoStandardStore(ao), model, jql, clock);
        this.waivers = new Waivers(new AoWaiverStore(ao), standards::find,
                projectId -> profiles.profile(projectId).map(ProjectProfiles.ProjectProfile::key), clock);
        ComplianceSettingsStore settings = new AoScanSettingsStore(ao);
        this.engine = new FactScanEngine(facts.store(), profiles, issueKeys, jql, risks.register(),
                new PortfolioProjectFigures(model, rollups.engine()),
                () -> settings.current().thresholds(), zone);
        this.scans = new ComplianceScans(engine, standards, profiles, waivers, issueKeys, new AoResultStore(ao),
                settings, platform.locks(), clock);
        this.scanJob = new ComplianceScanJob(scans);
        this.views = new ComplianceViews(platform.people(), platform.issues(), this::today);
    }

    /** The issue navigator's query for what a check flags in a project, where this runtime can say it. */
    public NavigatorQueries navigator() {
        return navigator;
    }

    public Standards standards() {
        return standards;
    }

    public Waivers waivers() {
        return waivers;
    }

    /** The engine alone, for a preview that records nothing. */
    public ScanEngine engine() {
        return engine;
    }

    public ComplianceScans scans() {
        return scans;
    }

    /** The scheduled scan of every project in scope, to be scheduled with {@link #scanSchedule()}. */
    public ScheduledJob scanJob() {
        return scanJob;
    }

    /** The scan job's schedule from the settings now; a settings change reschedules it. */
    public JobSchedule scanSchedule() {
        return ComplianceScanJob.schedule(scans.settings());
    }

    public ProjectProfiles profiles() {
        return profiles;
    }

    /** Why a raw JQL cannot be saved here; empty when it can. */
    public JqlRunner jql() {
        return jql;
    }

    public Portfolios portfolios() {
        return portfolios.portfolios();
    }

    /** Which project ids the current user may browse. */
    public LongPredicate browsable() {
        return portfolios.browsableBy(access);
    }

    public ComplianceViews views() {
        return views;
    }

    /** Every standard by id, read once per request. */
    public Map<Long, Standard> standardsById() {
        Map<Long, Standard> byId = new LinkedHashMap<>();
        standards.all().forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    /** A project's key by id now; empty when it no longer exists. */
    public Optional<String> projectKey(long projectId) {
        return profiles.profile(projectId).map(ProjectProfiles.ProjectProfile::key);
    }

    /** The scans' day: the server's date. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    /** The JSON views of the capability's versioned records, for the 409 answer to a stale write. */
    public CurrentStateViews.Builder currentStateViews(CurrentStateViews.Builder builder) {
        return builder
                .view(Standard.class, views::standard)
                .view(StandardSet.class, views::set)
                .view(Waiver.class, waiver -> views.waiver(waiver, projectKey(waiver.projectId()).orElse(null),
                        standardsById()))
                .view(ComplianceSettings.class, ComplianceViews::settings);
    }
}
