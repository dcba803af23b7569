package com.pmosuite.portfolio;

import com.pmosuite.rollup.ProjectPlan;
import com.pmosuite.rollup.RagThresholds;
import com.pmosuite.rollup.RollupScope;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resolves a portfolio against the current projects: who is a member (explicit choices, then the projects of its
 * categories not chosen explicitly) and, for the rollup, each project's plan and thresholds figure by figure: the
 * project's own, else its program's default, else the portfolio's default; thresholds finally fall back to
 * {@link RagThresholds#DEFAULTS}. Projects that no longer exist are left out.
 */
public final class PortfolioScope {
    private PortfolioScope() {
    }

    /**
     * The portfolio's projects in the order a rollup shows them: each program's, then the direct choices, then
     * those that joined by category (by name).
     */
    public static List<PortfolioMember> members(Portfolio portfolio, Collection<ProjectCatalog.Project> catalog) {
        Map<Long, ProjectCatalog.Project> byId = catalog.stream()
                .collect(Collectors.toMap(ProjectCatalog.Project::id, Function.identity(), (a, b) -> a));
        PortfolioFields f = portfolio.fields();
        List<PortfolioMember> members = new ArrayList<>();
        Set<Long> explicit = new HashSet<>();
        for (Program program : f.programs()) {
            for (ProjectEntry entry : program.projects()) {
                explicit.add(entry.projectId());
                member(byId.get(entry.projectId()), program.id(), PortfolioMember.Joined.EXPLICIT, entry.plan(),
                        members);
            }
        }
        for (ProjectEntry entry : f.projects()) {
            explicit.add(entry.projectId());
            member(byId.get(entry.projectId()), 0, PortfolioMember.Joined.EXPLICIT, entry.plan(), members);
        }
        Set<Long> categories = Set.copyOf(f.categoryIds());
        catalog.stream()
                .filter(p -> p.categoryId() != null && categories.contains(p.categoryId())
                        && !explicit.contains(p.id()))
                .sorted(Comparator.comparing(ProjectCatalog.Project::name).thenComparing(ProjectCatalog.Project::id))
                .forEach(p -> member(p, 0, PortfolioMember.Joined.CATEGORY, PlanFigures.NONE, members));
        return members;
    }

    private static void member(ProjectCatalog.Project project, long programId, PortfolioMember.Joined joined,
                               PlanFigures plan, List<PortfolioMember> members) {
        if (project != null) {
            members.add(new PortfolioMember(project.id(), project.key(), project.name(), programId, joined, plan));
        }
    }

    /**
     * The portfolio as the rollup engine takes it: portfolio → programs (key {@code program-<id>}, in order, empty
     * ones too) → projects (key = project key), then the direct projects. Each project's plan and thresholds are
     * resolved from the defaults; a program's thresholds are its own, else the portfolio's; the portfolio's its own,
     * else {@link RagThresholds#DEFAULTS}.
     */
    public static RollupScope resolve(Portfolio portfolio, Collection<ProjectCatalog.Project> catalog) {
        PortfolioFields f = portfolio.fields();
        Map<Long, List<RollupScope>> byProgram = new LinkedHashMap<>();
        Map<Long, PlanFigures> programDefaults = new LinkedHashMap<>();
        for (Program program : f.programs()) {
            byProgram.put(program.id(), new ArrayList<>());
            programDefaults.put(program.id(), program.defaults().orElse(f.defaults()));
        }
        List<RollupScope> direct = new ArrayList<>();
        for (PortfolioMember member : members(portfolio, catalog)) {
            PlanFigures inherited = member.programId() == 0 ? f.defaults() : programDefaults.get(member.programId());
            PlanFigures plan = member.plan().orElse(inherited);
            RollupScope node = RollupScope.project(member.projectKey(), member.projectName(), member.projectId(),
                    plan.toProjectPlan(), plan.thresholdsOrDefaults());
            (member.programId() == 0 ? direct : byProgram.get(member.programId())).add(node);
        }
        List<RollupScope> children = new ArrayList<>();
        for (Program program : f.programs()) {
            children.add(new RollupScope("program-" + program.id(), program.name(), RollupScope.Level.PROGRAM, 0,
                    ProjectPlan.NONE, programDefaults.get(program.id()).thresholdsOrDefaults(),
                    byProgram.get(program.id())));
        }
        children.addAll(direct);
        return new RollupScope(portfolio.scopeKey(), f.name(), RollupScope.Level.PORTFOLIO, 0,
                ProjectPlan.NONE, f.defaults().thresholdsOrDefaults(), children);
    }

    /**
     * The currency of a project's plan across the portfolios it belongs to: in each, the project's own, else its
     * program's, else the portfolio's (as {@link #resolve} does). Empty when it is in no portfolio, when none of
     * them sets a currency, or when they set different ones: money is then shown without a currency rather than in
     * a guessed one. A portfolio that sets none does not disagree with one that does.
     */
    public static Optional<String> planCurrency(long projectId, Collection<Portfolio> portfolios,
                                                Collection<ProjectCatalog.Project> catalog) {
        Set<String> currencies = new HashSet<>();
        for (Portfolio portfolio : portfolios) {
            PortfolioFields f = portfolio.fields();
            for (PortfolioMember member : members(portfolio, catalog)) {
                if (member.projectId() != projectId) {
                    continue;
                }
                PlanFigures inherited = member.programId() == 0 ? f.defaults()
                        : f.programs().stream().filter(p -> p.id() == member.programId()).findFirst()
                        .map(p -> p.defaults().orElse(f.defaults())).orElse(f.defaults());
                String currency = member.plan().orElse(inherited).currency();
                if (currency != null) {
                    currencies.add(currency);
                }
            }
        }
        return currencies.size() == 1 ? Optional.of(currencies.iterator().next()) : Optional.empty();
    }
}
