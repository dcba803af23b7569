package com.pmosuite.workbench.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench's web server: the plugin's REST resources under {@code /rest/pmo/1.0}, its servlets and pages in
 * Jira-like chrome, AUI under {@code /static}, and Jira's login, logout, Basic auth, REST access and XSRF rules.
 *
 * <pre>{@code
 * WorkbenchServer server = WorkbenchServer.builder(accounts)
 *         .port(0)
 *         .restResources(new RiskResource(...))
 *         .servlet("/plugins/servlet/pmo/*", new RiskRegisterRedirectServlet())
 *         .build();
 * server.start();
 * }</pre>
 */
public final class WorkbenchServer implements AutoCloseable {

    /** Where the plugin's REST resources live, as {@code <rest path="/pmo" version="1.0">} puts them in Jira. */
    public static final String REST_PATH = "/rest/pmo/1.0/*";
    /** Where Jira's own REST API v2 lives; the workbench serves a subset of it over its issue tracker. */
    public static final String JIRA_REST_PATH = "/rest/api/2/*";
    /** Paths whose HTML may ask for decoration ({@code "/"} is the site root only; others are prefixes). */
    public static final List<String> DEFAULT_PAGE_PATHS =
            List.of("/", "/plugins/servlet/", "/secure/", "/browse/", "/login.jsp");

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchServer.class);
    /*
     * Jersey warns "does not implement any provider interfaces ... will be ignored" for every resource registered
     * as an instance, although it serves it; kept in a field because JUL holds its loggers weakly.
     */
    private static final java.util.logging.Logger JERSEY_PROVIDER_CHECK =
            java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

    static {
        JERSEY_PROVIDER_CHECK.setLevel(java.util.logging.Level.SEVERE);
    }
    private static final String STATIC_ROOT = "workbench/static/";

    private final Server server;
    private final ServerConnector connector;
    private final String publicHost;
    private final CurrentUser currentUser;
    private final WebSudo webSudo;

    private WorkbenchServer(Builder builder) {
        this.currentUser = builder.currentUser;
        this.webSudo = builder.webSudo;
        this.server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(builder.host);
        connector.setPort(builder.port);
        server.addConnector(connector);
        this.publicHost = builder.host.equals("0.0.0.0") ? "localhost" : builder.host;
        server.setHandler(new SecurityHeaders(context(builder)));
        // Errors Jetty answers before the context (an ambiguous path is a 400) get the same page and headers.
        server.setErrorHandler(new WorkbenchErrorHandler());
    }

    public static Builder builder(WorkbenchAccounts accounts) {
        return new Builder(accounts);
    }

    /** Starts listening; {@link #port()} then tells the port actually bound. */
    public WorkbenchServer start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("Workbench server did not start on port " + connector.getPort(), e);
        }
        LOG.info("Workbench listening at {}", baseUri());
        return this;
    }

    public void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Workbench server did not stop cleanly", e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** For example {@code http://localhost:8090/}. */
    public URI baseUri() {
        return URI.create("http://" + publicHost + ":" + port() + "/");
    }

    /** The holder the authentication filter fills for each request. */
    public CurrentUser currentUser() {
        return currentUser;
    }

    private ServletContextHandler context(Builder builder) {
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.setDefaultResponseCharacterEncoding("UTF-8");
        context.setDefaultRequestCharacterEncoding("UTF-8");
        context.setErrorHandler(new WorkbenchErrorHandler());
        context.getSessionHandler().setHttpOnly(true);
        // Lax keeps the session on links from elsewhere but not on cross-site POSTs: a second line against XSRF.
        context.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);

        EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
        context.addFilter(new RequestBodySwallow(), "/*", requests);
        context.addFilter(new AuthenticationFilter(builder.accounts, builder.loginThrottle, currentUser, webSudo),
                "/*", requests);
        PageDecoratorFilter decorator = new PageDecoratorFilter(new AtlGeneralDecorator(builder.sidebarLinks),
                currentUser, builder.requiredResources, builder.pagePaths);
        context.addFilter(decorator, "/*", requests);
        builder.filters.forEach(mapping -> context.addFilter(mapping.getValue(), mapping.getKey(), requests));

        context.addServlet(new LoginServlet(builder.accounts, builder.loginThrottle), "/login.jsp");
        context.addServlet(new LogoutServlet(), "/logout");
        context.addServlet(new ServletHolder("websudo",
                new WebSudoServlet(builder.accounts, builder.loginThrottle, currentUser, webSudo)), WebSudo.PATH);
        staticFiles(context);
        context.addServlet(new ServletHolder("rest", new ServletContainer(restApplication(builder))), REST_PATH);
        if (!builder.jiraRestInstances.isEmpty()) {
            context.addServlet(new ServletHolder("jira-rest", new ServletContainer(jiraRestApplication(builder))),
                    JIRA_REST_PATH);
        }
        builder.servlets.forEach((path, servlet) -> context.addServlet(servlet, path));
        return context;
    }

    private ResourceConfig restApplication(Builder builder) {
        ResourceConfig rest = new ResourceConfig();
        rest.registerInstances(WorkbenchJson.resolver(builder.jsonMapper));
        rest.registerInstances(new RestAccessControl(currentUser, builder.anonymousAccessEnabled, webSudo));
        rest.registerInstances(new XsrfProtection(), new UnexpectedErrorMapper());
        rest.registerInstances(builder.restInstances.toArray());
        // Jersey would otherwise turn a 4xx/5xx without a body into sendError, replacing it with an HTML page.
        rest.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        // WADL needs JAXB, which the workbench does not ship.
        rest.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        builder.restCustomisers.forEach(customiser -> customiser.accept(rest));
        return rest;
    }

    /** Jira's REST API v2 resources, under the same access, XSRF and JSON rules as the plugin's. */
    private ResourceConfig jiraRestApplication(Builder builder) {
        ResourceConfig rest = new ResourceConfig();
        rest.registerInstances(WorkbenchJson.resolver(builder.jsonMapper));
        rest.registerInstances(new RestAccessControl(currentUser, builder.anonymousAccessEnabled, webSudo));
        rest.registerInstances(new XsrfProtection(), new UnexpectedErrorMapper());
        rest.registerInstances(builder.jiraRestInstances.toArray());
        rest.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        rest.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        return rest;
    }

    private static void staticFiles(ServletContextHandler context) {
        if (WorkbenchServer.class.getClassLoader().getResource(STATIC_ROOT + "aui/aui-prototyping.css") == null) {
            LOG.warn("No {} on the classpath (built with -Dpmo.skipNpm?): pages will have no AUI styling",
                    STATIC_ROOT);
            return;
        }
        context.addServlet(new ServletHolder("static", new ClasspathFilesServlet(STATIC_ROOT)), "/static/*");
    }

    /** Collects what the server hosts; nothing starts until {@link WorkbenchServer#start()}. */
    public static final class Builder {
        private final WorkbenchAccounts accounts;
        private String host = "localhost";
        private int port = 8090;
        private CurrentUser currentUser = new CurrentUser();
        private LoginThrottle loginThrottle = new LoginThrottle(Clock.systemUTC());
        // Sessions' websudo runs on the wall clock, as Jira's does.
        private WebSudo webSudo = new WebSudo(Clock.systemUTC());
        private BooleanSupplier anonymousAccessEnabled = () -> false;
        private ObjectMapper jsonMapper = WorkbenchJson.newMapper();
        private final List<Object> restInstances = new ArrayList<>();
        private final List<Object> jiraRestInstances = new ArrayList<>();
        private final List<Consumer<ResourceConfig>> restCustomisers = new ArrayList<>();
        private final Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        private final List<Map.Entry<String, Filter>> filters = new ArrayList<>();
        private Function<HttpServletRequest, RequiredResourceUrls> requiredResources =
                request -> RequiredResourceUrls.none();
        private SidebarLinks sidebarLinks = SidebarLinks.none();
        private final List<String> pagePaths = new ArrayList<>(DEFAULT_PAGE_PATHS);

        private Builder(WorkbenchAccounts accounts) {
            this.accounts = Objects.requireNonNull(accounts, "accounts");
        }

        /** The interface to bind; {@code localhost} by default, {@code 0.0.0.0} for every interface. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Shares a holder with the host stand-ins that need to know the user; one is created otherwise. */
        public Builder currentUser(CurrentUser currentUser) {
            this.currentUser = Objects.requireNonNull(currentUser, "currentUser");
            return this;
        }

        /** The secure administrator sessions, shared with the plugin's servlets as SAL's WebSudoManager. */
        public Builder webSudo(WebSudo webSudo) {
            this.webSudo = Objects.requireNonNull(webSudo, "webSudo");
            return this;
        }

        /** Replaces the default throttle of failed logins (tests pass one with their own clock and limits). */
        public Builder loginThrottle(LoginThrottle loginThrottle) {
            this.loginThrottle = Objects.requireNonNull(loginThrottle, "loginThrottle");
            return this;
        }

        /** Jira's "anonymous access" site setting for {@code @AnonymousSiteAccess}; read on every request. */
        public Builder anonymousAccessEnabled(BooleanSupplier enabled) {
            this.anonymousAccessEnabled = Objects.requireNonNull(enabled, "enabled");
            return this;
        }

        /** Replaces the REST JSON mapper (default {@link WorkbenchJson#newMapper()}). */
        public Builder jsonMapper(ObjectMapper mapper) {
            this.jsonMapper = Objects.requireNonNull(mapper, "mapper");
            return this;
        }

        /** JAX-RS resource instances to serve under {@link #REST_PATH}. */
        public Builder restResources(Object... resources) {
            restInstances.addAll(List.of(resources));
            return this;
        }

        /** JAX-RS resource instances to serve under {@link #JIRA_REST_PATH}, as Jira's own REST API. */
        public Builder jiraRestResources(Object... resources) {
            jiraRestInstances.addAll(List.of(resources));
            return this;
        }

        /** JAX-RS provider instances: exception mappers, message body readers and writers, filters. */
        public Builder restProviders(Object... providers) {
            restInstances.addAll(List.of(providers));
            return this;
        }

        /** Any other change to the Jersey application, applied last. */
        public Builder configureRest(Consumer<ResourceConfig> customiser) {
            restCustomisers.add(Objects.requireNonNull(customiser, "customiser"));
            return this;
        }

        /**
         * A servlet at a servlet path spec: {@code /plugins/servlet/pmo/*} for a prefix, {@code ""} for the site
         * root alone, {@code /} for everything no other servlet claims (including what would be 404s).
         */
        public Builder servlet(String pathSpec, HttpServlet servlet) {
            Objects.requireNonNull(servlet, "servlet");
            if (servlets.putIfAbsent(pathSpec, servlet) != null) {
                throw new IllegalArgumentException("Two servlets at " + pathSpec);
            }
            return this;
        }

        /** A filter after authentication and decoration, so it sees the current user and its output is decorated. */
        public Builder filter(String pathSpec, Filter filter) {
            filters.add(Map.entry(pathSpec, filter));
            return this;
        }

        /** Asked after each decorated page has rendered, on the request's thread, for the resources it required. */
        public Builder requiredResources(Function<HttpServletRequest, RequiredResourceUrls> requiredResources) {
            this.requiredResources = Objects.requireNonNull(requiredResources, "requiredResources");
            return this;
        }

        public Builder sidebarLinks(SidebarLinks sidebarLinks) {
            this.sidebarLinks = Objects.requireNonNull(sidebarLinks, "sidebarLinks");
            return this;
        }

        /** Another path prefix whose pages may ask for decoration, besides {@link #DEFAULT_PAGE_PATHS}. */
        public Builder pagePath(String prefix) {
            pagePaths.add(Objects.requireNonNull(prefix, "prefix"));
            return this;
        }

        public WorkbenchServer build() {
            return new WorkbenchServer(this);
        }
    }
}
