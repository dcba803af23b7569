package com.pmosuite.plugin.portfolio.wiring;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.platform.rest.CurrentStateViews;
import com.pmosuite.plugin.portfolio.ao.AoPortfolioStore;
import com.pmosuite.plugin.portfolio.jira.JiraProjectCatalog;
import com.pmosuite.plugin.portfolio.rest.PortfolioViews;
import com.pmosuite.plugin.wiring.PlatformServices;
import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.portfolio.Portfolios;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.function.LongPredicate;

/**
 * The portfolio model capability, built from the platform's services: its store, the Jira project catalog, the use
 * cases and JSON views. Portfolio resources and pages receive this module and the access policy, nothing else; the
 * rollup and the facts store take {@link #portfolios()} for {@code scope(id)} and {@code trackedProjectIds()}.
 */
@Named
public final class PortfolioModule {
    /** The capability's name wherever capabilities are told apart. */
    public static final String CAPABILITY = "portfolio";

    private final Portfolios portfolios;
    private final PortfolioViews views;
    private final ProjectManager projects;

    @Inject
    public PortfolioModule(PlatformServices platform) {
        this.projects = platform.host().projectManager();
        this.portfolios = new Portfolios(new AoPortfolioStore(platform.host().activeObjects()),
                new JiraProjectCatalog(platform.host().projectManager()), platform.people(), platform.clock());
        this.views = new PortfolioViews(portfolios, platform.people());
    }

    public Portfolios portfolios() {
        return portfolios;
    }

    public PortfolioViews views() {
        return views;
    }

    /** Which project ids the current user may browse, by the access policy's own rule. */
    public LongPredicate browsableBy(PmoAccess access) {
        return id -> {
            Project project = projects.getProjectObj(id);
            return project != null && access.canBrowse(project);
        };
    }

    /** The JSON view of a portfolio's current state, for the 409 answer to a stale write (only PMO admins write). */
    public CurrentStateViews.Builder currentStateViews(CurrentStateViews.Builder builder) {
        return builder.view(Portfolio.class, views::json);
    }
}
