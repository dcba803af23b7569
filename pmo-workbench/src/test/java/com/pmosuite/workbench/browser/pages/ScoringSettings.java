package com.pmosuite.workbench.browser.pages;

/**
 * A project's risk scoring settings as the REST API and the settings dialog show them: the matrix size and the
 * lowest score of the medium, high and critical bands.
 */
public record ScoringSettings(int scale, int mediumFrom, int highFrom, int criticalFrom) {

    /** What a new project starts with on a 5x5 or 3x3 matrix (the core's {@code SeverityBands.defaultsFor}). */
    public static ScoringSettings defaultsFor(int scale) {
        return scale == 3 ? new ScoringSettings(3, 3, 6, 9) : new ScoringSettings(5, 5, 10, 20);
    }

    /** The same scale with other thresholds. */
    public ScoringSettings withThresholds(int medium, int high, int critical) {
        return new ScoringSettings(scale, medium, high, critical);
    }
}
