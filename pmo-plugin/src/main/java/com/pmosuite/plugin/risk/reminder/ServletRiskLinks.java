package com.pmosuite.plugin.risk.reminder;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.pmosuite.risk.reminder.RiskLinks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links to a risk on its project's register page, from Jira's canonical base URL (mail is read outside Jira). */
public final class ServletRiskLinks implements RiskLinks {
    private final ApplicationProperties applicationProperties;

    public ServletRiskLinks(ApplicationProperties applicationProperties) {
        this.applicationProperties = applicationProperties;
    }

    @Override
    public String toRisk(String projectKey, long riskId) {
        String base = applicationProperties.getBaseUrl(UrlMode.CANONICAL);
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/plugins/servlet/pmo/risk-register/" + URLEncoder.encode(projectKey, StandardCharsets.UTF_8)
                + "?risk=" + riskId;
    }
}
