package com.pmosuite.workbench.browser;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.pmosuite.workbench.demo.DemoPortfolio;
import com.pmosuite.workbench.host.BundleI18nResolver;
import com.pmosuite.workbench.http.WorkbenchAccounts;
import com.pmosuite.workbench.http.WorkbenchServer;
import com.pmosuite.workbench.plugin.JsI18nTransformer;
import com.pmosuite.workbench.plugin.PluginDescriptor;
import com.pmosuite.workbench.plugin.WebResources;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;

/**
 * A test-only workbench server with one fixture page, {@value #PAGE}: an empty container in Jira's page chrome that
 * requires the plugin's {@code pmo-charts} web resource the way a portfolio page or gadget will. The web resources
 * come from the plugin's own descriptor and are served from the class path (the plugin jar) exactly as
 * {@code WorkbenchComponents} serves them; there is no database, because the charts read only the JSON handed to them.
 */
final class ChartFixtureServer implements AutoCloseable {
    static final String PAGE = "plugins/servlet/test/charts";
    static final String CHARTS_WEB_RESOURCE = "com.pmosuite.pmo-plugin:pmo-charts";

    private static final String HTML = """
            <html><head><title>Chart fixtures</title><meta name="decorator" content="atl.general"></head>
            <body><h1>Chart fixtures</h1><div id="chart" style="width: 720px"></div></body></html>""";

    private final WorkbenchServer server;

    ChartFixtureServer() {
        PluginDescriptor descriptor = PluginDescriptor.load(ChartFixtureServer.class.getClassLoader());
        WebResources webResources = new WebResources(descriptor,
                new JsI18nTransformer(BundleI18nResolver.rawMessages(descriptor.i18nBundle())));
        server = WorkbenchServer.builder(new WorkbenchAccounts(DemoPortfolio.accounts()))
                .port(0)
                .requiredResources(webResources::drain)
                .servlet("/download/resources/*", webResources.servlet())
                .servlet("/" + PAGE, new FixturePage(webResources))
                .build()
                .start();
    }

    URI page() {
        return server.baseUri().resolve(PAGE);
    }

    @Override
    public void close() {
        server.stop();
    }

    /** The page, requiring the charts' web resource as a context provider would. */
    private static final class FixturePage extends HttpServlet {
        private final transient PageBuilderService pageBuilder;

        FixturePage(PageBuilderService pageBuilder) {
            this.pageBuilder = pageBuilder;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            pageBuilder.assembler().resources().requireWebResource(CHARTS_WEB_RESOURCE);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(HTML);
        }
    }
}
