package com.pmosuite.plugin.risk.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The register's first address, {@code /plugins/servlet/pmo/risk-register/KEY}, kept for bookmarks and links in
 * issues: it answers with a permanent redirect to the project page, {@link RiskRegisterAddress}, keeping the query
 * (filters, the open risk). Whether the user may see the project is decided there, as for any Jira project page.
 */
public class RiskRegisterRedirectServlet extends HttpServlet {
    // Jira project keys: a letter, then letters, digits or underscores. Anything else is no project.
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,254}");
    private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9._~%=&+,:-]{0,2000}");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        String projectKey = lastSegment(request.getPathInfo());
        if (projectKey == null || !PROJECT_KEY.matcher(projectKey).matches()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String query = request.getQueryString();
        String target = request.getContextPath() + RiskRegisterAddress.of(projectKey)
                + (query == null || query.isEmpty() || !QUERY.matcher(query).matches() ? "" : "&" + query);
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", target);
        response.setHeader("Cache-Control", "no-store");
    }

    private static String lastSegment(String pathInfo) {
        if (pathInfo == null) {
            return null;
        }
        String path = pathInfo.endsWith("/") ? pathInfo.substring(0, pathInfo.length() - 1) : pathInfo;
        String segment = path.substring(path.lastIndexOf('/') + 1);
        // Drop path parameters such as ;jsessionid=..., which servlet containers leave in the path.
        int parameters = segment.indexOf(';');
        if (parameters >= 0) {
            segment = segment.substring(0, parameters);
        }
        return URLDecoder.decode(segment, StandardCharsets.UTF_8);
    }
}
