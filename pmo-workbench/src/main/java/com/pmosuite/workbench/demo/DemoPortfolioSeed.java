package com.pmosuite.workbench.demo;

import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.portfolio.PortfolioDraft;
import com.pmosuite.portfolio.Portfolios;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The demo's portfolio, "Digital Transformation": program "Platform" with ALPHA and BETA, GAMMA chosen directly, and
 * DELTA joining through its category "Data". Plan figures are set at every level so that earned value has something
 * to work with and the defaults show: ALPHA, BETA and GAMMA have budgets of their own, DELTA takes the portfolio's;
 * the program's projects cost the program's hourly rate, GAMMA the portfolio's; GAMMA has its own baseline.
 * Baselines are placed around the day of seeding and budgets sized to the demo's logged work, so a newcomer sees
 * indices a real portfolio could have (some green or amber, some red), not projects long past their finish.
 * Written once through the same {@link Portfolios} the REST API uses.
 */
public final class DemoPortfolioSeed {
    public static final String NAME = "Digital Transformation";

    private DemoPortfolioSeed() {
    }

    /** Creates the demo portfolio unless one of that name exists; the created one, or empty. */
    public static Optional<Portfolio> seed(Portfolios portfolios, String actorKey, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (portfolios.all().stream().anyMatch(p -> p.name().equals(NAME))) {
            return Optional.empty();
        }
        PortfolioDraft.Thresholds strict = new PortfolioDraft.Thresholds("0.95", "0.85", "0.95", "0.85", "0.10",
                "0.20");
        PortfolioDraft draft = new PortfolioDraft(NAME,
                "Replace the legacy platform and move customers to the new portal by the end of the year.", "pmo",
                "#0052cc",
                new PortfolioDraft.Plan("100000.00", "EUR", weeks(today, -10), weeks(today, 16), "85.00", null),
                List.of(new PortfolioDraft.ProgramDraft(null, "Platform", "Shared services the products build on.",
                        "dave", new PortfolioDraft.Plan(null, null, null, null, "95.00", strict),
                        List.of(new PortfolioDraft.Entry(10000L,
                                        new PortfolioDraft.Plan("24000.00", null, weeks(today, -12), weeks(today, 17), null,
                                                null)),
                                new PortfolioDraft.Entry(10001L,
                                        new PortfolioDraft.Plan("26000.00", null, null, null, null, null))))),
                List.of(new PortfolioDraft.Entry(10002L,
                        new PortfolioDraft.Plan("27000.00", null, weeks(today, -14), weeks(today, 12), null, null))),
                List.of(DemoPortfolio.DATA.id()));
        return Optional.of(portfolios.create(draft, actorKey));
    }

    private static String weeks(LocalDate today, int weeks) {
        return today.plusWeeks(weeks).toString();
    }
}
