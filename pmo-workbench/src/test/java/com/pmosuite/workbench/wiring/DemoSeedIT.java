package com.pmosuite.workbench.wiring;

import com.pmosuite.risk.Risk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code --demo} seeds the risk registers once: a restart on the same data keeps them and adds nothing. */
class DemoSeedIT {

    @Test
    void restartingWithDemoOnTheSameDataNeitherDuplicatesNorLosesRisks(@TempDir Path data) {
        WorkbenchOptions options = WorkbenchOptions.parse("--port", "0", "--data", data.toString(), "--demo");
        List<Risk> first;
        try (WorkbenchComponents workbench = WorkbenchComponents.start(options, Clock.systemUTC())) {
            assertThat(workbench.seededRisks()).isGreaterThan(20);
            first = workbench.risks().register().all("ALPHA");
        }
        try (WorkbenchComponents again = WorkbenchComponents.start(options, Clock.systemUTC())) {
            assertThat(again.seededRisks()).isZero();
            assertThat(again.risks().register().all("ALPHA")).isEqualTo(first);
        }
    }

    @Test
    void withoutDemoNothingIsSeeded(@TempDir Path data) {
        WorkbenchOptions options = WorkbenchOptions.parse("--port", "0", "--data", data.toString());
        try (WorkbenchComponents workbench = WorkbenchComponents.start(options, Clock.systemUTC())) {
            assertThat(workbench.seededRisks()).isZero();
            assertThat(workbench.risks().register().all("ALPHA")).isEmpty();
        }
    }

    @Test
    void badOptionsAreExplained() {
        assertThatThrownBy(() -> WorkbenchOptions.parse("--port", "http"))
                .hasMessage("--port must be a number, not 'http'");
        assertThatThrownBy(() -> WorkbenchOptions.parse("--data"))
                .hasMessage("--data needs a value");
    }
}
