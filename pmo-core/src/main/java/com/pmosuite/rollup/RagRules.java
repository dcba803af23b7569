package com.pmosuite.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges a node's health from its own figures: SPI and CPI against their bounds, and the share of open issues that
 * are overdue. The status is the worst indicator judged; grey when none could be. A parent is judged on its own sums,
 * not on its worst child: a red project in a green portfolio stays visible as a red child, and the portfolio's chip
 * answers "how are we doing in total", which a single child cannot answer.
 */
final class RagRules {

    private RagRules() {
    }

    static RollupNode.Rag judge(RagThresholds bounds, Optional<BigDecimal> spi, Optional<BigDecimal> cpi,
                                long overdue, long open, boolean judgeIndices) {
        // The reasons that set the colour come first, so a reader (or a dashboard showing only the first few) sees
        // why the node is not green; met bounds and figures that could not be judged follow.
        List<String> reasons = new ArrayList<>();
        List<String> met = new ArrayList<>();
        RollupNode.RagStatus status = null;
        if (judgeIndices) {
            status = worse(status, index("SPI", spi, bounds.spiAmber(), bounds.spiRed(), reasons, met));
            status = worse(status, index("CPI", cpi, bounds.cpiAmber(), bounds.cpiRed(), reasons, met));
        }
        if (open == 0) {
            met.add("no open issues: overdue share not judged");
        } else {
            BigDecimal share = BigDecimal.valueOf(overdue).divide(BigDecimal.valueOf(open), 6, RoundingMode.HALF_UP);
            String observed = "overdue " + overdue + " of " + open + " open (" + percent(share) + ")";
            RollupNode.RagStatus found;
            if (share.compareTo(bounds.overdueShareRed()) > 0) {
                found = RollupNode.RagStatus.RED;
                reasons.add(observed + " > " + percent(bounds.overdueShareRed()));
            } else if (share.compareTo(bounds.overdueShareAmber()) > 0) {
                found = RollupNode.RagStatus.AMBER;
                reasons.add(observed + " > " + percent(bounds.overdueShareAmber()));
            } else {
                found = RollupNode.RagStatus.GREEN;
                met.add(observed + " ≤ " + percent(bounds.overdueShareAmber()));
            }
            status = worse(status, found);
        }
        reasons.addAll(met);
        return new RollupNode.Rag(status == null ? RollupNode.RagStatus.GREY : status, reasons);
    }

    private static RollupNode.RagStatus index(String name, Optional<BigDecimal> value, BigDecimal amber,
                                              BigDecimal red, List<String> reasons, List<String> met) {
        if (value.isEmpty()) {
            met.add(name + " not defined");
            return null;
        }
        BigDecimal v = value.get();
        if (v.compareTo(red) < 0) {
            reasons.add(name + " " + shown(v, red) + " < " + bound(red));
            return RollupNode.RagStatus.RED;
        }
        if (v.compareTo(amber) < 0) {
            reasons.add(name + " " + shown(v, amber) + " < " + bound(amber));
            return RollupNode.RagStatus.AMBER;
        }
        met.add(name + " " + shown(v, amber) + " ≥ " + bound(amber));
        return RollupNode.RagStatus.GREEN;
    }

    /** Two decimals, unless those would read as the bound itself while the index lies on one side of it. */
    private static String shown(BigDecimal value, BigDecimal bound) {
        BigDecimal two = value.setScale(2, RoundingMode.HALF_UP);
        if (two.compareTo(bound) == 0 && value.compareTo(bound) != 0) {
            return value.stripTrailingZeros().toPlainString();
        }
        return two.toPlainString();
    }

    private static String bound(BigDecimal bound) {
        return bound.setScale(Math.max(2, bound.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY)
                .toPlainString();
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static RollupNode.RagStatus worse(RollupNode.RagStatus a, RollupNode.RagStatus b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
