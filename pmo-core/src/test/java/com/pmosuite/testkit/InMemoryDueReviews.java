package com.pmosuite.testkit;

import com.pmosuite.risk.Risk;
import com.pmosuite.risk.RiskStatus;
import com.pmosuite.risk.RiskStore;
import com.pmosuite.risk.reminder.DueReview;
import com.pmosuite.risk.reminder.DueReviews;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Overdue reviews read from a risk store, over the projects a test names. */
public final class InMemoryDueReviews implements DueReviews {
    private static final Set<RiskStatus> LIVE = EnumSet.of(RiskStatus.OPEN, RiskStatus.RESPONDING,
            RiskStatus.MONITORING);

    private final RiskStore store;
    private final List<String> projectKeys;

    public InMemoryDueReviews(RiskStore store, List<String> projectKeys) {
        this.store = store;
        this.projectKeys = List.copyOf(projectKeys);
    }

    @Override
    public List<DueReview> overdueOn(LocalDate today) {
        return projectKeys.stream()
                .flatMap(key -> store.findByProject(key, LIVE).stream())
                .filter(r -> r.fields().ownerKey() != null && r.fields().nextReviewDate() != null
                        && r.fields().nextReviewDate().isBefore(today))
                .map(InMemoryDueReviews::due)
                .sorted(Comparator.comparing(DueReview::ownerKey).thenComparing(DueReview::nextReviewDate)
                        .thenComparingLong(DueReview::riskId))
                .toList();
    }

    private static DueReview due(Risk risk) {
        return new DueReview(risk.id(), risk.projectKey(), risk.fields().title(), risk.fields().ownerKey(),
                risk.fields().nextReviewDate());
    }
}
