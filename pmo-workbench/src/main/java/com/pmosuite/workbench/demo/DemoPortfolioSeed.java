package com.pmosuite.workbench.demo;

import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.portfolio.PortfolioDraft;
import com.pmosuite.portfolio.Portfolios;

import java.util.List;
import java.util.Optional;

/**
 * The demo's portfolio, "Digital Transformation": program "Platform" with ALPHA and BETA, GAMMA chosen directly, and
 * DELTA joining through its category "Data". Plan figures are set at every level so that earned value has something
 * to work with and the defaults show: ALPHA, BETA and GAMMA have budgets of their own, DELTA takes the portfolio's;
 * the program's projects cost the program's hourly rate, GAMMA the portfolio's; GAMMA has its own baseline.
 * Written once through the same {@link Portfolios} the REST API uses.
 */
public final class DemoPortfolioSeed {
    public static final String NAME = "Digital Transformation";

    private DemoPortfolioSeed() {
    }

    /** Creates the demo portfolio unless one of that name exists; the created one, or empty. */
    public static Optional<Portfolio> seed(Portfolios portfolios, String actorKey) {
        if (portfolios.all().stream().anyMatch(p -> p.name().equals(NAME))) {
            return Optional.empty();
        }
        PortfolioDraft.Thresholds strict = new PortfolioDraft.Thresholds("0.95", "0.85", "0.95", "0.85", "0.10",
                "0.20");
        PortfolioDraft draft = new PortfolioDraft(NAME,
                "Replace the legacy platform and move customers to the new portal by the end of the year.", "pmo",
                "#0052cc",
                new PortfolioDraft.Plan("100000.00", "EUR", "2026-01-05", "2026-12-18", "85.00", null),
                List.of(new PortfolioDraft.ProgramDraft(null, "Platform", "Shared services the products build on.",
                        "dave", new PortfolioDraft.Plan(null, null, null, null, "95.00", strict),
                        List.of(new PortfolioDraft.Entry(10000L,
                                        new PortfolioDraft.Plan("240000.00", null, "2026-02-02", "2026-11-27", null,
                                                null)),
                                new PortfolioDraft.Entry(10001L,
                                        new PortfolioDraft.Plan("180000.00", null, null, null, null, null))))),
                List.of(new PortfolioDraft.Entry(10002L,
                        new PortfolioDraft.Plan("150000.00", null, "2026-03-02", "2026-10-30", null, null))),
                List.of(DemoPortfolio.DATA.id()));
        return Optional.of(portfolios.create(draft, actorKey));
    }
}
