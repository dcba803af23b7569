package com.pmosuite.plugin.platform.rest;

import com.pmosuite.facts.mapping.SavedFieldMapping;
import com.pmosuite.plugin.compliance.wiring.ComplianceModule;
import com.pmosuite.plugin.facts.admin.rest.FieldMappingJson;
import com.pmosuite.plugin.platform.settings.PmoSettings;
import com.pmosuite.plugin.portfolio.wiring.PortfolioModule;
import com.pmosuite.plugin.risk.wiring.RiskModule;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JSON view of every versioned record's current state, by record type, so that a 409 for a stale write carries
 * the current state whatever kind of record it is. Each capability module registers its own records' views.
 */
@Named
public final class CurrentStateViews {
    private final Map<Class<?>, Function<Object, JsonBody>> views;

    @Inject
    public CurrentStateViews(RiskModule risks, PortfolioModule portfolios, ComplianceModule compliance) {
        this(compliance.currentStateViews(portfolios.currentStateViews(risks.currentStateViews(builder())))
                .view(PmoSettings.class, PmoSettingsJson::of)
                .view(SavedFieldMapping.class, FieldMappingJson::current));
    }

    private CurrentStateViews(Builder builder) {
        this.views = Map.copyOf(builder.views);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The JSON view of {@code current}; empty for a type nobody registered, so no domain record leaks as JSON. */
    public Optional<JsonBody> viewOf(Object current) {
        return views.entrySet().stream()
                .filter(entry -> entry.getKey().isInstance(current))
                .findFirst()
                .map(entry -> entry.getValue().apply(current));
    }

    /** Collects views; a type registered twice is a wiring mistake. */
    public static final class Builder {
        private final Map<Class<?>, Function<Object, JsonBody>> views = new LinkedHashMap<>();

        public <T> Builder view(Class<T> type, Function<? super T, ? extends JsonBody> view) {
            if (views.putIfAbsent(type, current -> view.apply(type.cast(current))) != null) {
                throw new IllegalStateException("Two views of " + type.getName());
            }
            return this;
        }

        public CurrentStateViews build() {
            return new CurrentStateViews(this);
        }
    }
}
