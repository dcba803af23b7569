package com.pmosuite.risk;

/** Where a risk is in its life: identified, being responded to, watched, happened, or closed. */
public enum RiskStatus {
    OPEN, RESPONDING, MONITORING, OCCURRED, CLOSED;

    /** Risks that can still happen; only these are drawn on heat maps and count as overdue for review. */
    public boolean isLive() {
        return this == OPEN || this == RESPONDING || this == MONITORING;
    }
}
