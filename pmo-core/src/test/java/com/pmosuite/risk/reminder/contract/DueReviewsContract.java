package com.pmosuite.risk.reminder.contract;

import com.pmosuite.risk.ResponseStrategy;
import com.pmosuite.risk.Risk;
import com.pmosuite.risk.RiskStatus;
import com.pmosuite.risk.RiskStore;
import com.pmosuite.risk.reminder.DueReview;
import com.pmosuite.risk.reminder.DueReviews;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static com.pmosuite.testkit.RiskDraftFixture.aThreat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link DueReviews} must find, over risks written through the matching {@link RiskStore}
 * (projects {@link #PROJECT} and {@link #OTHER_PROJECT}).
 */
public abstract class DueReviewsContract {
    protected static final String PROJECT = "APOLLO";
    protected static final String OTHER_PROJECT = "GEMINI";
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    protected abstract RiskStore store();

    protected abstract DueReviews dueReviews();

    @Test
    void aLiveRiskWhoseReviewDateHasPassedIsDue() {
        Risk risk = store().create(PROJECT, aThreat().withTitle("Servers late").withOwner("alice")
                .withNextReviewDate(TODAY.minusDays(1)).fields(), "alice", AT);

        assertThat(dueReviews().overdueOn(TODAY)).containsExactly(
                new DueReview(risk.id(), PROJECT, "Servers late", "alice", TODAY.minusDays(1)));
    }

    @Test
    void aReviewDueTodayOrLaterIsNotOverdue() {
        store().create(PROJECT, aThreat().withNextReviewDate(TODAY).fields(), "alice", AT);
        store().create(PROJECT, aThreat().withNextReviewDate(TODAY.plusDays(3)).fields(), "alice", AT);
        store().create(PROJECT, aThreat().fields(), "alice", AT);

        assertThat(dueReviews().overdueOn(TODAY)).isEmpty();
    }

    @Test
    void closedAndOccurredRisksAndRisksWithoutOwnerAreNotDue() {
        store().create(PROJECT, aThreat().withStatus(RiskStatus.CLOSED).withNextReviewDate(TODAY.minusDays(9))
                .fields(), "alice", AT);
        store().create(PROJECT, aThreat().withStatus(RiskStatus.OCCURRED).withNextReviewDate(TODAY.minusDays(9))
                .fields(), "alice", AT);
        store().create(PROJECT, aThreat().withOwner(null).withNextReviewDate(TODAY.minusDays(9)).fields(),
                "alice", AT);

        assertThat(dueReviews().overdueOn(TODAY)).isEmpty();
    }

    @Test
    void dueReviewsOfEveryProjectComeOrderedByOwnerThenDate() {
        Risk bobs = store().create(OTHER_PROJECT, aThreat().withOwner("bob")
                .withNextReviewDate(TODAY.minusDays(30)).fields(), "bob", AT);
        Risk alicesRecent = store().create(PROJECT, aThreat().withOwner("alice")
                .withStatus(RiskStatus.MONITORING).withNextReviewDate(TODAY.minusDays(1)).fields(), "alice", AT);
        Risk alicesOld = store().create(OTHER_PROJECT, aThreat().withOwner("alice")
                .withStatus(RiskStatus.RESPONDING).withStrategy(ResponseStrategy.MITIGATE)
                .withNextReviewDate(TODAY.minusYears(1)).fields(), "alice", AT);

        assertThat(dueReviews().overdueOn(TODAY)).extracting(DueReview::riskId)
                .containsExactly(alicesOld.id(), alicesRecent.id(), bobs.id());
    }
}
