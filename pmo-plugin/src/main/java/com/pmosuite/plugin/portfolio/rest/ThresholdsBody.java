package com.pmosuite.plugin.portfolio.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.portfolio.PortfolioDraft;
import com.pmosuite.rollup.RagThresholds;

/**
 * RAG thresholds in a portfolio body, read and written alike: all six bounds as decimal strings ({@code "0.95"}),
 * numbers accepted too; the whole object {@code null} when the level sets none.
 */
public record ThresholdsBody(String spiAmber, String spiRed, String cpiAmber, String cpiRed,
                             String overdueShareAmber, String overdueShareRed) implements JsonBody {

    static ThresholdsBody of(RagThresholds t) {
        return t == null ? null : new ThresholdsBody(t.spiAmber().toPlainString(), t.spiRed().toPlainString(),
                t.cpiAmber().toPlainString(), t.cpiRed().toPlainString(), t.overdueShareAmber().toPlainString(),
                t.overdueShareRed().toPlainString());
    }

    PortfolioDraft.Thresholds toDraft() {
        return new PortfolioDraft.Thresholds(spiAmber, spiRed, cpiAmber, cpiRed, overdueShareAmber, overdueShareRed);
    }
}
