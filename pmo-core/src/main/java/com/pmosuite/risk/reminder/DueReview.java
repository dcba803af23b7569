package com.pmosuite.risk.reminder;

import java.time.LocalDate;
import java.util.Objects;

/** A live risk whose next review date has passed: what a reminder needs to name it and link to it. */
public record DueReview(long riskId, String projectKey, String title, String ownerKey, LocalDate nextReviewDate) {
    public DueReview {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(ownerKey, "ownerKey");
        Objects.requireNonNull(nextReviewDate, "nextReviewDate");
    }
}
