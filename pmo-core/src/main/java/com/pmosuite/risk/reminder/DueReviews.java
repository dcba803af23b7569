package com.pmosuite.risk.reminder;

import java.time.LocalDate;
import java.util.List;

/** Port: finds the risks that are overdue for review across every project. */
public interface DueReviews {

    /**
     * Live risks (open, responding, monitoring) with an owner and a next review date before {@code today},
     * ordered by owner key, then review date, then risk id.
     */
    List<DueReview> overdueOn(LocalDate today);
}
