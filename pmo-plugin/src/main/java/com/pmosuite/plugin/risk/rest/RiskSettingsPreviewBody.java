package com.pmosuite.plugin.risk.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.risk.RiskMatrix;
import com.pmosuite.risk.RiskSettings;
import com.pmosuite.risk.SeverityBands;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.ValidationFailed;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /projects/{key}/risk-settings/preview}: the scale and thresholds of a
 * {@link RiskSettingsBody} without its version, since nothing is saved. Leaving out all three thresholds asks for
 * the scale's defaults, which is how a client learns what a new scale starts with.
 */
public record RiskSettingsPreviewBody(int scale, Integer mediumFrom, Integer highFrom, Integer criticalFrom)
        implements JsonBody {

    /** The settings to preview, refused with the same field errors a {@code PUT} of them would get. */
    public RiskSettings toSettings() {
        RiskMatrix matrix = new RiskMatrix(scale);
        if (mediumFrom == null && highFrom == null && criticalFrom == null) {
            return new RiskSettings(matrix, SeverityBands.defaultsFor(matrix));
        }
        List<FieldError> missing = new ArrayList<>();
        // The same words PmoJson uses when a PUT sends null for one of its whole-number thresholds.
        if (mediumFrom == null) {
            missing.add(new FieldError("mediumFrom", "must be a whole number"));
        }
        if (highFrom == null) {
            missing.add(new FieldError("highFrom", "must be a whole number"));
        }
        if (criticalFrom == null) {
            missing.add(new FieldError("criticalFrom", "must be a whole number"));
        }
        if (!missing.isEmpty()) {
            throw new ValidationFailed(missing);
        }
        return new RiskSettings(matrix, new SeverityBands(mediumFrom, highFrom, criticalFrom));
    }
}
