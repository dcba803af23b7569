package com.pmosuite.plugin.risk.bench;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.risk.ao.AoRiskSettingsStore;
import com.pmosuite.plugin.risk.ao.AoRiskStore;
import com.pmosuite.plugin.testsupport.TestDatabases;
import com.pmosuite.plugin.testsupport.TestProjects;
import com.pmosuite.risk.FieldChange;
import com.pmosuite.risk.Risk;
import com.pmosuite.risk.RiskAssessment;
import com.pmosuite.risk.RiskFields;
import com.pmosuite.risk.RiskMatrix;
import com.pmosuite.risk.RiskOrdering;
import com.pmosuite.risk.RiskRegister;
import com.pmosuite.risk.RiskSettings;
import com.pmosuite.risk.RiskSort;
import com.pmosuite.risk.RiskStatus;
import com.pmosuite.risk.Severity;
import com.pmosuite.risk.SeverityBands;
import com.pmosuite.risk.portfolio.PortfolioRiskFilter;
import com.pmosuite.risk.portfolio.PortfolioRisks;
import com.pmosuite.shared.PageRequest;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryPeople;
import com.pmosuite.testkit.RiskDraftFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static com.pmosuite.testkit.RiskDraftFixture.aThreat;
import static com.pmosuite.testkit.RiskDraftFixture.anOpportunity;

/**
 * Measures a portfolio's risk reads on a generated portfolio (by default 50 projects x 200 risks, a fifth of the
 * projects on stricter severity bands) through the real AO store on HSQLDB and PostgreSQL: the list's pages, its
 * severity and overdue filters, the summary and both heat maps, each next to reading the same projects risk by risk
 * (every risk loaded, then filtered and sorted in memory), measured in the same run: the {@code x naive} column.
 * Not a test: it asserts nothing, and its name keeps it out of {@code mvn verify}. Run it by name:
 * {@code ./mvnw -B verify -pl pmo-plugin -am -Dtest=PortfolioRiskBench -Dsurefire.failIfNoSpecifiedTests=false
 * -DskipITs -Dbench.projects=50 -Dbench.risks=200}; see docs/performance.md.
 */
class PortfolioRiskBench {
    private static final int SAMPLES = Integer.getInteger("bench.samples", 15);
    private static final int PROJECTS = Integer.getInteger("bench.projects", 50);
    private static final int RISKS = Integer.getInteger("bench.risks", 200);
    private static final Instant AT = FixedClock.START;

    @Test
    void measure() {
        System.out.printf(Locale.ROOT, "%-9s %9s %-26s %9s %9s %8s%n", "database", "risks", "measure", "p50 ms",
                "p90 ms", "x naive");
        for (String name : System.getProperty("bench.db", "hsqldb,postgres").split(",")) {
            AoDatabase database = name.strip().equals("postgres") ? TestDatabases.postgres() : TestDatabases.hsqldb();
            try {
                run(name.strip(), database);
            } finally {
                database.close();
            }
        }
    }

