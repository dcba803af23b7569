package com.pmosuite.compliance.engine;

import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.portfolio.Portfolios;
import com.pmosuite.rollup.ProjectPlan;
import com.pmosuite.rollup.RagThresholds;
import com.pmosuite.rollup.RollupEngine;
import com.pmosuite.rollup.RollupNode;
import com.pmosuite.rollup.RollupScope;
import com.pmosuite.rollup.Visibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A project's figures from the portfolios and the rollup engine: its plan resolved project → program → portfolio
 * (as {@link Portfolios#scope} does), and its SPI and CPI from a rollup that sees every issue
 * ({@link Visibility#EVERYTHING}), as the project's rollup shows them to someone who may see all of it.
 *
 * <p>A project in several portfolios counts with the plan of the first portfolio (by id) that gives it a budget and a
 * baseline start and finish, so it passes the plan check when any of its portfolios plans it; when none does, with
 * the lowest-id portfolio's plan, which is also the plan its own rollup page uses. A project in no portfolio has no
 * plan and no indices. All the asked projects are rolled up in one engine call; the engine is caught up with the
 * facts store first (one cheap call when nothing changed).
 */
public final class PortfolioProjectFigures implements ProjectFigures {
    private final Portfolios portfolios;
    private final RollupEngine rollups;

    public PortfolioProjectFigures(Portfolios portfolios, RollupEngine rollups) {
        this.portfolios = portfolios;
        this.rollups = rollups;
    }

    @Override
    public Map<Long, Figures> of(Collection<Long> projectIds, LocalDate today) {
        Set<Long> wanted = Set.copyOf(projectIds);
        Map<Long, Figures> figures = new HashMap<>();
        wanted.forEach(id -> figures.put(id, Figures.NONE));
        if (wanted.isEmpty()) {
            return figures;
        }
        Map<Long, RollupScope> chosen = new LinkedHashMap<>();
        for (Portfolio portfolio : portfolios.all().stream().sorted(Comparator.comparingLong(Portfolio::id)).toList()) {
            List<RollupScope> found = new ArrayList<>();
            collectProjects(portfolios.scope(portfolio), wanted, found);
            for (RollupScope project : found) {
                RollupScope before = chosen.get(project.projectId());
                if (before == null || !planned(before.plan()) && planned(project.plan())) {
                    chosen.put(project.projectId(), project);
                }
            }
        }
        if (chosen.isEmpty()) {
            return figures;
        }
        rollups.refresh();
        RollupScope all = new RollupScope("compliance", "compliance", RollupScope.Level.PORTFOLIO, 0,
                ProjectPlan.NONE, RagThresholds.DEFAULTS, List.copyOf(chosen.values()));
        Map<String, RollupNode> nodes = new HashMap<>();
        rollups.rollup(all, Visibility.EVERYTHING, Map.of(), today, 0).children()
                .forEach(node -> nodes.put(node.key(), node));
        for (RollupScope project : chosen.values()) {
            ProjectPlan plan = project.plan();
            Optional<RollupNode> node = Optional.ofNullable(nodes.get(project.key()));
            figures.put(project.projectId(), new Figures(Optional.ofNullable(plan.budgetAtCompletion()),
                    Optional.ofNullable(plan.baselineStart()), Optional.ofNullable(plan.baselineFinish()),
                    node.flatMap(n -> n.evm().spi()), node.flatMap(n -> n.evm().cpi())));
        }
        return figures;
    }

    private static boolean planned(ProjectPlan plan) {
        return plan.budgetAtCompletion() != null && plan.baselineStart() != null && plan.baselineFinish() != null;
    }

    private static void collectProjects(RollupScope scope, Set<Long> wanted, List<RollupScope> into) {
        if (scope.level() == RollupScope.Level.PROJECT && wanted.contains(scope.projectId())) {
            into.add(scope);
        }
        scope.children().forEach(child -> collectProjects(child, wanted, into));
    }
}
