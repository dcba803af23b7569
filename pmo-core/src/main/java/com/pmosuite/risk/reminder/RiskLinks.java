package com.pmosuite.risk.reminder;

/** Port: absolute links to risks, for text read outside the app (mail). */
public interface RiskLinks {
    String toRisk(String projectKey, long riskId);
}
