package com.pmosuite.testkit;

import com.pmosuite.risk.RiskSettings;
import com.pmosuite.risk.RiskSettingsStore;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link RiskSettingsStore} in memory: projects without saved settings have none. */
public final class InMemoryRiskSettingsStore implements RiskSettingsStore {
    private final Map<String, RiskSettings> byProject = new ConcurrentHashMap<>();

    @Override
    public Optional<RiskSettings> find(String projectKey) {
        return Optional.ofNullable(byProject.get(projectKey));
    }

    @Override
    public void save(String projectKey, RiskSettings settings) {
        byProject.put(Objects.requireNonNull(projectKey, "projectKey"), Objects.requireNonNull(settings, "settings"));
    }
}
