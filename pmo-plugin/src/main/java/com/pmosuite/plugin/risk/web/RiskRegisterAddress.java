package com.pmosuite.plugin.risk.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a project's risk register lives: Jira's project-centric page {@code /projects/KEY?selectedItem=X}, whose
 * content area shows the web panels located at X. X is the complete key of the descriptor's sidebar web item, so
 * Jira also highlights that item; the descriptor's link and panel location must use the same value.
 */
public final class RiskRegisterAddress {
    /** The {@code selectedItem} of the register page: {@code <plugin key>:<sidebar web-item key>}. */
    public static final String SELECTED_ITEM = "com.pmosuite.pmo-plugin:risk-register-sidebar-link";

    private RiskRegisterAddress() {
    }

    /** The register of a project, below the context path. */
    public static String of(String projectKey) {
        return "/projects/" + URLEncoder.encode(projectKey, StandardCharsets.UTF_8).replace("+", "%20")
                + "?selectedItem=" + URLEncoder.encode(SELECTED_ITEM, StandardCharsets.UTF_8);
    }

    /** The register of a project listing only the risks that link an issue. */
    public static String ofIssue(String projectKey, String issueKey) {
        return of(projectKey) + "&issue=" + URLEncoder.encode(issueKey, StandardCharsets.UTF_8);
    }

    /** The register of a project with one risk open in its dialog. */
    public static String ofRisk(String projectKey, long riskId) {
        return of(projectKey) + "&risk=" + riskId;
    }
}
