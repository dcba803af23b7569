package com.pmosuite.workbench.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.greenhopper.api.customfield.ManagedCustomFieldsService;
import com.atlassian.greenhopper.api.issuetype.ManagedIssueTypesService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.host.ao.EmbeddedPostgres;
import com.pmosuite.host.ao.UpgradeTaskRunner;
import com.pmosuite.plugin.compliance.notify.ViolationDigestMail;
import com.pmosuite.plugin.compliance.wiring.ComplianceModule;
import com.pmosuite.plugin.compliance.wiring.ComplianceScheduling;
import com.pmosuite.plugin.facts.admin.ao.AoFactCount;
import com.pmosuite.plugin.facts.admin.wiring.FactsAdminModule;
import com.pmosuite.plugin.facts.jira.JiraFieldCatalog;
import com.pmosuite.plugin.facts.jira.JiraSoftwareFields;
import com.pmosuite.plugin.facts.wiring.FactsModule;
import com.pmosuite.plugin.wiring.PmoJobs;
import com.pmosuite.facts.RebuildProgress;
import com.pmosuite.plugin.facts.jira.JiraFieldCatalog;
import com.pmosuite.plugin.facts.jira.JiraSoftwareFields;
import com.pmosuite.plugin.rollup.wiring.RollupModule;
import com.pmosuite.plugin.wiring.FactsFieldMapping;
import com.pmosuite.plugin.wiring.IssueFactsLifecycle;
import com.pmosuite.plugin.wiring.JiraFactsReader;
import com.pmosuite.plugin.wiring.JiraFactsSource;
import com.pmosuite.plugin.wiring.PortfolioTrackedProjects;
import com.pmosuite.workbench.host.WorkbenchSecurityLevels;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.platform.rest.CurrentStateViews;
import com.pmosuite.plugin.platform.settings.PmoSettingsStore;
import com.pmosuite.plugin.platform.settings.ao.AoPmoSettings;
import com.pmosuite.plugin.portfolio.wiring.PortfolioModule;
import com.pmosuite.plugin.trend.wiring.TrendModule;
import com.pmosuite.plugin.risk.wiring.RiskModule;
import com.pmosuite.plugin.wiring.HostServices;
import com.pmosuite.plugin.wiring.PlatformServices;
import com.pmosuite.compliance.scan.ScanReport;
import com.pmosuite.shared.schedule.JobSchedule;
import com.pmosuite.shared.schedule.ScheduledJob;
import com.pmosuite.workbench.dashboard.DashboardItemsServlet;
import com.pmosuite.workbench.dashboard.DashboardPage;
import com.pmosuite.workbench.dashboard.DashboardStore;
import com.pmosuite.workbench.dashboard.JiraProjectsServlet;
import com.pmosuite.workbench.demo.DemoCompliance;
import com.pmosuite.workbench.demo.DemoIssueGenerator;
import com.pmosuite.workbench.demo.DemoPortfolio;
import com.pmosuite.workbench.demo.DemoPortfolioSeed;
import com.pmosuite.workbench.demo.DemoTrend;
import com.pmosuite.workbench.compliance.TrackerIssueKeys;
import com.pmosuite.workbench.compliance.TrackerJqlRunner;
import com.pmosuite.workbench.compliance.TrackerNavigatorQueries;
import com.pmosuite.workbench.compliance.WorkbenchProjectProfiles;
import com.pmosuite.workbench.tracker.IssueTracker;
import com.pmosuite.workbench.tracker.ProjectDetailsStore;
import com.pmosuite.workbench.tracker.JiraIssueResource;
import com.pmosuite.workbench.tracker.TrackerCustomFields;
import com.pmosuite.workbench.tracker.TrackerEventBus;
import com.pmosuite.workbench.tracker.TrackerSearchService;
import com.pmosuite.workbench.tracker.TrackerSearch;
import com.pmosuite.workbench.tracker.TrackerStore;
import com.pmosuite.workbench.host.BundleI18nHelper;
import com.pmosuite.workbench.host.BundleI18nResolver;
import com.pmosuite.workbench.host.TimerJobScheduler;
import com.pmosuite.workbench.host.WorkbenchOutbox;
import com.pmosuite.workbench.host.VelocityTemplateRenderer;
import com.pmosuite.workbench.host.WorkbenchClusterLocks;
import com.pmosuite.workbench.host.WorkbenchApplicationProperties;
import com.pmosuite.workbench.host.WorkbenchJiraProperties;
import com.pmosuite.workbench.host.WorkbenchDirectory;
import com.pmosuite.workbench.host.WorkbenchProject;
import com.pmosuite.workbench.http.CurrentUser;
import com.pmosuite.workbench.http.SidebarLink;
import com.pmosuite.workbench.http.SidebarLinks;
import com.pmosuite.workbench.http.WorkbenchAccount;
import com.pmosuite.workbench.http.WebSudo;
import com.pmosuite.workbench.http.WorkbenchAccounts;
import com.pmosuite.workbench.http.WorkbenchServer;
import com.pmosuite.workbench.pages.BoardPage;
import com.pmosuite.workbench.pages.BrowsePage;
import com.pmosuite.workbench.pages.IssueNavigatorPage;
import com.pmosuite.workbench.pages.HomePage;
import com.pmosuite.workbench.pages.JiraPickers;
import com.pmosuite.workbench.pages.ProjectPage;
import com.pmosuite.workbench.pages.SchedulingAdminPages;
import com.pmosuite.workbench.plugin.ComponentFactory;
import com.pmosuite.workbench.plugin.DescriptorSidebarLinks;
import com.pmosuite.workbench.plugin.PluginDescriptor;
import com.pmosuite.workbench.plugin.WebPanels;
import com.pmosuite.workbench.plugin.JsI18nTransformer;
import com.pmosuite.workbench.plugin.WebResources;
import jakarta.servlet.http.HttpServlet;
import net.java.ao.RawEntity;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The composition root outside Jira. It reads the plugin's descriptor, stands up the host services Jira would
 * provide (Active Objects on a real database, users, projects, permissions, Velocity, web resources), builds the
 * plugin's own components ({@link HostServices}, {@link PlatformServices}, one module per capability) with the
 * constructors Jira's Spring Scanner calls, binds them for injection as Spring would, and hosts the
 * descriptor's REST packages, servlets and panels. It adds no business logic.
 */
