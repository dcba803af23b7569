package com.pmosuite.plugin.platform.web;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A portfolio page for logged-in readers, {@code ?id=N} choosing the portfolio: it draws only the frame (title,
 * picker, REST address) and its script asks the REST API, which shows each reader only what they may see. Each page
 * names its template, web resource and texts, and adds what only it needs.
 */
public abstract class PortfolioFramePage extends HttpServlet {
    private final Frame frame;
    private final PmoAccess access;
    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final I18nResolver i18n;
    private final ApplicationProperties applicationProperties;

    /** The page's frame: its template, web resource and the i18n keys of its title and loading text. */
    public record Frame(String template, String webResource, String titleKey, String loadingKey) {
    }

    protected PortfolioFramePage(Frame frame, PmoAccess access, TemplateRenderer renderer,
                                 PageBuilderService pageBuilder, I18nResolver i18n,
                                 ApplicationProperties applicationProperties) {
        this.frame = frame;
        this.access = access;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.applicationProperties = applicationProperties;
    }

    /** Puts what only this page's template uses into its model; the reader is logged in. */
    protected abstract void addToModel(Map<String, Object> model, ApplicationUser user, String contextPath);

    /** The access policy, for what a page shows only to some readers. */
    protected final PmoAccess access() {
        return access;
    }

    /** The reader's text of an i18n key. */
    protected final String text(String key) {
        return i18n.getText(key);
    }

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String contextPath = applicationProperties.getBaseUrl(UrlMode.RELATIVE);
        Optional<ApplicationUser> user = access.currentUser();
        if (user.isEmpty()) {
            PageRequests.redirectToLogin(request, response, contextPath);
            return;
        }
        pageBuilder.assembler().resources().requireWebResource(frame.webResource());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", i18n.getText(frame.titleKey()));
        model.put("pickerLabel", i18n.getText("pmo.portfolio.page.picker"));
        model.put("loadingLabel", i18n.getText(frame.loadingKey()));
        model.put("selected", PageRequests.portfolioId(request));
        model.put("restUrl", contextPath + "/rest/pmo/1.0/");
        model.put("contextPath", contextPath);
        addToModel(model, user.get(), contextPath);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        renderer.render(frame.template(), model, response.getWriter());
    }
}
