package com.pmosuite.plugin.platform;

import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.fail;

/**
 * The browser libraries the build copies from npm into the plugin ({@code web/vendor/}). A build with
 * {@code -Dpmo.skipNpm=true} leaves them out: the tests that look for them are then skipped on a developer machine,
 * and fail on CI ({@code CI=true}), where the jar must be the one that ships.
 */
final class VendoredLibraries {
    static final String FOLDER = "web/vendor/";
    static final String CHART_LIBRARY = FOLDER + "uplot/uPlot.iife.min.js";
    static final String CHART_STYLES = FOLDER + "uplot/uPlot.min.css";
    static final String CHART_LICENCE = FOLDER + "uplot/LICENSE";

    private VendoredLibraries() {
    }

    /** Whether this build left the npm libraries out on purpose. */
    static boolean skipped() {
        return Boolean.getBoolean("pmo.skipNpm") && !"true".equalsIgnoreCase(System.getenv("CI"));
    }

    static boolean isVendored(String location) {
        return location.startsWith(FOLDER);
    }

    /** Skips the calling test in a build without npm, or fails it on CI. */
    static void requireCopiedFromNpm() {
        if (!Boolean.getBoolean("pmo.skipNpm")) {
            return;
        }
        String why = "built with -Dpmo.skipNpm=true: the plugin has no " + FOLDER + " libraries";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(why);
        }
        Assumptions.abort(why);
    }
}
