package com.pmosuite.plugin.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** What every PMO page servlet for logged-in readers does with its request before it builds its model. */
public final class PageRequests {
    // A portfolio id is a positive AO id; anything else in ?id= is ignored, not echoed.
    private static final Pattern PORTFOLIO_ID = Pattern.compile("[1-9][0-9]{0,17}");

    private PageRequests() {
    }

    /** Sends an anonymous visitor to Jira's log-in, which brings them back to this page with its query. */
    public static void redirectToLogin(HttpServletRequest request, HttpServletResponse response, String contextPath)
            throws IOException {
        String here = request.getRequestURI() + (request.getQueryString() == null ? ""
                : "?" + request.getQueryString());
        response.sendRedirect(contextPath + "/login.jsp?os_destination="
                + URLEncoder.encode(here, StandardCharsets.UTF_8));
    }

    /** The page's {@code ?id=} when it is a well-formed portfolio id, else the empty text. */
    public static String portfolioId(HttpServletRequest request) {
        String id = request.getParameter("id");
        return id != null && PORTFOLIO_ID.matcher(id).matches() ? id : "";
    }
}
