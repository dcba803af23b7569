package com.pmosuite.compliance;

/** How much a broken standard matters to the PMO, shown beside each violation; the score uses the weight. */
public enum StandardSeverity {
    INFO, MINOR, MAJOR, CRITICAL
}
