package com.pmosuite.plugin.rollup.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;

import java.util.List;

/**
 * One node of a rollup tree over the wire (see docs/rest.md#rest-api-rollups). Money is a decimal string with 2
 * places, indices and progress fractions (0 to 1) decimal strings with 4, dates ISO {@code yyyy-mm-dd}; {@code null}
 * means "not defined". Issue nodes carry the Jira key and summary.
 *
 * @param level           {@code portfolio|program|project|above-epic|epic|without-epic|issue|sub-task}
 * @param hiddenProjects  projects under this node the reader may not browse, left out of its figures
 * @param omittedChildren children left out of this answer by its node bound
 */
public record RollupNodeJson(String key, String name, String level, Counts counts, Progress progress, Evm evm,
                             Rag rag, RiskExposure riskExposure, Schedule schedule, Effort effort, int hiddenProjects,
                             int omittedChildren, List<RollupNodeJson> children) implements JsonBody {

    /** Issues per status category. */
    public record Counts(long todo, long inProgress, long done, long total) implements JsonBody {
    }

    /** Share complete by issue count, story points and time. */
    public record Progress(String byCount, String byPoints, String byTime) implements JsonBody {
    }

    /** Earned value; {@code basis} is {@code points|time|count|none|mixed}. */
    public record Evm(String currency, String basis, String bac, String pv, String ev, String ac, String sv,
                      String cv, String spi, String cpi, String eac, String etc, String vac, String tcpi,
                      List<String> notes) implements JsonBody {
    }

    /** Health: {@code green|amber|red|grey}, with its reasons. */
    public record Rag(String status, List<String> reasons) implements JsonBody {
    }

    /** Live risks' EMV, threats and opportunities apart. */
    public record RiskExposure(String threats, String opportunities) implements JsonBody {
    }

    /** Dates and pace. */
    public record Schedule(String earliestStart, String latestDue, long overdue, long resolvedLastFourWeeks,
                           String forecastFinish) implements JsonBody {
    }

    /** Summed points, estimates and logged time (seconds). */
    public record Effort(String points, String donePoints, long originalEstimateSeconds,
                         long remainingEstimateSeconds, long timeSpentSeconds) implements JsonBody {
    }
}
