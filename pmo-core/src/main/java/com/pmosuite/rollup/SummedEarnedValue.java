package com.pmosuite.rollup;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Earned value of projects from their plans and summed facts, by the rollup's own rules (docs/evm.md): each project's
 * BAC, PV, EV and AC from its plan and its sums, then the sums over projects with the indices computed from those
 * sums. What a trend computes for each day from the snapshots a reader may see.
 */
public final class SummedEarnedValue {

    /** One project's plan and the sums of its issues a reader sees on the day. */
    public record Project(ProjectPlan plan, FactSums sums) {
        public Project {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(sums, "sums");
        }
    }

    private SummedEarnedValue() {
    }

    /**
     * The earned value over these projects (each once) on {@code day}: PV from each baseline on that day, EV from each
     * project's share complete on its own basis, AC from its actual cost or logged time, summed within one currency.
     */
    public static RollupNode.Evm of(List<Project> projects, LocalDate day) {
        Objects.requireNonNull(day, "day");
        return EvmInputs.sum(projects.stream().map(p -> EvmInputs.ofProject(p.plan, p.sums.toTally(), day)).toList())
                .toEvm();
    }
}
