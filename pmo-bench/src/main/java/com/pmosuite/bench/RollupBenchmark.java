package com.pmosuite.bench;

import com.pmosuite.rollup.RollupEngine;
import com.pmosuite.rollup.RollupNode;
import com.pmosuite.rollup.RollupScope;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The rollup engine against the stream baseline, on one thread, over the same synthetic portfolio in the same run.
 * Run it as docs/performance.md says; the setup prints the engine's memory per fact.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RollupBenchmark {

    @Param({"100000", "1000000"})
    public int facts;

    private SyntheticPortfolio portfolio;
    private RollupEngine engine;
    private RollupScope oneProject;
    private int day;
    private long oneEpic;

    @Setup(Level.Trial)
    public void load() {
        portfolio = new SyntheticPortfolio(facts, 42);
        engine = new RollupEngine(new FactListStore(portfolio.facts));
        long started = System.nanoTime();
        engine.refresh();
        long loadMillis = (System.nanoTime() - started) / 1_000_000;
        oneProject = portfolio.scope.children().get(0).children().get(0);
        oneEpic = portfolio.facts.stream()
                .filter(f -> f.hierarchyLevel() == com.pmosuite.facts.IssueFact.EPIC && f.securityLevelId() == null)
                .skip(facts / 2000).findFirst().orElseThrow().issueId();
        checkBothAgree();
        printCpuTime();
        System.out.printf("%n[rollup-bench] %,d facts loaded in %,d ms; engine holds %,d bytes = %.1f bytes per fact%n",
                engine.size(), loadMillis, engine.bytesUsed(), (double) engine.bytesUsed() / engine.size());
    }

    /**
     * CPU time of this thread per call, beside JMH's wall-clock scores: on a shared machine the wall clock also
     * counts the time other processes held the core.
     */
    private void printCpuTime() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 2; round++) {
            int calls = facts >= 1_000_000 ? 20 : 100;
            long engineCpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < calls; i++) {
                enginePortfolio();
            }
            long streamsCpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < calls; i++) {
                streamsPortfolio();
            }
            long end = threads.getCurrentThreadCpuTime();
            System.out.printf("[rollup-bench] CPU time per call (round %d of 2, %d calls): engine after a change %.2f ms,"
                    + " streams %.2f ms%n", round + 1, calls, (streamsCpu - engineCpu) / 1e6 / calls,
                    (end - streamsCpu) / 1e6 / calls);
        }
    }

    /** Both sides must compute the same figures, or the ratio means nothing. */
    private void checkBothAgree() {
        RollupNode root = enginePortfolioUnchanged();
        Map<Long, StreamRollup.Figures> streams = streamsPortfolio();
        StreamRollup.Figures total = streams.get(0L);
        String engineSays = root.counts().total() + " " + root.effort().points() + " " + root.effort().timeSpentSeconds()
                + " " + root.schedule().overdue() + " " + root.schedule().resolvedLastFourWeeks() + " "
                + root.evm().ev().orElseThrow() + " " + root.evm().spi().orElseThrow();
        String streamsSay = (total.todo + total.inProgress + total.done) + " "
                + java.math.BigDecimal.valueOf(total.points).setScale(2, java.math.RoundingMode.HALF_UP) + " "
                + total.spent + " " + total.overdue + " " + total.recentlyResolved + " "
                + total.earnedValue.ev().orElseThrow() + " " + total.earnedValue.spi().orElseThrow();
        if (!engineSays.equals(streamsSay)) {
            throw new IllegalStateException("engine " + engineSays + " but streams " + streamsSay);
        }
        System.out.printf("[rollup-bench] both agree: issues, points, spent, overdue, resolved, EV, SPI = %s; %d hidden%n",
                engineSays, root.hiddenProjects());
    }

    /**
     * The portfolio page: portfolio → 5 programs → 49 visible projects, with EVM and RAG everywhere, after the facts
     * changed: each call asks for another of eight days, more than the engine keeps sums for, so every call scans
     * every fact, as the first rollup after an edit does.
     */
    @Benchmark
    public RollupNode enginePortfolio() {
        day = (day + 1) % 8;
        return engine.rollup(portfolio.scope, portfolio.visibility, portfolio.risks,
                SyntheticPortfolio.TODAY.plusDays(day));
    }

    /** The same page again with no change in between: the per-bucket sums of the day are reused. */
    @Benchmark
    public RollupNode enginePortfolioUnchanged() {
        return engine.rollup(portfolio.scope, portfolio.visibility, portfolio.risks, SyntheticPortfolio.TODAY);
    }

    /** The same project figures and portfolio sums with streams over fact objects. */
    @Benchmark
    public Map<Long, StreamRollup.Figures> streamsPortfolio() {
        return StreamRollup.rollup(portfolio.facts, portfolio.scope, portfolio.visibility, SyntheticPortfolio.TODAY);
    }

    /** An epic's panel: the epic, its stories and their sub-tasks, found among all facts. */
    @Benchmark
    public java.util.Optional<RollupNode> engineEpic() {
        return engine.rollupIssue(oneEpic, com.pmosuite.rollup.RagThresholds.DEFAULTS, portfolio.visibility,
                SyntheticPortfolio.TODAY, 2);
    }

    /** One project's page: the project down to its epics (a fiftieth of the facts, found by a scan of all). */
    @Benchmark
    public RollupNode engineProjectToEpics() {
        return engine.rollup(oneProject, portfolio.visibility, portfolio.risks, SyntheticPortfolio.TODAY, 1);
    }
}
