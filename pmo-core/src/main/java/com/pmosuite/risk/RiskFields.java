package com.pmosuite.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything a person edits on a risk, already validated against the project's settings.
 * Optional values are {@code null}; text is trimmed; issue keys are upper case and unique.
 */
public record RiskFields(
        String title,
        String description,
        String category,
        String cause,
        String effect,
        RiskKind kind,
        int probability,
        int impact,
        String ownerKey,
        RiskStatus status,
        ResponseStrategy strategy,
        String responsePlan,
        String contingencyPlan,
        String trigger,
        LocalDate proximityDate,
        LocalDate lastReviewDate,
        LocalDate nextReviewDate,
        Integer residualProbability,
        Integer residualImpact,
        BigDecimal costImpact,
        List<String> linkedIssueKeys) {

    public RiskFields {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        linkedIssueKeys = linkedIssueKeys == null ? List.of() : List.copyOf(linkedIssueKeys);
    }

    /** The same fields with other linked issue keys. */
    public RiskFields withLinkedIssueKeys(List<String> keys) {
        return new RiskFields(title, description, category, cause, effect, kind, probability, impact, ownerKey,
                status, strategy, responsePlan, contingencyPlan, trigger, proximityDate, lastReviewDate,
                nextReviewDate, residualProbability, residualImpact, costImpact, keys);
    }

    /** Inherent score: probability x impact before any response. */
    public int score() {
        return probability * impact;
    }

    public boolean hasResidualAssessment() {
        return residualProbability != null && residualImpact != null;
    }

    /** Residual score after the planned response; falls back to the inherent score when not assessed yet. */
    public int residualScore() {
        return hasResidualAssessment() ? residualProbability * residualImpact : score();
    }
}
