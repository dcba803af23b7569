package com.pmosuite.plugin.risk.wiring;

import com.pmosuite.plugin.platform.rest.CurrentStateViews;
import com.pmosuite.plugin.risk.ao.AoRiskSettingsStore;
import com.pmosuite.plugin.risk.ao.AoRiskStore;
import com.pmosuite.plugin.risk.ao.AoSavedMappingStore;
import com.pmosuite.plugin.risk.rest.RiskImportResource;
import com.pmosuite.plugin.risk.rest.RiskViews;
import com.pmosuite.plugin.wiring.PlatformServices;
import com.pmosuite.risk.Risk;
import com.pmosuite.risk.RiskRegister;
import com.pmosuite.risk.VersionedRiskSettings;
import com.pmosuite.risk.imports.SavedMapping;
import com.pmosuite.risk.imports.SavedMappings;
import com.pmosuite.risk.portfolio.PortfolioRisks;
import com.pmosuite.shared.PeopleDirectory;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The risk register capability, built from the platform's services: its store, use cases and JSON views. Risk
 * resources, pages and panels receive this module and the access policy, nothing else.
 */
@Named
public final class RiskModule {
    /** The capability's name in lock names and wherever capabilities are told apart. */
    public static final String CAPABILITY = "risk";

    private final RiskRegister register;
    private final RiskViews views;
    private final PeopleDirectory people;
    private final PortfolioRisks portfolioRisks;
    private final SavedMappings savedMappings;

    @Inject
    public RiskModule(PlatformServices platform) {
        this.people = platform.people();
        AoRiskStore store = new AoRiskStore(platform.host().activeObjects(), platform.projects());
        this.register = new RiskRegister(
                store,
                new AoRiskSettingsStore(platform.host().activeObjects(), platform.projects()),
                people, platform.clock(), platform.locks().projects(CAPABILITY),
                // Imports take their own project lock, so a long import never keeps the project's editors waiting.
                platform.locks().projects(CAPABILITY + "-import"), platform.issues(), platform.viewerZone());
        this.views = new RiskViews(register, people);
        this.portfolioRisks = new PortfolioRisks(register, store);
        this.savedMappings = new SavedMappings(
                new AoSavedMappingStore(platform.host().activeObjects(), platform.projects()), platform.clock());
    }

    /** A portfolio's risks read as one register, over the projects a caller says the reader may see. */
    public PortfolioRisks portfolioRisks() {
        return portfolioRisks;
    }

    /** A project's saved import mappings. */
    public SavedMappings savedMappings() {
        return savedMappings;
    }

    public RiskRegister register() {
        return register;
    }

    public RiskViews views() {
        return views;
    }

    public PeopleDirectory people() {
        return people;
    }

    /** The JSON views of this capability's versioned records, for the 409 answer to a stale write. */
    public CurrentStateViews.Builder currentStateViews(CurrentStateViews.Builder views) {
        return views.view(Risk.class, this.views::json)
                .view(VersionedRiskSettings.class, this.views::settings)
                .view(SavedMapping.class, RiskImportResource::savedJson);
    }
}
