package com.pmosuite.shared;

import com.pmosuite.shared.contract.PmoLocksContract;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The locks of a single node, held in this JVM, and the names every lock service is given. */
class PmoLocksTest extends PmoLocksContract {
    @Override
    protected PmoLocks locks() {
        return PmoLocks.inThisJvm();
    }

    @Test
    void lockNamesCarryTheCapabilityAndRefuseAnythingElse() {
        assertThat(PmoLocks.projectLockName("risk", "10000")).isEqualTo("risk.project.10000");
        assertThat(PmoLocks.jobLockName("review-reminders")).isEqualTo("jobs.review-reminders");
        assertThatThrownBy(() -> PmoLocks.inThisJvm().projects("Risk Register"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PmoLocks.jobLockName("../x")).isInstanceOf(IllegalArgumentException.class);
    }
}
