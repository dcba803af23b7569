package com.pmosuite.plugin.compliance.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a reader finds compliance: a project's "Compliance" page in Jira's project-centric view
 * ({@code /projects/KEY?selectedItem=X}, X the complete key of the descriptor's sidebar web item) and the portfolio
 * compliance table ({@code /plugins/servlet/pmo/compliance?id=N}). Paths are below the context path; mails and
 * other pages link here instead of building the addresses themselves.
 */
public final class ComplianceAddress {
    /** The {@code selectedItem} of the project page: {@code <plugin key>:<sidebar web-item key>}. */
    public static final String SELECTED_ITEM = "com.pmosuite.pmo-plugin:project-compliance-sidebar-link";
    /** The portfolio table's servlet path, as the descriptor maps it under {@code /plugins/servlet}. */
    public static final String PORTFOLIO_PATH = "/plugins/servlet/pmo/compliance";
    /** The id prefix of a standard's section on the project page, so a table cell can open the page at it. */
    public static final String STANDARD_ANCHOR = "pmo-compliance-standard-";

    private ComplianceAddress() {
    }

    /** A project's compliance page. */
    public static String of(String projectKey) {
        return "/projects/" + URLEncoder.encode(projectKey, StandardCharsets.UTF_8).replace("+", "%20")
                + "?selectedItem=" + URLEncoder.encode(SELECTED_ITEM, StandardCharsets.UTF_8);
    }

    /** A project's compliance page, scrolled to one standard's result. */
    public static String ofStandard(String projectKey, long standardId) {
        return of(projectKey) + "#" + STANDARD_ANCHOR + standardId;
    }

    /** The compliance table of a portfolio. */
    public static String ofPortfolio(long portfolioId) {
        return PORTFOLIO_PATH + "?id=" + portfolioId;
    }
}
