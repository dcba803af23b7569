package com.pmosuite.plugin.risk.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.risk.RiskMatrix;
import com.pmosuite.risk.RiskSettings;
import com.pmosuite.risk.SeverityBands;

/**
 * The body of {@code PUT /projects/{key}/risk-settings}: the scale, the severity thresholds and the
 * {@code version} last read. Levels are whole numbers; a missing or null one is refused for its field.
 */
public record RiskSettingsBody(int scale, int mediumFrom, int highFrom, int criticalFrom, Integer version)
        implements JsonBody {

    /** The settings this body asks for; the core refuses a scale other than 3 or 5 and unordered thresholds. */
    public RiskSettings toSettings() {
        return new RiskSettings(new RiskMatrix(scale), new SeverityBands(mediumFrom, highFrom, criticalFrom));
    }
}
