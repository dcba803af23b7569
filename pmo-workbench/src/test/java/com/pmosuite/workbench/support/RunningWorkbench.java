package com.pmosuite.workbench.support;

import com.pmosuite.workbench.wiring.WorkbenchComponents;
import com.pmosuite.workbench.wiring.WorkbenchOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * One workbench per test JVM, started as a user would start it ({@code --demo}, HSQLDB file database in a fresh
 * temporary data directory) but on a free port. Tests share it and must therefore create their own risks rather
 * than depend on counts of the seeded ones.
 */
public final class RunningWorkbench {
    private static WorkbenchComponents workbench;

    private RunningWorkbench() {
    }

    public static synchronized WorkbenchComponents get() {
        if (workbench == null) {
            Path data;
            try {
                data = Files.createTempDirectory("pmo-workbench-it");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            workbench = WorkbenchComponents.start(
                    WorkbenchOptions.parse("--port", "0", "--data", data.toString(), "--demo"), Clock.systemUTC());
            Runtime.getRuntime().addShutdownHook(new Thread(workbench::close));
        }
        return workbench;
    }

    /** For example {@code http://localhost:41234/}. */
    public static URI baseUri() {
        return get().server().baseUri();
    }
}
