package com.pmosuite.plugin.risk.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;

import java.util.List;

/**
 * A risk as the REST API returns it: the stored fields plus what they mean under the project's settings.
 * Money is a decimal string (exact), dates are ISO-8601, absent values are {@code null}.
 */
public record RiskJson(
        long id,
        String projectKey,
        String title,
        String description,
        String category,
        String cause,
        String effect,
        String kind,
        int probability,
        int impact,
        int score,
        String severity,
        String ownerKey,
        String ownerName,
        String status,
        String strategy,
        String responsePlan,
        String contingencyPlan,
        String trigger,
        String proximityDate,
        String lastReviewDate,
        String nextReviewDate,
        boolean reviewOverdue,
        Integer residualProbability,
        Integer residualImpact,
        int residualScore,
        String residualSeverity,
        String costImpact,
        String expectedMonetaryValue,
        String residualExpectedMonetaryValue,
        List<String> linkedIssueKeys,
        String createdBy,
        String createdByName,
        String createdAt,
        String updatedBy,
        String updatedByName,
        String updatedAt,
        int version) implements JsonBody {
}
