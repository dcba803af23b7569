package com.pmosuite.risk;

/**
 * Orders a risk list can be sorted by; ties are always broken by id so paging is stable. In both directions the
 * id tie-break is ascending and risks without a value (no owner, next review or proximity date) come last; status
 * sorts in the order of a risk's life ({@link RiskStatus} declaration order, open first); residual score falls back
 * to the inherent score like {@link RiskFields#residualScore()}.
 */
public enum RiskSort {
    SCORE, RESIDUAL_SCORE, TITLE, STATUS, OWNER, NEXT_REVIEW, PROXIMITY, CREATED, UPDATED
}
