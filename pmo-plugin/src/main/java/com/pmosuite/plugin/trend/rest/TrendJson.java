package com.pmosuite.plugin.trend.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;

import java.util.List;

/**
 * A trend as {@code PMO.charts} draws it (see pmo-charts.js): money and indices as decimal strings, {@code null} for
 * "not defined".
 *
 * @param currency       ISO 4217 code of every money value; null when currencies mix or none is planned
 * @param scopeUnit      {@code points}, {@code issues} or {@code hours}: what scopeDone and scopeTotal count
 * @param bac            budget at completion of the visible projects
 * @param snapshots      one per day with a snapshot, oldest first
 * @param hiddenProjects projects the reader may not browse, left out of every figure
 * @param notes          why figures are missing or partial
 */
public record TrendJson(String currency, String scopeUnit, String bac, List<SnapshotJson> snapshots,
                        int hiddenProjects, List<String> notes) implements JsonBody {

    /**
     * One day: {@code date} yyyy-MM-dd; money 2 decimals; scope counts as decimal strings; indices 4 decimals;
     * {@code source} {@code recorded}, {@code backfilled} (from issue dates: no AC or CPI) or {@code demo} (made up).
     */
    public record SnapshotJson(String date, String pv, String ev, String ac, String scopeDone, String scopeTotal,
                               String spi, String cpi, String source) implements JsonBody {
    }
}