    private void run(String name, AoDatabase database) {
        TestProjects projects = new TestProjects();
        AoRiskStore store = new AoRiskStore(database.activeObjects(), projects);
        AoRiskSettingsStore settings = new AoRiskSettingsStore(database.activeObjects(), projects);
        RiskRegister register = new RiskRegister(store, settings, InMemoryPeople.withAliceBobAndCarol(),
                FixedClock.atStart());
        PortfolioRisks risks = new PortfolioRisks(register, store);
        List<String> keys = new ArrayList<>();
        for (int p = 0; p < PROJECTS; p++) {
            String key = "P" + p;
            keys.add(key);
            if (p % 5 == 0) {
                settings.save(key, 0, new RiskSettings(RiskMatrix.FIVE_BY_FIVE, new SeverityBands(3, 6, 12)),
                        List.<FieldChange>of(), "alice", AT);
            }
            List<RiskFields> rows = new ArrayList<>();
            for (int r = 0; r < RISKS; r++) {
                rows.add(generated(p, r));
            }
            store.createAll(key, rows, "alice", AT);
        }
        int total = PROJECTS * RISKS;
        PageRequest first = PageRequest.first(50);
        // The naive way: every risk of every project read, then filtered, sorted and assessed in memory.
        long[] naiveTimes = time(() -> naiveTopPage(register, keys));
        double naive = p50(naiveTimes);
        report(name, total, "naive: all risks, sort", naiveTimes, naive);
        report(name, total, "list page 1 by score", time(() -> risks.list(keys, PortfolioRiskFilter.ALL, first)),
                naive);
        report(name, total, "list page 3 by title", time(() -> risks.list(keys, new PortfolioRiskFilter(Set.of(),
                Set.of(), Set.of(), null, false, RiskSort.TITLE, false), new PageRequest(100, 50))), naive);
        report(name, total, "list severity=critical", time(() -> risks.list(keys, new PortfolioRiskFilter(Set.of(),
                Set.of(), Set.of(Severity.CRITICAL), null, false, RiskSort.SCORE, true), first)), naive);
        report(name, total, "list overdue", time(() -> risks.overdue(keys, first)), naive);
        Map<String, String> currencies = new HashMap<>();
        keys.forEach(key -> currencies.put(key, key.hashCode() % 3 == 0 ? null : key.hashCode() % 3 == 1 ? "EUR" : "USD"));
        report(name, total, "EMV per currency", time(() -> risks.emvByCurrency(keys, currencies::get)), naive);
        report(name, total, "summary (EMV, top, overdue)", time(() -> {
            List<Risk> top = risks.top(keys, 10);
            List<Risk> late = risks.overdue(keys, PageRequest.first(10)).items();
            risks.assess(top);
            risks.assess(late);
            return risks.emvByCurrency(keys, currencies::get);
        }), naive);
        report(name, total, "both heat maps", time(() -> risks.heatMaps(keys)), naive);
    }

    private static Object naiveTopPage(RiskRegister register, List<String> keys) {
        List<Risk> all = new ArrayList<>();
        keys.forEach(key -> all.addAll(register.all(key)));
        Map<String, RiskSettings> settings = new HashMap<>();
        List<Risk> page = all.stream().sorted(RiskOrdering.of(RiskSort.SCORE, true)).limit(50).toList();
        List<RiskAssessment> assessed = page.stream().map(risk -> register.assess(risk,
                settings.computeIfAbsent(risk.projectKey(), register::settings))).toList();
        return assessed;
    }

    private static RiskFields generated(int project, int index) {
        int seed = project * 7919 + index * 104729;
        RiskDraftFixture draft = (seed % 4 == 0 ? anOpportunity() : aThreat())
                .withTitle("Risk " + Integer.toHexString(seed * 31 + 17) + " of P" + project)
                .withProbability(1 + Math.floorMod(seed, 5)).withImpact(1 + Math.floorMod(seed / 5, 5))
                .withStatus(RiskStatus.values()[Math.floorMod(seed / 25, 3) == 2 ? 4 : Math.floorMod(seed / 25, 2) * 2])
                .withCostImpact(String.valueOf(100 + Math.floorMod(seed, 9000)) + ".00")
                .withNextReviewDate(LocalDate.of(2026, 1, 1).plusDays(Math.floorMod(seed, 120)));
        if (seed % 3 == 0) {
            draft = draft.withResidual(1, 1);
        }
        return draft.fields();
    }

    private static long[] time(Supplier<?> read) {
        for (int i = 0; i < 3; i++) {
            read.get();
        }
        long[] nanos = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            read.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double p50(long[] sorted) {
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double p90(long[] sorted) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(sorted.length * 0.9))] / 1e6;
    }

    private static void report(String database, int risks, String measure, long[] sorted, double naive) {
        System.out.printf(Locale.ROOT, "%-9s %9d %-26s %9.1f %9.1f %8.3f%n", database, risks, measure, p50(sorted),
                p90(sorted), p50(sorted) / naive);
    }
}
