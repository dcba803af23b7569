package com.pmosuite.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One node of a rollup tree, immutable: a portfolio, program, project, issue or group of issues, with its own figures
 * (which include everything below it, each issue once) and its children. Empty {@link Optional}s mean "not defined".
 *
 * @param key            the scope's key for PMO levels; the issue id (as text) for issue nodes;
 *                       {@code <project key>/without-epic} for the group of a project's issues outside any epic
 * @param name           the scope's name; empty for issue nodes (the REST layer adds key and summary)
 * @param level          what the node is
 * @param issueId        the issue's id for issue nodes, 0 otherwise
 * @param counts         issues per status category
 * @param progress       share complete on three bases
 * @param effort         summed points, estimates and logged time
 * @param schedule       dates, overdue issues, forecast
 * @param evm            earned value; only projects and the levels above have it
 * @param rag            health with its reasons
 * @param riskExposure   live risks' EMV; only projects and the levels above have it
 * @param hiddenProjects projects under this node the reader may not browse (left out of figures and children)
 * @param children       nodes below, in scope order for PMO levels and by issue id for issues
 */
public record RollupNode(String key, String name, Level level, long issueId, Counts counts, Progress progress,
                         Effort effort, Schedule schedule, Evm evm, Rag rag, Optional<RiskExposure> riskExposure,
                         int hiddenProjects, List<RollupNode> children) {

    /** The levels of the hierarchy portfolio → program → project → levels above epic → epic → issue → sub-task. */
    public enum Level { PORTFOLIO, PROGRAM, PROJECT, ABOVE_EPIC, EPIC, WITHOUT_EPIC, ISSUE, SUB_TASK }

    public RollupNode {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        children = List.copyOf(children);
    }

    /**
     * Issues per Jira status category; every issue once, whatever its level.
     */
    public record Counts(long todo, long inProgress, long done, long total) {
    }

    /**
     * Share complete from 0 to 1 (4 decimals): done ÷ total issues; done points ÷ all points; time spent ÷ (spent +
     * remaining). Each empty when its denominator is zero.
     */
    public record Progress(Optional<BigDecimal> byCount, Optional<BigDecimal> byPoints, Optional<BigDecimal> byTime) {
    }

    /**
     * Summed effort: story points of standard issues (all, and done), and every issue's own estimates and logged time.
     */
    public record Effort(BigDecimal points, BigDecimal donePoints, long originalEstimateSeconds,
                         long remainingEstimateSeconds, long timeSpentSeconds) {
    }

    /**
     * Dates and pace: earliest start and latest due date of any issue, open issues past their due date, and the
     * finish forecast from the throughput of the last four weeks.
     *
     * @param resolvedLastFourWeeks issues below epics resolved in the 28 days up to today
     * @param forecastFinish        today + open issues below epics ÷ that throughput; the latest resolution when
     *                              nothing is open; empty when work is open and nothing was resolved recently
     */
    public record Schedule(Optional<LocalDate> earliestStart, Optional<LocalDate> latestDue, long overdue,
                           long resolvedLastFourWeeks, Optional<LocalDate> forecastFinish) {
    }

    /**
     * Earned value of a project, or the sums of its projects' PV, EV, AC and BAC with indices from those sums.
     * {@code eac} is the typical EAC (BAC ÷ CPI) and {@code tcpi} the TCPI to finish on budget (see docs/evm.md).
     *
     * @param currency ISO 4217 code of every money figure; empty when there is none or currencies differ
     * @param basis    what % complete (and so EV) was measured on
     * @param notes    why figures are missing: no plan, mixed currencies, projects left out of a sum
     */
    public record Evm(Optional<String> currency, EvBasis basis, Optional<BigDecimal> bac, Optional<BigDecimal> pv,
                      Optional<BigDecimal> ev, Optional<BigDecimal> ac, Optional<BigDecimal> sv,
                      Optional<BigDecimal> cv, Optional<BigDecimal> spi, Optional<BigDecimal> cpi,
                      Optional<BigDecimal> eac, Optional<BigDecimal> etc, Optional<BigDecimal> vac,
                      Optional<BigDecimal> tcpi, List<String> notes) {
        public Evm {
            notes = List.copyOf(notes);
        }
    }

    /** Health against the node's thresholds, with one reason per indicator judged (or not judgeable). */
    public record Rag(RagStatus status, List<String> reasons) {
        public Rag {
            Objects.requireNonNull(status, "status");
            reasons = List.copyOf(reasons);
        }
    }

    /** Green, amber, red, or grey when no indicator could be judged. */
    public enum RagStatus { GREEN, AMBER, RED, GREY }
}
