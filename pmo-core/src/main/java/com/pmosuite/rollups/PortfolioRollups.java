package com.pmosuite.rollups;

import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.portfolio.PortfolioMember;
import com.pmosuite.portfolio.Portfolios;
import com.pmosuite.portfolio.ProjectCatalog;
import com.pmosuite.risk.RiskRegister;
import com.pmosuite.rollup.ProjectPlan;
import com.pmosuite.rollup.RagThresholds;
import com.pmosuite.rollup.RiskExposure;
import com.pmosuite.rollup.RollupEngine;
import com.pmosuite.rollup.RollupNode;
import com.pmosuite.rollup.RollupScope;
import com.pmosuite.rollup.Visibility;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.shared.ViewerZone;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rollup use cases for one reader: a portfolio, a project or an issue (epic or parent) rolled up from the issue
 * facts, with only the projects the reader may browse and the issues at security levels they can see, risk exposure
 * of those projects, and "today" in the reader's time zone. Each read first catches the engine up with the facts
 * store (one cheap call when nothing changed), so edits made on another cluster node are seen.
 *
 * <p>A project asked for by itself rolls up with its plan and thresholds from the portfolio that holds it (the
 * lowest portfolio id when several do); a project in no portfolio rolls up with {@link ProjectPlan#NONE} (progress,
 * no earned value) and {@link RagThresholds#DEFAULTS}. Its issue facts exist only while some portfolio tracks it.
 */
public final class PortfolioRollups {
    /** Issue levels below projects (portfolio and project rollups) or below the issue (issue rollups). */
    public static final int MAX_DEPTH = 3;
    /**
     * Nodes per answer at most: breadth first, so every level above the cut is whole; a node whose children were cut
     * says how many ({@link Answer#omittedChildren}).
     */
    public static final int MAX_NODES = 2000;
    /**
     * Issues a rollup may hold for depth 2 or more, where the engine builds a node for every story or sub-task
     * before the answer is bounded: beyond this, a deeper look is asked of one project or one epic instead.
     */
    public static final int MAX_ISSUES_BELOW_DEPTH_1 = 20_000;

    private final RollupEngine engine;
    private final Portfolios portfolios;
    private final RiskRegister risks;
    private final IssueTitles titles;
    private final ViewerZone zone;
    private final Clock clock;

    public PortfolioRollups(RollupEngine engine, Portfolios portfolios, RiskRegister risks, IssueTitles titles,
                            ViewerZone zone, Clock clock) {
        this.engine = engine;
        this.portfolios = portfolios;
        this.risks = risks;
        this.titles = titles;
        this.zone = zone;
        this.clock = clock;
    }

    /**
     * A rollup answer: the tree (at most {@link #MAX_NODES} nodes), the titles of its issue nodes, and per node how
     * many of its children were left out by the bound.
     *
     * @param today the reader's date the figures are computed for
     */
    public record Answer(RollupNode root, Map<Long, IssueTitles.Title> titles,
                         Map<RollupNode, Integer> omittedChildren, LocalDate today) {

        /** Children of this node left out of the answer by the node bound. */
        public int omittedChildrenOf(RollupNode node) {
            return omittedChildren.getOrDefault(node, 0);
        }
    }

    /**
     * The portfolio rolled up to its projects and {@code depth} issue levels below them. Not found when it does not
     * exist, or when the reader is no PMO admin and may browse none of its projects.
     */
    public Answer portfolio(long portfolioId, RollupReader reader, int depth) {
        checkDepth(depth);
        Portfolio portfolio = portfolios.find(portfolioId).orElseThrow(() -> notFound(portfolioId));
        Visibility visibility = reader.visibility();
        if (!reader.pmoAdmin() && portfolios.members(portfolio).stream()
                .mapToLong(PortfolioMember::projectId).noneMatch(visibility::projectVisible)) {
            throw notFound(portfolioId);
        }
        RollupScope scope = portfolios.scope(portfolio);
        return rolledUp(scope, visibility, depth);
    }

    /** A project rolled up to {@code depth} issue levels; not found when it does not exist or the reader may not browse it. */
    public Answer project(String projectKey, RollupReader reader, int depth) {
        checkDepth(depth);
        ProjectCatalog.Project project = projectByKey(projectKey)
                .orElseThrow(() -> new NotFound("Project " + projectKey));
        Visibility visibility = reader.visibility();
        if (!visibility.projectVisible(project.id())) {
            throw new NotFound("Project " + projectKey);
        }
        return rolledUp(projectScope(project), visibility, depth);
    }

    /**
     * An issue (epic, parent, level above epics) and {@code depth} levels of its descendants. Not found when it does
     * not exist, the reader may not see it, or its facts are not kept (its project is in no portfolio).
     */
    public Answer issue(String issueKey, RollupReader reader, int depth) {
        checkDepth(depth);
        IssueTitles.Title title = titles.byKey(issueKey).orElseThrow(() -> new NotFound("Issue " + issueKey));
        Visibility visibility = reader.visibility();
        if (!visibility.projectVisible(title.projectId())) {
            throw new NotFound("Issue " + issueKey);
        }
        RagThresholds thresholds = projectById(title.projectId()).map(this::projectScope)
                .map(RollupScope::thresholds).orElse(RagThresholds.DEFAULTS);
        engine.refresh();
        LocalDate today = today();
        if (depth >= 2) {
            checkDeepSize(engine.rollupIssue(title.issueId(), thresholds, visibility, today, 0)
                    .orElseThrow(() -> new NotFound("Issue " + issueKey)), "ask for one of its children");
        }
        RollupNode root = engine.rollupIssue(title.issueId(), thresholds, visibility, today, depth)
                .orElseThrow(() -> new NotFound("Issue " + issueKey));
        return bounded(root, today);
    }

    private Answer rolledUp(RollupScope scope, Visibility visibility, int depth) {
        Map<Long, RiskExposure> exposure = exposure(scope, visibility);
        engine.refresh();
        LocalDate today = today();
        if (depth >= 2) {
            // The shallow rollup is the cached per-bucket sums: cheap, and it says how many issues a deep one builds.
            checkDeepSize(engine.rollup(scope, visibility, exposure, today, 0), scope.level() == RollupScope.Level
                    .PORTFOLIO ? "ask /projects/{key}/rollup or /issues/{key}/rollup for deeper levels"
                    : "ask /issues/{key}/rollup of an epic for deeper levels");
        }
        return bounded(engine.rollup(scope, visibility, exposure, today, depth), today);
    }

    private static void checkDeepSize(RollupNode shallow, String instead) {
        if (shallow.counts().total() > MAX_ISSUES_BELOW_DEPTH_1) {
            throw ValidationFailed.of("depth", "must be 0 or 1 where more than " + MAX_ISSUES_BELOW_DEPTH_1
                    + " issues roll up (" + shallow.counts().total() + " here): " + instead);
        }
    }

    /** Risk exposure of the scope's projects the reader may browse, by project id. */
    private Map<Long, RiskExposure> exposure(RollupScope scope, Visibility visibility) {
        Map<String, Long> idsByKey = new HashMap<>();
        collectVisibleProjects(scope, visibility, idsByKey);
        if (idsByKey.isEmpty()) {
            return Map.of();
        }
        Map<Long, RiskExposure> byId = new HashMap<>();
        risks.exposure(Set.copyOf(idsByKey.keySet())).forEach((key, value) -> {
            Long id = idsByKey.get(key);
            if (id != null) {
                byId.put(id, new RiskExposure(value.threats(), value.opportunities()));
            }
        });
        return byId;
    }

    private static void collectVisibleProjects(RollupScope scope, Visibility visibility, Map<String, Long> into) {
        if (scope.level() == RollupScope.Level.PROJECT && visibility.projectVisible(scope.projectId())) {
            into.put(scope.key(), scope.projectId());
        }
        scope.children().forEach(child -> collectVisibleProjects(child, visibility, into));
    }

    /** The project's node as the lowest-id portfolio holding it resolves it, else without a plan. */
    private RollupScope projectScope(ProjectCatalog.Project project) {
        for (Portfolio portfolio : portfolios.all().stream().sorted(Comparator.comparingLong(Portfolio::id)).toList()) {
            Optional<RollupScope> found = find(portfolios.scope(portfolio), project.id());
            if (found.isPresent()) {
                return found.get();
            }
        }
        return RollupScope.project(project.key(), project.name(), project.id(), ProjectPlan.NONE,
                RagThresholds.DEFAULTS);
    }

    private static Optional<RollupScope> find(RollupScope scope, long projectId) {
        if (scope.level() == RollupScope.Level.PROJECT && scope.projectId() == projectId) {
            return Optional.of(scope);
        }
        for (RollupScope child : scope.children()) {
            Optional<RollupScope> found = find(child, projectId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<ProjectCatalog.Project> projectByKey(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        String wanted = key.strip().toUpperCase(Locale.ROOT);
        return portfolios.catalog().projects().stream().filter(p -> p.key().equals(wanted)).findFirst();
    }

    private Optional<ProjectCatalog.Project> projectById(long id) {
        return portfolios.catalog().projects().stream().filter(p -> p.id() == id).findFirst();
    }

    /** Keeps the first {@link #MAX_NODES} nodes breadth first and looks up titles for the issue nodes kept. */
    private Answer bounded(RollupNode root, LocalDate today) {
        Map<RollupNode, Boolean> kept = new IdentityHashMap<>();
        Deque<RollupNode> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty() && kept.size() < MAX_NODES) {
            RollupNode node = queue.poll();
            kept.put(node, Boolean.TRUE);
            queue.addAll(node.children());
        }
        Map<RollupNode, Integer> omitted = new IdentityHashMap<>();
        RollupNode trimmed = trim(root, kept, omitted);
        Set<Long> issueIds = new LinkedHashSet<>();
        collectIssueIds(trimmed, issueIds);
        Map<Long, IssueTitles.Title> found = issueIds.isEmpty() ? Map.of() : Map.copyOf(titles.byIds(issueIds));
        return new Answer(trimmed, found, omitted, today);
    }

    private static RollupNode trim(RollupNode node, Map<RollupNode, Boolean> kept, Map<RollupNode, Integer> omitted) {
        List<RollupNode> children = new ArrayList<>();
        int left = 0;
        boolean same = true;
        for (RollupNode child : node.children()) {
            if (kept.containsKey(child)) {
                RollupNode trimmed = trim(child, kept, omitted);
                same &= trimmed == child;
                children.add(trimmed);
            } else {
                left++;
            }
        }
        RollupNode copy = left == 0 && same ? node
                : new RollupNode(node.key(), node.name(), node.level(), node.issueId(), node.counts(), node.progress(),
                node.effort(), node.schedule(), node.evm(), node.rag(), node.riskExposure(), node.hiddenProjects(),
                children);
        if (left > 0) {
            omitted.put(copy, left);
        }
        return copy;
    }

    private static void collectIssueIds(RollupNode node, Set<Long> into) {
        if (node.issueId() != 0) {
            into.add(node.issueId());
        }
        node.children().forEach(child -> collectIssueIds(child, into));
    }

    private LocalDate today() {
        return clock.instant().atZone(zone.zone()).toLocalDate();
    }

    private static void checkDepth(int depth) {
        if (depth < 0 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("depth must be 0.." + MAX_DEPTH + ": " + depth);
        }
    }

    private static NotFound notFound(long portfolioId) {
        return new NotFound("Portfolio " + portfolioId);
    }
}
