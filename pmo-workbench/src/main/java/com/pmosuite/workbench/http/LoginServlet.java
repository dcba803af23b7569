package com.pmosuite.workbench.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * Jira's {@code /login.jsp}: GET shows the form, POST checks {@code os_username}/{@code os_password}, starts a
 * session and returns to {@code os_destination} when that is a path on this site ({@link LoginDestination}).
 */
final class LoginServlet extends HttpServlet {

    private final WorkbenchAccounts accounts;

    LoginServlet(WorkbenchAccounts accounts) {
        this.accounts = accounts;
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
        Optional<WorkbenchAccount> account = accounts.authenticate(username, request.getParameter("os_password"));
        if (account.isEmpty()) {
            page(response, HttpServletResponse.SC_UNAUTHORIZED, username, destination,
                    "Sorry, your username and password are incorrect - please try again.", null);
            return;
        }
        // A fresh session on login, so a session id planted before login (session fixation) is worth nothing.
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true).setAttribute(AuthenticationFilter.SESSION_USER_KEY, account.get().key());
        response.sendRedirect(LoginDestination.sameSitePathOrRoot(destination));
    }

    private static void page(HttpServletResponse response, int status, String username, String destination,
                             String error, String notice) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        StringBuilder html = new StringBuilder(2048);
        html.append("<!DOCTYPE html>\n<html><head><title>Log in - PMO workbench</title>")
                .append("<meta name=\"decorator\" content=\"atl.general\"></head><body>\n")
                .append("<div class=\"aui-page-header\"><div class=\"aui-page-header-inner\">")
                .append("<div class=\"aui-page-header-main\"><h1>Log in</h1></div></div></div>\n");
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
