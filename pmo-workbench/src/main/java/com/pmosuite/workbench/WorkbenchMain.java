package com.pmosuite.workbench;

import com.pmosuite.workbench.demo.DemoPortfolioSeed;
import com.pmosuite.workbench.wiring.WorkbenchComponents;
import com.pmosuite.workbench.wiring.WorkbenchOptions;

import java.time.Clock;

/** Starts the workbench from the command line and prints where it is ready. */
public final class WorkbenchMain {
    private WorkbenchMain() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        WorkbenchOptions options;
        try {
            options = WorkbenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(WorkbenchOptions.USAGE);
            System.exit(2);
            return;
        }
        WorkbenchComponents workbench = WorkbenchComponents.start(options, Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(workbench::close, "workbench-shutdown"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (workbench.seededIssues() > 0) {
            System.out.println("Seeded the demo portfolio: " + workbench.seededIssues() + " issues");
        }
        if (workbench.generatedIssues() > 0) {
            System.out.println("Generated " + workbench.generatedIssues() + " issues");
        }
        if (workbench.seededRisks() > 0) {
            System.out.println("Seeded the demo portfolio: " + workbench.seededRisks() + " risks");
        }
        if (workbench.seededPortfolio()) {
            System.out.println("Seeded the demo portfolio \"" + DemoPortfolioSeed.NAME + "\"");
        }
        // The engine's own count of its columns, so memory per fact can be read without a heap dump (the rollup
        // bench reads this line; an endpoint would be public API for a figure only operators and benches need).
        var engine = workbench.rollups().engine();
        System.out.printf(java.util.Locale.ROOT, "Rollup engine: %,d facts in %,d bytes (%.1f bytes per fact)%n",
                engine.size(), engine.bytesUsed(), engine.size() == 0 ? 0.0 : (double) engine.bytesUsed() / engine.size());
        System.out.println("Started in " + millis + " ms; data in " + options.dataDirectory().toAbsolutePath());
        System.out.println("Log in as admin/admin, pmo/pmo, alice/alice or bob/bob");
        System.out.println("Workbench ready at " + workbench.server().baseUri());
    }
}
