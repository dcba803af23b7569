package com.pmosuite.risk;

import java.util.Objects;

/**
 * A project's scoring settings with the version a changing client must send back: 0 while the project has never
 * saved its own (it then uses {@link RiskSettings#DEFAULT}), one more with every saved change.
 */
public record VersionedRiskSettings(RiskSettings settings, int version) {
    /** The audit history's name for a project's scoring settings. */
    public static final String ENTITY_TYPE = "risk-settings";

    public static final VersionedRiskSettings NEVER_SAVED = new VersionedRiskSettings(RiskSettings.DEFAULT, 0);

    public VersionedRiskSettings {
        Objects.requireNonNull(settings, "settings");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative: " + version);
        }
    }
}
