package com.pmosuite.risk;

/** Whether an uncertain event would hurt the project (threat) or help it (opportunity), after PMBOK. */
public enum RiskKind {
    THREAT, OPPORTUNITY
}
