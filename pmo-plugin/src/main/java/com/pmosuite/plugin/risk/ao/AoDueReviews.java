package com.pmosuite.plugin.risk.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.pmosuite.plugin.platform.jira.ProjectIdentity;
import com.pmosuite.risk.RiskStatus;
import com.pmosuite.risk.reminder.DueReview;
import com.pmosuite.risk.reminder.DueReviews;
import com.pmosuite.shared.Names;
import net.java.ao.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static com.pmosuite.plugin.risk.ao.RiskColumns.OWNER_KEY;
import static com.pmosuite.plugin.risk.ao.RiskColumns.STATUS;

/**
 * Overdue reviews across every project in one query. Review dates are ISO strings, whose text order is their date
 * order, so "before today" is a string comparison the database can do.
 */
public final class AoDueReviews implements DueReviews {
    private static final String NEXT_REVIEW_DATE = "NEXT_REVIEW_DATE";

    private final ActiveObjects ao;
    private final ProjectIdentity projects;

    public AoDueReviews(ActiveObjects ao, ProjectIdentity projects) {
        this.ao = ao;
        this.projects = projects;
    }

    @Override
    public List<DueReview> overdueOn(LocalDate today) {
        List<Object> params = new ArrayList<>();
        params.add(today.toString());
        List<RiskStatus> live = Arrays.stream(RiskStatus.values()).filter(RiskStatus::isLive).toList();
        live.forEach(status -> params.add(Names.of(status)));
        String where = NEXT_REVIEW_DATE + " < ? AND " + OWNER_KEY + " IS NOT NULL AND " + STATUS + " IN ("
                + String.join(", ", live.stream().map(s -> "?").toList()) + ")";
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(RiskEntity.class,
                        Query.select().where(where, params.toArray())))
                .filter(e -> e.getNextReviewDate() != null && !e.getNextReviewDate().isEmpty())
                .map(this::toDue)
                .sorted(Comparator.comparing(DueReview::ownerKey).thenComparing(DueReview::nextReviewDate)
                        .thenComparingLong(DueReview::riskId))
                .toList());
    }

    private DueReview toDue(RiskEntity e) {
        return new DueReview(e.getID(), projects.currentKeyOf(e.getProjectId(), e.getProjectKey()), e.getTitle(),
                e.getOwnerKey(), LocalDate.parse(e.getNextReviewDate()));
    }
}
