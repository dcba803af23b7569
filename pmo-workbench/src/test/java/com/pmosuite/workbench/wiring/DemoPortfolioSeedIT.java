package com.pmosuite.workbench.wiring;

import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.portfolio.PortfolioMember;
import com.pmosuite.rollup.RollupScope;
import com.pmosuite.workbench.demo.DemoPortfolioSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code --demo} seeds "Digital Transformation" once, through the portfolio use cases, with plans at every level. */
class DemoPortfolioSeedIT {

    @Test
    void theDemoPortfolioHasAProgramADirectProjectAndACategoryProjectWithResolvedPlans(@TempDir Path data) {
        WorkbenchOptions options = WorkbenchOptions.parse("--port", "0", "--data", data.toString(), "--demo");
        try (WorkbenchComponents workbench = WorkbenchComponents.start(options, Clock.systemUTC())) {
            assertThat(workbench.seededPortfolio()).isTrue();
            Portfolio demo = workbench.portfolios().portfolios().all().get(0);
            assertThat(demo.name()).isEqualTo(DemoPortfolioSeed.NAME);
            assertThat(workbench.portfolios().portfolios().members(demo))
                    .extracting(PortfolioMember::projectKey, PortfolioMember::joined)
                    .containsExactly(tuple("ALPHA", PortfolioMember.Joined.EXPLICIT),
                            tuple("BETA", PortfolioMember.Joined.EXPLICIT),
                            tuple("GAMMA", PortfolioMember.Joined.EXPLICIT),
                            tuple("DELTA", PortfolioMember.Joined.CATEGORY));

            RollupScope scope = workbench.portfolios().portfolios().scope(demo.id());
            RollupScope platform = scope.children().get(0);
            assertThat(platform.name()).isEqualTo("Platform");
            assertThat(platform.children()).extracting(s -> s.plan().budgetAtCompletion(),
                            s -> s.plan().costRatePerHour(), s -> s.plan().currency())
                    .containsExactly(tuple(new BigDecimal("24000.00"), new BigDecimal("95.00"), "EUR"),
                            tuple(new BigDecimal("26000.00"), new BigDecimal("95.00"), "EUR"));
            RollupScope delta = scope.children().get(2);
            assertThat(delta.key()).isEqualTo("DELTA");
            assertThat(delta.plan().budgetAtCompletion()).isEqualTo(new BigDecimal("100000.00"));
            assertThat(workbench.portfolios().portfolios().trackedProjectIds())
                    .containsExactlyInAnyOrder(10000L, 10001L, 10002L, 10003L);
            assertThat(workbench.portfolios().portfolios().history(demo.id())).extracting(e -> e.actorKey())
                    .isEqualTo(List.of("pmo"));
        }
        try (WorkbenchComponents again = WorkbenchComponents.start(options, Clock.systemUTC())) {
            assertThat(again.seededPortfolio()).isFalse();
            assertThat(again.portfolios().portfolios().all()).hasSize(1);
        }
    }
}