public final class WorkbenchComponents implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchComponents.class);

    private final EmbeddedPostgres embeddedPostgres;
    private final AoDatabase database;
    private final WorkbenchServer server;
    private final RiskModule risks;
    private final PortfolioModule portfolios;
    private final FactsModule facts;
    private final TrendModule trends;
    private final int backfilledSnapshots;
    private final WorkbenchDirectory directory;
    private final int seededRisks;
    private final int seededIssues;
    private final int generatedIssues;
    private final IssueTracker tracker;
    private final TrackerEventBus events;
    private final TrackerSearchService searchService;
    private final TrackerCustomFields customFields;
    /** The demo's risks link issues among a project's first ones, which are the demo seed's own. */
    private static final int DEMO_LINK_CANDIDATES = 200;
    private final boolean seededPortfolio;
    private final boolean seededCompliance;
    private final WorkbenchOutbox outbox;
    private final PmoJobs jobs;
    private final TimerJobScheduler timer;
    private final IssueFactsLifecycle factsListener;
    private final RollupModule rollups;
    private final PlatformServices platform;
    private final FactsAdminModule factsAdmin;
    private final ComplianceModule compliance;
    private final ProjectDetailsStore projectDetails;
    private final TrackerJqlRunner jqlRunner;
    private final WorkbenchProjectProfiles projectProfiles;
    private final TrackerIssueKeys issueKeys;
    private final int seededVersions;

    private WorkbenchComponents(WorkbenchOptions options, Clock clock) {
        PluginDescriptor descriptor = PluginDescriptor.load(WorkbenchComponents.class.getClassLoader());
        createDirectories(options);
        this.embeddedPostgres = WorkbenchOptions.EMBEDDED_POSTGRES.equals(options.dbUrl())
                ? startPostgres(options) : null;
        this.database = openDatabase(embeddedPostgres, options, descriptor.pluginKey());
        ActiveObjects ao = database.activeObjects();
        // As Jira's AO plugin does: first the upgrade tasks newer than the stored model version, then the entities.
        new UpgradeTaskRunner(ao, descriptor.pluginKey()).upgrade(upgradeTasks(descriptor));
        ao.migrate(entities(descriptor));

        CurrentUser currentUser = new CurrentUser();
        WorkbenchAccounts accounts = new WorkbenchAccounts(DemoPortfolio.accounts());
        List<WorkbenchProject> projects = DemoPortfolio.projects();
        I18nResolver i18n = new BundleI18nResolver(descriptor.i18nBundle());
        this.directory = new WorkbenchDirectory(accounts, currentUser, projects, new BundleI18nHelper(i18n),
                DemoPortfolio.timeZones());
        // Jira's own side of the database: the issues, beside the plugin's AO tables.
        TrackerStore trackerStore = new TrackerStore(database.dataSource(), projects);
        directory.useIssues(trackerStore);
        this.events = new TrackerEventBus(trackerStore, accounts);
        this.tracker = new IssueTracker(trackerStore, events, accounts, clock);
        TrackerSearch search = new TrackerSearch(trackerStore, directory, clock);
        this.searchService = new TrackerSearchService(search, trackerStore);
        // What compliance reads of Jira, over the workbench's: raw JQL, project details and versions, issue keys.
        this.projectDetails = new ProjectDetailsStore(trackerStore);
        this.jqlRunner = new TrackerJqlRunner(search);
        this.projectProfiles = new WorkbenchProjectProfiles(directory, projectDetails);
        this.issueKeys = new TrackerIssueKeys(trackerStore);
        this.customFields = new TrackerCustomFields();
        HostServices host = new HostServices(ao, directory, directory, directory, directory, directory, directory,
                directory, new WorkbenchClusterLocks(), directory);
        PmoSettingsStore pmoSettings = new AoPmoSettings(ao);
        PmoAccess access = new PmoAccess(directory, directory, directory, directory, directory, pmoSettings);
        PlatformServices platform = new PlatformServices(host, access, clock);
        this.platform = platform;
        this.risks = new RiskModule(platform);
        this.portfolios = new PortfolioModule(platform);
        // Issue facts as Spring builds them inside Jira, over the workbench's Jira; the field mapping's one seam.
        FactsFieldMapping fieldMapping = new FactsFieldMapping(
                new JiraFieldCatalog(customFields, new JiraSoftwareFields(customFields, customFields)), ao, clock);
        JiraFactsReader factsReader = new JiraFactsReader(customFields, host, fieldMapping);
        this.facts = new FactsModule(platform, new JiraFactsSource(searchService, host, factsReader),
                new PortfolioTrackedProjects(portfolios));
        this.factsListener = new IssueFactsLifecycle(events, host, factsReader, facts);
        this.rollups = new RollupModule(platform, facts, portfolios, risks, new WorkbenchSecurityLevels(directory));
        // Trends over the same facts (merged from snapshots-trend, whose own facts wiring this replaces).
        this.trends = new TrendModule(platform, portfolios, facts);
        // Compliance as Spring builds it inside Jira, over the workbench Jira's JQL, project profiles and issue keys.
        this.compliance = new ComplianceModule(platform, facts, portfolios, risks, rollups, projectProfiles, issueKeys,
                jqlRunner, ZoneId.systemDefault(), new TrackerNavigatorQueries(clock));
        ComplianceScheduling complianceScheduling = new ComplianceScheduling(this::reschedule, this::runSoon);
        CurrentStateViews currentStateViews = new CurrentStateViews(risks, portfolios, compliance);
        this.factsAdmin = new FactsAdminModule(fieldMapping.mappings(), fieldMapping.catalog(), customFields,
                facts.facts(), new AoFactCount(ao), this::runSoon);

        TemplateRenderer renderer = new VelocityTemplateRenderer(i18n, Set.copyOf(descriptor.velocityAllowlist()));
        WebResources webResources = new WebResources(descriptor,
                new JsI18nTransformer(BundleI18nResolver.rawMessages(descriptor.i18nBundle())));
        WorkbenchServer[] self = new WorkbenchServer[1];
        // Secure administrator sessions run on the wall clock, as Jira's do, whatever clock the app is given.
        WebSudo webSudo = new WebSudo(Clock.systemUTC());
        ApplicationProperties applicationProperties =
                new WorkbenchApplicationProperties(() -> self[0].baseUri().toString());
        ComponentFactory factory = new ComponentFactory()
                .register(HostServices.class, host)
                .register(PlatformServices.class, platform)
                .register(PmoAccess.class, access)
                .register(PmoSettingsStore.class, pmoSettings)
                .register(RiskModule.class, risks)
                .register(PortfolioModule.class, portfolios)
                .register(FactsModule.class, facts)
                .register(RollupModule.class, rollups)
                .register(TrendModule.class, trends)
                .register(FactsAdminModule.class, factsAdmin)
                .register(ComplianceModule.class, compliance)
                .register(ComplianceScheduling.class, complianceScheduling)
                .register(GroupManager.class, directory)
                .register(WebSudoManager.class, webSudo)
                .register(TemplateRenderer.class, renderer)
                .register(PageBuilderService.class, webResources)
                .register(I18nResolver.class, i18n)
                .register(ApplicationProperties.class, applicationProperties)
                .register(com.atlassian.jira.config.properties.ApplicationProperties.class,
                        WorkbenchJiraProperties.defaults())
                .register(JiraAuthenticationContext.class, directory)
                // Jira's issue services, which the issue-facts adapter imports, over the workbench's tracker.
                .register(EventPublisher.class, events)
                .register(SearchService.class, searchService)
                .register(CustomFieldManager.class, customFields)
                .register(ManagedCustomFieldsService.class, customFields)
                .register(ManagedIssueTypesService.class, customFields)
                .register(IssueManager.class, directory);
        // Creates every panel's context provider and conditions now: a missing class fails the start, not a page.
        WebPanels panels = new WebPanels(descriptor, factory, renderer);
        DescriptorSidebarLinks sidebar = new DescriptorSidebarLinks(descriptor, i18n, "");

        // Jobs as on a single-node Jira: a timer for atlassian-scheduler, an outbox for the mail queue.
        this.outbox = new WorkbenchOutbox(clock);
        TimerJobScheduler[] timers = new TimerJobScheduler[1];
        this.jobs = new PmoJobs(recorder -> timers[0] = new TimerJobScheduler(recorder), ao, directory, directory,
                directory, outbox, applicationProperties, clock, "workbench")
                .also(facts.reconcileJob(), FactsModule.RECONCILE)
                .also(trends.snapshotJob(), TrendModule.SNAPSHOTS)
                .also(compliance.scanJob(), compliance::scanSchedule);
        this.timer = timers[0];
        // New violations are mailed to the projects' leads after each recorded scan; here, into the outbox.
        ViolationDigestMail.attach(compliance.scans(), compliance.profiles(), compliance.standards()::find,
                platform.people(), directory, directory, directory, outbox, applicationProperties);
        SchedulingAdminPages adminPages = new SchedulingAdminPages(outbox, jobs.runs(),
                () -> directory.getLoggedInUser() != null,
                () -> access.isPmoAdmin(directory.getLoggedInUser()), webSudo);

        // Users' dashboards in the workbench's own tables, as Jira keeps them in its own.
        DashboardStore dashboards = new DashboardStore(() -> database.entityManager().getProvider().getConnection());

        WorkbenchServer.Builder builder = WorkbenchServer.builder(accounts)
                .host(options.host())
                .port(options.port())
                .currentUser(currentUser)
                .webSudo(webSudo)
                .configureRest(rest -> {
                    rest.packages(descriptor.restPackages().toArray(String[]::new));
                    rest.register(new AbstractBinder() {
                        @Override
                        protected void configure() {
                            // What Spring Scanner makes injectable inside Jira: the plugin's @Named components
                            // and the host services resources import.
                            bind(host).to(HostServices.class);
                            bind(platform).to(PlatformServices.class);
                            bind(access).to(PmoAccess.class);
                            bind(pmoSettings).to(PmoSettingsStore.class);
                            bind(risks).to(RiskModule.class);
                            bind(portfolios).to(PortfolioModule.class);
                            bind(facts).to(FactsModule.class);
                            bind(rollups).to(RollupModule.class);
                            bind(trends).to(TrendModule.class);
                            bind(factsAdmin).to(FactsAdminModule.class);
                            bind(compliance).to(ComplianceModule.class);
                            bind(complianceScheduling).to(ComplianceScheduling.class);
                            bind(currentStateViews).to(CurrentStateViews.class);
                            bind(directory).to(GroupManager.class);
                            bind(events).to(EventPublisher.class);
                            bind(searchService).to(SearchService.class);
                        }
                    });
                })
                .requiredResources(webResources::drain)
                .sidebarLinks(withBoard(sidebar))
                .pagePath(ProjectPage.PATH)
                .servlet("/download/resources/*", webResources.servlet())
                .servlet("/browse/*", new BrowsePage(directory, panels, i18n, webResources))
                .servlet(BoardPage.PATH, new BoardPage(directory, panels, i18n, webResources))
                .servlet(IssueNavigatorPage.PATH + "*", new IssueNavigatorPage(directory, search))
                .servlet(JiraProjectsServlet.PATH + "/*", new JiraProjectsServlet(directory, currentUser,
                        projectDetails, clock))
                .servlet(DashboardPage.PATH, new DashboardPage(dashboards, descriptor, i18n, webResources, currentUser))
                .servlet(DashboardItemsServlet.PATH + "*", new DashboardItemsServlet(dashboards, descriptor, currentUser))
                .jiraRestResources(new JiraIssueResource(tracker, search, directory))
                .servlet(ProjectPage.PATH + "*", new ProjectPage(directory, panels, sidebar))
                .servlet("", new HomePage(directory, sidebar));
        JiraPickers pickers = new JiraPickers(directory, currentUser, search);
        JiraPickers.PATHS.forEach(path -> builder.servlet(path, pickers));
        adminPages.servlets().forEach(builder::servlet);
        for (PluginDescriptor.Servlet servlet : descriptor.servlets()) {
            HttpServlet instance = factory.create(servlet.className(), HttpServlet.class);
            servlet.urlPatterns().forEach(pattern -> builder.servlet("/plugins/servlet" + pattern, instance));
        }
        this.server = builder.build();
        self[0] = server;
        this.seededIssues = options.demo() ? DemoPortfolio.seedIssues(tracker, projects) : 0;
        this.seededVersions = options.demo()
                ? DemoPortfolio.seedProjectDetails(projectDetails, projects, LocalDate.now(clock)) : 0;
        if (options.demoIssues() > 0) {
            this.generatedIssues = new DemoIssueGenerator(tracker, projects, System.out)
                    .generate(options.demoIssues());
        } else {
            this.generatedIssues = 0;
        }
        // The demo's risk workshop is run by the PMO admin: links are checked against what that user can see.
        this.seededRisks = options.demo() ? currentUser.callAs(accounts.byUsername("pmo").orElseThrow(),
                () -> DemoPortfolio.seedRisks(risks.register(), projects,
                        project -> directory.firstIssuesOf(project, DEMO_LINK_CANDIDATES))) : 0;
        this.seededPortfolio = options.demo() && currentUser.callAs(accounts.byUsername("pmo").orElseThrow(),
                () -> DemoPortfolioSeed.seed(portfolios.portfolios(), "pmo", clock).isPresent());
        // The demo portfolio's standards and waiver, as the PMO admin and BETA's lead would enter them; scanned at start.
        this.seededCompliance = options.demo() && currentUser.callAs(accounts.byUsername("pmo").orElseThrow(),
                () -> DemoCompliance.seed(compliance.standards(), compliance.waivers(),
                        portfolios.portfolios().all().stream().filter(p -> p.name().equals(DemoPortfolioSeed.NAME))
                                .findFirst().orElseThrow().id(), 10_001L, "carol", "pmo", LocalDate.now(clock))
                        .isPresent());
        // With --demo-issues the facts' first walk takes minutes: the daily job records from today instead.
        this.backfilledSnapshots = options.demo() && options.demoIssues() == 0 ? DemoTrend.seed(facts, trends) : 0;
    }

    /** Builds everything and starts listening. */
    public static WorkbenchComponents start(WorkbenchOptions options, Clock clock) {
        WorkbenchComponents components = new WorkbenchComponents(options, clock);
        try {
            components.startFacts();
            components.server.start();
            // After the server started: the first scan's digests link to its address.
            components.firstComplianceScan();
            components.jobs.start();
        } catch (RuntimeException e) {
            components.close();
            throw e;
        }
        return components;
    }

    /**
     * As inside Jira: the issue-facts listener registers with the event bus (SAL's {@code onStart}); then, when this
     * start seeded data or no walk ever ran, one facts walk, so the demo portfolio rolls up on the first page view,
     * and the rollup engine loads the facts. Prints how long both took.
     */
    private void startFacts() {
        factsListener.onStart();
        boolean seeded = seededIssues > 0 || generatedIssues > 0 || seededPortfolio;
        if (seeded || facts.facts().progress().isEmpty()) {
            long started = System.nanoTime();
            try {
                RebuildProgress walk = facts.facts().reconcile();
                System.out.printf("Issue facts: walked %,d issues of %,d tracked projects in %,d ms (%s)%n",
                        walk.seen(), portfolios.portfolios().trackedProjectIds().size(),
                        (System.nanoTime() - started) / 1_000_000, walk.state().name().toLowerCase(Locale.ROOT));
            } catch (RuntimeException e) {
                // The events and the hourly reconcile keep the facts; a failed first walk must not stop the start.
                LOG.warn("Issue facts: the start-up walk failed; the scheduled reconcile will repeat it", e);
            }
        }
        long loading = System.nanoTime();
        int loaded = rollups.engine().refresh();
        System.out.printf("Rollups: loaded %,d issue facts in %,d ms%n", loaded,
                (System.nanoTime() - loading) / 1_000_000);
    }

    /** The demo's first compliance scan, once its standards were seeded and the facts are in. */
    private void firstComplianceScan() {
        if (!seededCompliance) {
            return;
        }
        long started = System.nanoTime();
        ScanReport scan = DemoCompliance.firstScan(compliance.scans(), "pmo");
        System.out.printf("Compliance: scanned %d projects, %d violations, in %,d ms%n",
                scan.run().projectsScanned(), scan.run().violationsFound(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Whether this start seeded the demo's compliance standards (and ran their first scan). */
    public boolean seededCompliance() {
        return seededCompliance;
    }

    /** The issue-facts capability: the store, the walks, what the listener calls. */
    public FactsModule facts() {
        return facts;
    }

    /** Jira Software's "Board" item first in every project's sidebar, then the plugin's items. */
    private static SidebarLinks withBoard(DescriptorSidebarLinks plugin) {
        return new SidebarLinks() {
            @Override
            public List<SidebarLink> forProject(String projectKey, Optional<WorkbenchAccount> user) {
                List<SidebarLink> links = new ArrayList<>();
                links.add(BoardPage.sidebarLink(projectKey));
                links.addAll(plugin.forProject(projectKey, user));
                return links;
            }

            @Override
            public List<SidebarLink> topNavigation(Optional<WorkbenchAccount> user) {
                return plugin.topNavigation(user);
            }
        };
    }

    /** The rollup capability: this node's engine and the use cases. */
    public RollupModule rollups() {
        return rollups;
    }

    public WorkbenchServer server() {
        return server;
    }

    /** The risk register capability, for tests and the demo seed. */
    public RiskModule risks() {
        return risks;
    }

    /** The trend capability (daily snapshots), for tests and the demo seed. */
    public TrendModule trends() {
        return trends;
    }

    /** How many backfilled snapshot rows the demo wrote on this start (0 when its days had rows already). */
    public int backfilledSnapshots() {
        return backfilledSnapshots;
    }

    /** The portfolio model capability, for tests and the demo seed. */
    public PortfolioModule portfolios() {
        return portfolios;
    }

    public WorkbenchDirectory directory() {
        return directory;
    }

    /** The mail the jobs queued, as Jira's mail queue would hold it. */
    public WorkbenchOutbox outbox() {
        return outbox;
    }

    /** Runs the scheduled jobs now instead of waiting for the timer (first run five minutes after start). */
    public TimerJobScheduler timer() {
        return timer;
    }

    /** What every capability shares (locks, clock, access), for tests that take part in it. */
    public PlatformServices platform() {
        return platform;
    }

    /** The compliance capability: standards, waivers, scans and their results. */
    public ComplianceModule compliance() {
        return compliance;
    }

    /** The issue facts' administration: the field mapping and the rebuild. */
    public FactsAdminModule factsAdmin() {
        return factsAdmin;
    }

    /** The workbench Jira's issues: the service its REST API and the demo seed call, and its event bus. */
    public IssueTracker tracker() {
        return tracker;
    }

    /** Jira's event publisher: issue events of every tracker change, to {@code @EventListener} methods. */
    public EventPublisher eventPublisher() {
        return events;
    }

    /** Jira's search over the tracker's issues and JQL subset. */
    public SearchService searchService() {
        return searchService;
    }

    /** Jira's and Jira Software's custom field services over the tracker's fields. */
    public TrackerCustomFields customFields() {
        return customFields;
    }

    /** The workbench Jira's project descriptions and versions. */
    public ProjectDetailsStore projectDetails() {
        return projectDetails;
    }

    /** Raw JQL over one project's issues, for compliance standards (the tracker's JQL subset). */
    public TrackerJqlRunner jqlRunner() {
        return jqlRunner;
    }

    /** Projects' lead, description, category and versions, for compliance checks. */
    public WorkbenchProjectProfiles projectProfiles() {
        return projectProfiles;
    }

    /** Issue ids and keys in bulk, for compliance results and waivers. */
    public TrackerIssueKeys issueKeys() {
        return issueKeys;
    }

    /** How many demo project versions this start wrote (0 when details were there already). */
    public int seededVersions() {
        return seededVersions;
    }

    /** How many demo issues this start created through the tracker (0 when they were there already). */
    public int seededIssues() {
        return seededIssues;
    }

    /** How many issues {@code --demo-issues} generated on this start. */
    public int generatedIssues() {
        return generatedIssues;
    }

    /** How many demo risks this start wrote (0 when they were there already or --demo was not given). */
    public int seededRisks() {
        return seededRisks;
    }

    /** Whether this start wrote the demo portfolio (false when it was there already or --demo was not given). */
    public boolean seededPortfolio() {
        return seededPortfolio;
    }

    @Override
    public void close() {
        try {
            factsListener.onStop();
            jobs.stop();
            timer.close();
            server.stop();
        } catch (RuntimeException e) {
            LOG.warn("Workbench server did not stop cleanly", e);
        } finally {
            database.close();
            if (embeddedPostgres != null) {
                try {
                    embeddedPostgres.close();
                } catch (IOException e) {
                    LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
                }
            }
        }
    }

    // The jobs are built after the modules that start them; requests come only once everything is built.
    private void runSoon(String jobId) {
        jobs.runSoon(jobId);
    }

    private void reschedule(ScheduledJob job, JobSchedule schedule) {
        jobs.reschedule(job, schedule);
    }

    private static void createDirectories(WorkbenchOptions options) {
        try {
            Files.createDirectories(options.dataDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data directory " + options.dataDirectory(), e);
        }
    }

    private static EmbeddedPostgres startPostgres(WorkbenchOptions options) {
        try {
            // The workbench's data is worth keeping: never the fast, crash-unsafe server tests use.
            return EmbeddedPostgres.durable(options.dataDirectory().resolve("postgres"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /**
     * Jira runs PostgreSQL at READ COMMITTED and AO's transactions join Jira's, so the workbench does too, rather
     * than AO's own SERIALIZABLE, which would hide a store that is only correct when isolated. HSQLDB in MVCC mode
     * gets the same: its READ COMMITTED also reads each statement's latest commits and makes a writer wait for the
     * row's holder, so one setting keeps both databases behaving as Jira's.
     */
    static final AoDatabase.Isolation ISOLATION = AoDatabase.Isolation.READ_COMMITTED;

    static AoDatabase openDatabase(EmbeddedPostgres embeddedPostgres, WorkbenchOptions options, String pluginKey) {
        if (embeddedPostgres != null) {
            return AoDatabase.open(embeddedPostgres.jdbcUrl("postgres"), embeddedPostgres.user(),
                    embeddedPostgres.password(), pluginKey, ISOLATION);
        }
        if (options.dbUrl() != null) {
            return AoDatabase.open(options.dbUrl(), options.dbUser(), options.dbPassword(), pluginKey, ISOLATION);
        }
        return AoDatabase.open(AoDatabase.hsqldbFileUrl(options.dataDirectory().resolve("db")), "SA", "", pluginKey,
                ISOLATION);
    }

    private static List<ActiveObjectsUpgradeTask> upgradeTasks(PluginDescriptor descriptor) {
        ComponentFactory factory = new ComponentFactory();
        return descriptor.upgradeTaskClasses().stream()
                .map(name -> factory.create(name, ActiveObjectsUpgradeTask.class))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] entities(PluginDescriptor descriptor) {
        return descriptor.entityClasses().stream().map(name -> {
            try {
                return (Class<? extends RawEntity<?>>) Class.forName(name, true,
                        WorkbenchComponents.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("The descriptor's <ao> module names " + name
                        + ", which does not exist", e);
            }
        }).toArray(Class[]::new);
    }
}
