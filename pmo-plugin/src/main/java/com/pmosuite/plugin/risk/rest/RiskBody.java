package com.pmosuite.plugin.risk.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.risk.RiskDraft;

import java.util.List;

/**
 * The body of {@code POST /projects/{key}/risks} and {@code PUT /risks/{id}}: a risk's editable fields as a client
 * sends them, plus the {@code version} it last read (required by {@code PUT}, ignored by {@code POST}).
 * Enumerations arrive in their wire spelling ({@code "mitigate"}), money as a decimal string or number, dates as
 * {@code yyyy-MM-dd}; all stay text until {@link RiskDraft#validate} checks them, so a bad value is a field error.
 */
public record RiskBody(
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
        Integer version) implements JsonBody {

    /** The one mapping from this body to the core's draft: a rename on either side changes only this line. */
    public RiskDraft toDraft() {
        return new RiskDraft(title, description, category, cause, effect, kind, probability, impact, ownerKey,
                status, strategy, responsePlan, contingencyPlan, trigger, proximityDate, lastReviewDate,
                nextReviewDate, residualProbability, residualImpact, costImpact, linkedIssueKeys);
    }
}
