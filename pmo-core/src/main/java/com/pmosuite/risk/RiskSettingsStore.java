package com.pmosuite.risk;

import java.util.Optional;

/** Port: each project's risk scoring settings; a project without its own uses {@link RiskSettings#DEFAULT}. */
public interface RiskSettingsStore {
    Optional<RiskSettings> find(String projectKey);

    void save(String projectKey, RiskSettings settings);
}
