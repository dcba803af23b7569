package com.pmosuite.plugin.rollup.web;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.platform.web.PageRequests;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Portfolio page, {@code /plugins/servlet/pmo/portfolio[?id=N]}, linked from Jira's top navigation bar: any
 * logged-in user; anonymous visitors go to the log-in page. It draws only the page's frame and puts no PMO data in
 * it: the script asks the REST API, which shows each reader only the portfolios and projects they may see.
 */
public class PortfolioPageServlet extends HttpServlet {
    static final String TEMPLATE = "templates/rollup/portfolio-page.vm";
    static final String WEB_RESOURCE = "com.pmosuite.pmo-plugin:portfolio-page-resources";

    private final PmoAccess access;
    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final I18nResolver i18n;
    private final ApplicationProperties applicationProperties;

    @Inject
    public PortfolioPageServlet(PmoAccess access,
                                @ComponentImport TemplateRenderer renderer,
                                @ComponentImport PageBuilderService pageBuilder,
                                @ComponentImport I18nResolver i18n,
                                @ComponentImport ApplicationProperties applicationProperties) {
        this.access = access;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.applicationProperties = applicationProperties;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String contextPath = applicationProperties.getBaseUrl(UrlMode.RELATIVE);
        Optional<ApplicationUser> user = access.currentUser();
        if (user.isEmpty()) {
            PageRequests.redirectToLogin(request, response, contextPath);
            return;
        }
        pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", i18n.getText("pmo.portfolio.page.title"));
        model.put("pickerLabel", i18n.getText("pmo.portfolio.page.picker"));
        model.put("loadingLabel", i18n.getText("pmo.rollup.loading"));
        model.put("csvLabel", i18n.getText("pmo.portfolio.page.csv"));
        model.put("selected", PageRequests.portfolioId(request));
        // PMO admins who are not Jira administrators have no Manage apps menu: this is their way to the admin page.
        model.put("manageUrl", access.isPmoAdmin(user.get()) ? contextPath + "/plugins/servlet/pmo/portfolios" : "");
        model.put("manageLabel", i18n.getText("pmo.portfolio.page.manage"));
        model.put("restUrl", contextPath + "/rest/pmo/1.0/");
        model.put("contextPath", contextPath);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        renderer.render(TEMPLATE, model, response.getWriter());
    }
}
