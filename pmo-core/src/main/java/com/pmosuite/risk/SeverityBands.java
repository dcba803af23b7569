package com.pmosuite.risk;

import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.ValidationFailed;

import java.util.ArrayList;
import java.util.List;

/**
 * Score thresholds that turn P x I into a severity: below {@code mediumFrom} is low, then medium, high and
 * critical from each threshold on. Thresholds are inclusive lower bounds.
 */
public record SeverityBands(int mediumFrom, int highFrom, int criticalFrom) {

    /** 5x5 scores 1-4 low, 5-9 medium, 10-16 high, 20-25 critical; 3x3 scores 1-2, 3-4, 6, 9. */
    public static SeverityBands defaultsFor(RiskMatrix matrix) {
        return matrix.size() == 3 ? new SeverityBands(3, 6, 9) : new SeverityBands(5, 10, 20);
    }

    /** Checks the thresholds rise strictly and fit the matrix; reports every problem at once. */
    public SeverityBands validFor(RiskMatrix matrix) {
        List<FieldError> errors = new ArrayList<>();
        if (mediumFrom < 2) {
            errors.add(new FieldError("mediumFrom", "must be at least 2 so that some scores are low"));
        }
        if (highFrom <= mediumFrom) {
            errors.add(new FieldError("highFrom", "must be greater than mediumFrom"));
        }
        if (criticalFrom <= highFrom) {
            errors.add(new FieldError("criticalFrom", "must be greater than highFrom"));
        }
        if (criticalFrom > matrix.maxScore()) {
            errors.add(new FieldError("criticalFrom", "must be at most " + matrix.maxScore() + " on a "
                    + matrix.size() + "x" + matrix.size() + " matrix"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return this;
    }

    public Severity classify(int score) {
        if (score >= criticalFrom) {
            return Severity.CRITICAL;
        }
        if (score >= highFrom) {
            return Severity.HIGH;
        }
        return score >= mediumFrom ? Severity.MEDIUM : Severity.LOW;
    }

    public ScoreRange rangeOf(Severity severity, RiskMatrix matrix) {
        return switch (severity) {
            case LOW -> new ScoreRange(1, mediumFrom - 1);
            case MEDIUM -> new ScoreRange(mediumFrom, highFrom - 1);
            case HIGH -> new ScoreRange(highFrom, criticalFrom - 1);
            case CRITICAL -> new ScoreRange(criticalFrom, matrix.maxScore());
        };
    }
}
