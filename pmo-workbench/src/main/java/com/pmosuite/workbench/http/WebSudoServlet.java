package com.pmosuite.workbench.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Jira's password confirmation page for secure administrator sessions, at the same address and with the same field
 * names ({@code webSudoPassword}, {@code webSudoDestination}). A logged-in user who confirms their password gets
 * websudo in their session ({@link WebSudo}); a Basic-authenticated caller gets a new session with it, whose cookie
 * it then sends instead of the header. Wrong passwords count against the same lockout as logins.
 */
final class WebSudoServlet extends HttpServlet {
    private final WorkbenchAccounts accounts;
    private final LoginThrottle throttle;
    private final CurrentUser currentUser;
    private final WebSudo webSudo;

    WebSudoServlet(WorkbenchAccounts accounts, LoginThrottle throttle, CurrentUser currentUser, WebSudo webSudo) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.currentUser = currentUser;
        this.webSudo = webSudo;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (currentUser.get().isEmpty()) {
            toLogin(response);
            return;
        }
        page(response, HttpServletResponse.SC_OK, request.getParameter("webSudoDestination"), null, false);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<WorkbenchAccount> user = currentUser.get();
        if (user.isEmpty()) {
            toLogin(response);
            return;
        }
        String destination = request.getParameter("webSudoDestination");
        String username = user.get().username();
        LoginThrottle.Attempt attempt = throttle.attempt(username, request.getRemoteAddr(),
                () -> accounts.authenticate(username, request.getParameter("webSudoPassword")));
        switch (attempt) {
            case LoginThrottle.Refused refused -> {
                response.setHeader("Retry-After", Long.toString(refused.retryAfterSeconds()));
                page(response, LoginServlet.TOO_MANY_REQUESTS, destination, "Too many failed attempts. Try again in "
                        + refused.waitInWords() + ".", false);
            }
            case LoginThrottle.Rejected rejected -> page(response, HttpServletResponse.SC_UNAUTHORIZED, destination,
                    "The password is incorrect - please try again.", false);
            case LoginThrottle.Accepted accepted -> {
                HttpSession session = request.getSession(false);
                if (session == null || !accepted.account().key().equals(
                        session.getAttribute(AuthenticationFilter.SESSION_USER_KEY))) {
                    if (session != null) {
                        session.invalidate();
                    }
                    session = request.getSession(true);
                    session.setAttribute(AuthenticationFilter.SESSION_USER_KEY, accepted.account().key());
                } else {
                    // More rights for the same session: a new id, so an id known before is worth no more than before.
                    request.changeSessionId();
                }
                webSudo.start(session);
                if (destination != null && !destination.isBlank()) {
                    response.sendRedirect(LoginDestination.sameSitePathOrRoot(destination));
                } else {
                    page(response, HttpServletResponse.SC_OK, null, null, true);
                }
            }
        }
    }

    private static void toLogin(HttpServletResponse response) throws IOException {
        response.sendRedirect("/login.jsp?os_destination=" + URLEncoder.encode(WebSudo.PATH, StandardCharsets.UTF_8));
    }

    private static void page(HttpServletResponse response, int status, String destination, String error,
                             boolean started) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        StringBuilder html = Html.formPage("Administrator access", "Administrator access");
        if (error != null) {
            html.append("<div class=\"aui-message aui-message-error\" id=\"websudo-error\"><p>")
                    .append(Html.escape(error)).append("</p></div>\n");
        }
        if (started) {
            html.append("<div class=\"aui-message aui-message-success\" id=\"websudo-started\"><p>")
                    .append("You have administrator access for ").append(WebSudo.LENGTH.toMinutes())
                    .append(" minutes.</p></div>\n");
        }
        html.append("<p>You have requested access to an administrative function and must confirm your password."
                        + "</p>\n")
                .append("<form class=\"aui\" id=\"login-form\" method=\"post\" action=\"").append(WebSudo.PATH)
                .append("\">\n<div class=\"field-group\"><label for=\"login-form-authenticatePassword\">Password")
                .append("</label><input class=\"text medium-field\" type=\"password\"")
                .append(" id=\"login-form-authenticatePassword\" name=\"webSudoPassword\"")
                .append(" autocomplete=\"current-password\" autofocus></div>\n")
                .append("<input type=\"hidden\" name=\"webSudoDestination\" value=\"")
                .append(Html.attr(destination == null ? "" : destination)).append("\">\n")
                .append("<div class=\"buttons-container\"><div class=\"buttons\">")
                .append("<input class=\"aui-button aui-button-primary\" type=\"submit\"")
                .append(" id=\"login-form-submit\" value=\"Confirm\"></div></div>\n</form>\n</body></html>\n");
        response.getWriter().write(html.toString());
    }
}
