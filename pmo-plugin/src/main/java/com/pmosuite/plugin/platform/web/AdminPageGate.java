package com.pmosuite.plugin.platform.web;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * What every administration page of the app checks before it renders, in Jira's order: a visitor who is not logged
 * in goes to the login page and comes back; a user without the page's permission gets 403; an administrator outside
 * a secure session confirms their password first (websudo), and is sent back here afterwards.
 */
public final class AdminPageGate {
    private final PmoAccess access;
    private final WebSudoManager webSudo;
    private final I18nResolver i18n;
    private final ApplicationProperties applicationProperties;
    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;

    /** A gate that only admits: the servlet renders its page itself. */
    public AdminPageGate(PmoAccess access, WebSudoManager webSudo, I18nResolver i18n,
                         ApplicationProperties applicationProperties) {
        this(access, webSudo, i18n, applicationProperties, null, null);
    }

    /** A gate that also renders the page it admits to ({@link #serve}). */
    public AdminPageGate(PmoAccess access, WebSudoManager webSudo, I18nResolver i18n,
                         ApplicationProperties applicationProperties, TemplateRenderer renderer,
                         PageBuilderService pageBuilder) {
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.access = Objects.requireNonNull(access, "access");
        this.webSudo = Objects.requireNonNull(webSudo, "webSudo");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.applicationProperties = Objects.requireNonNull(applicationProperties, "applicationProperties");
    }

    /** Only PMO admins may open the page. */
    public static BiPredicate<PmoAccess, ApplicationUser> pmoAdmins() {
        return PmoAccess::isPmoAdmin;
    }

    /** Only Jira administrators may open the page. */
    public static BiPredicate<PmoAccess, ApplicationUser> jiraAdministrators() {
        return PmoAccess::isJiraAdministrator;
    }

    /**
     * True when the page may render; otherwise the answer (redirect, 403, websudo prompt) is already sent.
     *
     * @param forbiddenKey the i18n key of the 403 message
     */
    public boolean admits(HttpServletRequest request, HttpServletResponse response,
                          BiPredicate<PmoAccess, ApplicationUser> mayOpen, String forbiddenKey) throws IOException {
        Optional<ApplicationUser> user = access.currentUser();
        if (user.isEmpty()) {
            response.sendRedirect(applicationProperties.getBaseUrl(UrlMode.RELATIVE) + "/login.jsp?os_destination="
                    + URLEncoder.encode(request.getRequestURI(), StandardCharsets.UTF_8));
            return false;
        }
        if (!mayOpen.test(access, user.get())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, i18n.getText(forbiddenKey));
            return false;
        }
        if (!webSudo.canExecuteRequest(request)) {
            webSudo.enforceWebSudoProtection(request, response);
            return false;
        }
        webSudo.willExecuteWebSudoRequest(request);
        return true;
    }

    /**
     * An administration page whose frame is a template over translated texts, its scripts one web resource calling
     * the REST API.
     *
     * @param forbiddenKey the i18n key of the 403 message
     * @param texts        model name to i18n key, each put into the model translated
     * @param restPath     the REST base the scripts call, after the context path ({@code /rest/pmo/1.0/})
     */
    public record Page(String webResource, String template, String forbiddenKey, Map<String, String> texts,
                       String restPath) {
        public Page {
            Objects.requireNonNull(webResource, "webResource");
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(forbiddenKey, "forbiddenKey");
            texts = Map.copyOf(texts);
            Objects.requireNonNull(restPath, "restPath");
        }
    }

    /**
     * Renders the page when {@link #admits} admits the visitor (else its answer is already sent): the texts
     * translated, {@code restUrl} and {@code contextPath} in the model, never cached.
     */
    public void serve(HttpServletRequest request, HttpServletResponse response,
                      BiPredicate<PmoAccess, ApplicationUser> mayOpen, Page page) throws IOException {
        if (renderer == null || pageBuilder == null) {
            throw new IllegalStateException("This gate was built without a renderer");
        }
        if (!admits(request, response, mayOpen, page.forbiddenKey())) {
            return;
        }
        String contextPath = applicationProperties.getBaseUrl(UrlMode.RELATIVE);
        pageBuilder.assembler().resources().requireWebResource(page.webResource());
        Map<String, Object> model = new LinkedHashMap<>();
        page.texts().forEach((name, key) -> model.put(name, i18n.getText(key)));
        model.put("restUrl", contextPath + page.restPath());
        model.put("contextPath", contextPath);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        renderer.render(page.template(), model, response.getWriter());
    }
}
