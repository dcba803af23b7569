package com.pmosuite.risk.portfolio;

import com.pmosuite.risk.CombinedHeatMap;
import com.pmosuite.risk.MultiProjectRiskQuery;
import com.pmosuite.risk.Risk;
import com.pmosuite.risk.RiskAssessment;
import com.pmosuite.risk.RiskHeatMap;
import com.pmosuite.risk.RiskRegister;
import com.pmosuite.risk.RiskSettings;
import com.pmosuite.risk.RiskSort;
import com.pmosuite.risk.RiskStatus;
import com.pmosuite.risk.RiskStore;
import com.pmosuite.risk.ScoreRange;
import com.pmosuite.risk.Severity;
import com.pmosuite.shared.Page;
import com.pmosuite.shared.PageRequest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The risks of several projects read as one register: a portfolio's list, its top risks, its overdue reviews, its
 * heat maps and its expected monetary value per currency. Which projects the reader may see is decided before these
 * are called; every read is one store query over those projects or an aggregate per project, never risk by risk.
 */
public final class PortfolioRisks {
    private static final Set<RiskStatus> LIVE = EnumSet.copyOf(
            Arrays.stream(RiskStatus.values()).filter(RiskStatus::isLive).toList());

    private final RiskRegister register;
    private final RiskStore store;

    /** @param store the register's own store, searched across projects */
    public PortfolioRisks(RiskRegister register, RiskStore store) {
        this.register = register;
        this.store = store;
    }

    /** Both heat maps of a set of projects, each project read once. */
    public record HeatMaps(CombinedHeatMap inherent, CombinedHeatMap residual) {
    }

    /**
     * A page of the projects' risks as one list. A severity means each risk's severity under its own project's
     * bands; a project filter narrows {@code projectKeys} and cannot add to them.
     */
    public Page<Risk> list(Collection<String> projectKeys, PortfolioRiskFilter filter, PageRequest page) {
        Set<String> searched = new LinkedHashSet<>(projectKeys);
        if (!filter.projectKeys().isEmpty()) {
            searched.retainAll(filter.projectKeys());
        }
        Set<RiskStatus> statuses = filter.statuses();
        if (filter.overdueOnly()) {
            // Only live risks are due for review, as on each project's register.
            Set<RiskStatus> live = EnumSet.copyOf(LIVE);
            if (!statuses.isEmpty()) {
                live.retainAll(statuses);
            }
            if (live.isEmpty()) {
                return new Page<>(List.of(), page.offset(), page.limit(), 0);
            }
            statuses = live;
        }
        Map<String, List<ScoreRange>> projects = new LinkedHashMap<>();
        for (String key : searched) {
            projects.put(key, filter.severities().isEmpty() ? List.of() : ranges(register.settings(key),
                    filter.severities()));
        }
        return store.searchProjects(new MultiProjectRiskQuery(projects, statuses, filter.ownerKey(),
                filter.overdueOnly() ? today() : null, filter.sort(), filter.descending(), page));
    }

    /** The live risks with the highest inherent scores, at most {@code limit}; equal scores oldest first. */
    public List<Risk> top(Collection<String> projectKeys, int limit) {
        return list(projectKeys, new PortfolioRiskFilter(Set.of(), LIVE, Set.of(), null, false, RiskSort.SCORE, true),
                PageRequest.first(limit)).items();
    }

    /** Live risks whose next review date is before today, the longest overdue first. */
    public Page<Risk> overdue(Collection<String> projectKeys, PageRequest page) {
        return list(projectKeys, new PortfolioRiskFilter(Set.of(), Set.of(), Set.of(), null, true,
                RiskSort.NEXT_REVIEW, false), page);
    }

    /** The inherent and residual heat maps of the projects: two aggregate queries per project. */
    public HeatMaps heatMaps(Collection<String> projectKeys) {
        Map<String, RiskHeatMap> byProject = new LinkedHashMap<>();
        projectKeys.forEach(key -> byProject.put(key, register.heatMap(key)));
        return new HeatMaps(CombinedHeatMap.of(byProject, false), CombinedHeatMap.of(byProject, true));
    }

    /**
     * The live risks' expected monetary value per currency (see {@link EmvByCurrency}): one aggregate query over
     * the projects, and each project's settings.
     *
     * @param currencyOf each project's plan currency, {@code null} when it names none
     */
    public List<CurrencyTotal> emvByCurrency(List<String> projectKeys, Function<String, String> currencyOf) {
        return EmvByCurrency.of(projectKeys, currencyOf, register.exposure(new LinkedHashSet<>(projectKeys)));
    }

    /**
     * What each risk's numbers mean under its own project's settings, each project's settings read once.
     */
    public Map<Long, RiskAssessment> assess(Collection<Risk> risks) {
        Map<String, RiskSettings> settings = new HashMap<>();
        Map<Long, RiskAssessment> assessed = new HashMap<>();
        for (Risk risk : risks) {
            assessed.put(risk.id(), register.assess(risk,
                    settings.computeIfAbsent(risk.projectKey(), register::settings)));
        }
        return assessed;
    }

    /** Today in the reader's time zone: reviews before it are overdue. */
    public LocalDate today() {
        return register.today();
    }

    private static List<ScoreRange> ranges(RiskSettings settings, Set<Severity> severities) {
        return severities.stream().sorted().map(s -> settings.bands().rangeOf(s, settings.matrix())).toList();
    }
}
