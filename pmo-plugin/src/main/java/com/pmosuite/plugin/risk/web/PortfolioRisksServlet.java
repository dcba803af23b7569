package com.pmosuite.plugin.risk.web;

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
 * A portfolio's risk page, {@code /plugins/servlet/pmo/portfolio-risks[?id=N]}, linked from the Portfolio page: any
 * logged-in user; anonymous visitors go to the log-in page. It draws only the frame: the script asks
 * {@code GET /portfolios/{id}/risks/summary}, {@code /risks/heatmap} and {@code /risks}, which show each reader only
 * the projects they may browse and count the others.
 */
public class PortfolioRisksServlet extends HttpServlet {
    static final String TEMPLATE = "templates/risk/portfolio-risks-page.vm";
    static final String WEB_RESOURCE = "com.pmosuite.pmo-plugin:portfolio-risks-resources";

    private final PmoAccess access;
    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final I18nResolver i18n;
    private final ApplicationProperties applicationProperties;

    @Inject
    public PortfolioRisksServlet(PmoAccess access,
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
        model.put("title", i18n.getText("pmo.portfolio.risks.title"));
        model.put("pickerLabel", i18n.getText("pmo.portfolio.page.picker"));
        model.put("loadingLabel", i18n.getText("pmo.portfolio.risks.loading"));
        model.put("portfolioPageLabel", i18n.getText("pmo.compliance.portfolio.rollup"));
        model.put("selected", PageRequests.portfolioId(request));
        model.put("restUrl", contextPath + "/rest/pmo/1.0/");
        model.put("contextPath", contextPath);
        model.put("portfolioPageUrl", contextPath + "/plugins/servlet/pmo/portfolio");
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        renderer.render(TEMPLATE, model, response.getWriter());
    }
}
