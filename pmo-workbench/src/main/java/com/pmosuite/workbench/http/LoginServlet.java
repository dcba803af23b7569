package com.pmosuite.workbench.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Jira's {@code /login.jsp}: GET shows the form, POST checks {@code os_username}/{@code os_password}, starts a
 * session and returns to {@code os_destination} when that is a path on this site ({@link LoginDestination}).
 * Repeated failures lock the username and the client address out for a while ({@link LoginThrottle}).
 */
final class LoginServlet extends HttpServlet {

    /** Status for a refused attempt; Jira would ask for a CAPTCHA instead, which the workbench has not got. */
    static final int TOO_MANY_REQUESTS = 429;

    private final WorkbenchAccounts accounts;
    private final LoginThrottle throttle;

    LoginServlet(WorkbenchAccounts accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String notice = request.getParameter("logout") != null ? "You are now logged out." : null;
        page(response, HttpServletResponse.SC_OK, "", request.getParameter("os_destination"), null, notice);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getParameter("os_username");
        String destination = request.getParameter("os_destination");
        LoginThrottle.Attempt attempt = throttle.attempt(username, request.getRemoteAddr(),
                () -> accounts.authenticate(username, request.getParameter("os_password")));
        switch (attempt) {
            case LoginThrottle.Refused refused -> {
                response.setHeader("Retry-After", Long.toString(refused.retryAfterSeconds()));
                page(response, TOO_MANY_REQUESTS, username, destination, "Too many failed login attempts. "
                        + "Try again in " + refused.waitInWords() + ".", null);
            }
            case LoginThrottle.Rejected rejected -> page(response, HttpServletResponse.SC_UNAUTHORIZED, username,
                    destination, "Sorry, your username and password are incorrect - please try again.", null);
            case LoginThrottle.Accepted accepted -> {
                // A fresh session on login, so a session id planted before login (session fixation) is worth nothing.
                HttpSession old = request.getSession(false);
                if (old != null) {
                    old.invalidate();
                }
                request.getSession(true).setAttribute(AuthenticationFilter.SESSION_USER_KEY, accepted.account().key());
                response.sendRedirect(LoginDestination.sameSitePathOrRoot(destination));
            }
        }
    }

    private static void page(HttpServletResponse response, int status, String username, String destination,
                             String error, String notice) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        StringBuilder html = Html.formPage("Log in", "Log in");
        if (error != null) {
            html.append("<div class=\"aui-message aui-message-error\" id=\"login-error\"><p>")
                    .append(Html.escape(error)).append("</p></div>\n");
        }
        if (notice != null) {
            html.append("<div class=\"aui-message aui-message-info\" id=\"login-notice\"><p>")
                    .append(Html.escape(notice)).append("</p></div>\n");
        }
        // Field names and ids are Jira's, so page objects written against the workbench fit Jira too.
        html.append("<form class=\"aui\" id=\"login-form\" method=\"post\" action=\"/login.jsp\">\n")
                .append("<div class=\"field-group\"><label for=\"login-form-username\">Username</label>")
                .append("<input class=\"text medium-field\" type=\"text\" id=\"login-form-username\"")
                .append(" name=\"os_username\" autocomplete=\"username\" autofocus value=\"")
                .append(Html.attr(username)).append("\"></div>\n")
                .append("<div class=\"field-group\"><label for=\"login-form-password\">Password</label>")
                .append("<input class=\"text medium-field\" type=\"password\" id=\"login-form-password\"")
                .append(" name=\"os_password\" autocomplete=\"current-password\"></div>\n")
                .append("<input type=\"hidden\" name=\"os_destination\" value=\"")
                .append(Html.attr(destination == null ? "" : destination)).append("\">\n")
                .append("<div class=\"buttons-container\"><div class=\"buttons\">")
                .append("<input class=\"aui-button aui-button-primary\" type=\"submit\" id=\"login-form-submit\"")
                .append(" value=\"Log In\"></div></div>\n</form>\n</body></html>\n");
        response.getWriter().write(html.toString());
    }
}
