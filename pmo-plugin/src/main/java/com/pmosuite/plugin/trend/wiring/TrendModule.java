package com.pmosuite.plugin.trend.wiring;

import com.pmosuite.facts.IssueFactStore;
import com.pmosuite.plugin.facts.wiring.FactsModule;
import com.pmosuite.plugin.portfolio.wiring.PortfolioModule;
import com.pmosuite.plugin.trend.ao.AoSnapshotStore;
import com.pmosuite.plugin.wiring.PlatformServices;
import com.pmosuite.portfolio.Portfolios;
import com.pmosuite.rollup.RollupEngine;
import com.pmosuite.rollup.trend.SnapshotBackfill;
import com.pmosuite.rollup.trend.SnapshotJob;
import com.pmosuite.rollup.trend.SnapshotStore;
import com.pmosuite.rollup.trend.Trends;
import com.pmosuite.shared.schedule.JobSchedule;
import com.pmosuite.shared.schedule.ScheduledJob;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The trend capability: the daily snapshots (store, job, backfill) and their read side, built from the platform's
 * services, the portfolios (what is tracked, and the plans a trend applies) and the issue facts. The trend resource
 * receives this module and the access policy.
 */
@Named
public final class TrendModule {
    /** The capability's name wherever capabilities are told apart. */
    public static final String CAPABILITY = "trend";
    /**
     * Daily, RUN_ONCE_PER_CLUSTER like every job of the app; the first run fifteen minutes after start, so that a
     * starting Jira is not slowed by it and a node that was down still records the day. A second run on a day (a
     * restart) replaces that day's rows.
     */
    public static final JobSchedule SNAPSHOTS = JobSchedule.every(Duration.ofDays(1), Duration.ofMinutes(15));

    private final SnapshotStore store;
    private final Trends trends;
    private final SnapshotJob job;
    private final SnapshotBackfill backfill;
    private final Portfolios portfolios;
    private final Clock clock;
    private final ZoneId zone;

    @Inject
    public TrendModule(PlatformServices platform, PortfolioModule portfolios, FactsModule facts) {
        this(platform, portfolios, facts.store(), ZoneId.systemDefault());
    }

    /**
     * @param zone the server's time zone: a snapshot's day is the date there when the job runs, and a trend's default
     *             range ends on today there
     */
    public TrendModule(PlatformServices platform, PortfolioModule portfolios, IssueFactStore facts, ZoneId zone) {
        this.store = new AoSnapshotStore(platform.host().activeObjects());
        this.trends = new Trends(store);
        this.portfolios = portfolios.portfolios();
        this.clock = platform.clock();
        this.zone = zone;
        // A fresh engine per run, released after it: a daily job keeps no copy of the facts in memory.
        this.job = new SnapshotJob(() -> new RollupEngine(facts), this.portfolios::trackedProjectIds, store, clock, zone);
        this.backfill = new SnapshotBackfill(facts, store, zone);
    }

    public Trends trends() {
        return trends;
    }

    public Portfolios portfolios() {
        return portfolios;
    }

    /** The daily snapshot, to be scheduled with {@link #SNAPSHOTS}. */
    public ScheduledJob snapshotJob() {
        return job;
    }

    /** Fills past days from issue dates (the workbench's demo); days with rows are left alone. */
    public SnapshotBackfill backfill() {
        return backfill;
    }

    public SnapshotStore store() {
        return store;
    }

    /** Today in the server's zone: the day the job stores, and the end of a trend's default range. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
