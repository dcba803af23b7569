package com.pmosuite.plugin.platform.web;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

    public AdminPageGate(PmoAccess access, WebSudoManager webSudo, I18nResolver i18n,
                         ApplicationProperties applicationProperties) {
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
}
