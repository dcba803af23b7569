package com.pmosuite.risk.reminder;

import com.pmosuite.risk.RiskStore;
import com.pmosuite.risk.reminder.contract.DueReviewsContract;
import com.pmosuite.testkit.InMemoryDueReviews;
import com.pmosuite.testkit.InMemoryRiskStore;

import java.util.List;

/** The in-memory overdue-review finder keeps the same contract as the AO one. */
class InMemoryDueReviewsTest extends DueReviewsContract {
    private final InMemoryRiskStore store = new InMemoryRiskStore();
    private final InMemoryDueReviews dueReviews = new InMemoryDueReviews(store, List.of(PROJECT, OTHER_PROJECT));

    @Override
    protected RiskStore store() {
        return store;
    }

    @Override
    protected DueReviews dueReviews() {
        return dueReviews;
    }
}
