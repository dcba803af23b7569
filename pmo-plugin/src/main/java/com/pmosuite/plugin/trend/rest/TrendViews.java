package com.pmosuite.plugin.trend.rest;

import com.pmosuite.rollup.trend.Trend;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** Maps the core's trends to their JSON bodies. */
final class TrendViews {
    private TrendViews() {
    }

    static TrendJson json(Trend trend) {
        return new TrendJson(trend.currency().orElse(null), trend.scopeUnit().name().toLowerCase(Locale.ROOT),
                text(trend.bac()),
                trend.points().stream().map(p -> new TrendJson.SnapshotJson(p.date().toString(), text(p.pv()),
                        text(p.ev()), text(p.ac()), p.scopeDone().toPlainString(), p.scopeTotal().toPlainString(),
                        text(p.spi()), text(p.cpi()), p.source().name().toLowerCase(Locale.ROOT))).toList(),
                trend.hiddenProjects(), trend.notes());
    }

    private static String text(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse(null);
    }
}
