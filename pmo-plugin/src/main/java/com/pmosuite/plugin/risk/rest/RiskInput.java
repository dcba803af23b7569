package com.pmosuite.plugin.risk.rest;

import com.pmosuite.risk.RiskDraft;

import java.util.List;

/**
 * The JSON body of a create or update. Enumerations, dates and money are strings so bad values come back as
 * field errors; {@code version} is required on update and is the version the client last read.
 */
public record RiskInput(
        String title,
        String description,
        String category,
        String cause,
        String effect,
        String kind,
        Integer probability,
        Integer impact,
        String ownerKey,
        String status,
        String strategy,
        String responsePlan,
        String contingencyPlan,
        String trigger,
        String proximityDate,
        String lastReviewDate,
        String nextReviewDate,
        Integer residualProbability,
        Integer residualImpact,
        String costImpact,
        List<String> linkedIssueKeys,
        Integer version) {

    public RiskDraft toDraft() {
        return new RiskDraft(title, description, category, cause, effect, kind, probability, impact, ownerKey, status,
                strategy, responsePlan, contingencyPlan, trigger, proximityDate, lastReviewDate, nextReviewDate,
                residualProbability, residualImpact, costImpact, linkedIssueKeys);
    }
}
