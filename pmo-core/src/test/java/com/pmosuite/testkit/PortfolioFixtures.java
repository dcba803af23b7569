package com.pmosuite.testkit;

import com.pmosuite.portfolio.PlanFigures;
import com.pmosuite.portfolio.PortfolioDraft;
import com.pmosuite.portfolio.PortfolioFields;
import com.pmosuite.portfolio.Program;
import com.pmosuite.portfolio.ProjectEntry;
import com.pmosuite.rollup.RagThresholds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Portfolios for tests: valid content to start from, as fields (for stores) and as drafts (for use cases). */
public final class PortfolioFixtures {
    public static final RagThresholds STRICT = new RagThresholds(new BigDecimal("0.98"), new BigDecimal("0.90"),
            new BigDecimal("0.97"), new BigDecimal("0.88"), new BigDecimal("0.05"), new BigDecimal("0.15"));

    private PortfolioFixtures() {
    }

    public static PlanFigures plan(String bac, String currency, String start, String finish, String rate) {
        return new PlanFigures(bac == null ? null : new BigDecimal(bac), currency,
                start == null ? null : LocalDate.parse(start), finish == null ? null : LocalDate.parse(finish),
                rate == null ? null : new BigDecimal(rate), null);
    }

    /** "Digital Transformation": program Platform (ALPHA with a plan, BETA), GAMMA direct, category Data. */
    public static PortfolioFields digitalTransformation() {
        return new PortfolioFields("Digital Transformation", "Modernise the platform", "alice", "#0052cc",
                plan(null, "EUR", "2026-01-01", "2026-12-31", "80.00"),
                List.of(new Program(0, "Platform", "Shared services", "bob",
                        plan(null, null, null, null, "95.00"),
                        List.of(new ProjectEntry(10000, plan("120000.00", null, null, null, null)),
                                new ProjectEntry(10001, PlanFigures.NONE)))),
                List.of(new ProjectEntry(10002, plan("50000.00", "USD", "2026-03-01", "2026-09-30", null))),
                List.of(InMemoryProjectCatalog.DATA.id()));
    }

    public static PortfolioFields named(String name) {
        return new PortfolioFields(name, null, null, "#36b37e", PlanFigures.NONE, List.of(), List.of(), List.of());
    }

    /** The draft a client would send for {@link #digitalTransformation()}. */
    public static PortfolioDraft digitalTransformationDraft() {
        return PortfolioDraft.of(digitalTransformation());
    }
}
