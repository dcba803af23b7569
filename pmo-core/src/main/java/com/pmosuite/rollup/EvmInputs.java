package com.pmosuite.rollup;

import com.pmosuite.evm.EarnedValue;
import com.pmosuite.evm.PlannedValue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The unrounded BAC, PV, EV and AC of a project or of a sum of projects, with the notes that explain what is missing.
 * Sums are taken from these, never from rounded or derived figures. {@code null} means "not defined".
 */
record EvmInputs(String currency, EvBasis basis, BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac,
                 List<String> notes) {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    /** A project's figures from its plan and its visible facts. */
    static EvmInputs ofProject(ProjectPlan plan, Tally tally, LocalDate today) {
        List<String> notes = new ArrayList<>();
        BigDecimal bac = plan.budgetAtCompletion();
        EvBasis basis = basisOf(tally);
        if (bac == null) {
            notes.add("no budget at completion: earned value not defined");
            return new EvmInputs(plan.currency(), basis, null, null, null, null, notes);
        }
        if (plan.currency() == null) {
            notes.add("no currency for the budget");
        }
        BigDecimal pv = PlannedValue.linear(bac, plan.baselineStart(), plan.baselineFinish(), today).orElse(null);
        if (pv == null) {
            notes.add(plan.baselineStart() == null || plan.baselineFinish() == null
                    ? "no baseline start and finish: PV not defined" : "baseline finish before start: PV not defined");
        }
        BigDecimal complete = shareComplete(basis, tally);
        // A budget with no issues yet has earned nothing; leaving EV undefined would blank every sum above it.
        BigDecimal ev = complete == null ? BigDecimal.ZERO : bac.multiply(complete, MathContext.DECIMAL128);
        if (complete == null) {
            notes.add("no issues to measure: EV is 0");
        }
        BigDecimal ac;
        if (tally.anyCost) {
            ac = BigDecimal.valueOf(tally.costCents, 2);
        } else if (plan.costRatePerHour() != null) {
            ac = BigDecimal.valueOf(tally.spentSeconds).multiply(plan.costRatePerHour())
                    .divide(SECONDS_PER_HOUR, MathContext.DECIMAL128);
        } else {
            ac = null;
            notes.add("no cost rate and no actual cost: AC not defined");
        }
        return new EvmInputs(plan.currency(), basis, bac, pv, ev, ac, notes);
    }

    /** Points when any standard issue has points; else time when any is logged or remaining; else the issue count. */
    static EvBasis basisOf(Tally tally) {
        if (tally.points > 0) {
            return EvBasis.POINTS;
        }
        if (tally.spentSeconds + tally.remainingSeconds > 0) {
            return EvBasis.TIME;
        }
        return tally.total() > 0 ? EvBasis.COUNT : EvBasis.NONE;
    }

    /** The unrounded share complete on a basis, or {@code null} when it has no denominator. */
    static BigDecimal shareComplete(EvBasis basis, Tally tally) {
        return switch (basis) {
            case POINTS -> ratio(BigDecimal.valueOf(tally.donePoints), BigDecimal.valueOf(tally.points));
            case TIME -> ratio(BigDecimal.valueOf(tally.spentSeconds),
                    BigDecimal.valueOf(tally.spentSeconds + tally.remainingSeconds));
            case COUNT -> ratio(BigDecimal.valueOf(tally.done), BigDecimal.valueOf(tally.total()));
            case NONE, MIXED -> null;
        };
    }

    static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, MathContext.DECIMAL128);
    }

    /**
     * The sums over projects (each once). Projects without a budget are left out, with a note; money is summed only
     * when every budgeted project has the same currency; PV, EV and AC are each summed only when every budgeted
     * project has it, since a sum over some of them would skew the indices.
     */
    static EvmInputs sum(List<EvmInputs> projects) {
        List<String> notes = new ArrayList<>();
        List<EvmInputs> budgeted = projects.stream().filter(p -> p.bac != null).toList();
        EvBasis basis = combinedBasis(budgeted);
        int unbudgeted = projects.size() - budgeted.size();
        if (budgeted.isEmpty()) {
            notes.add(projects.isEmpty() ? "no visible project" : "no project has a budget: earned value not defined");
            return new EvmInputs(null, basis, null, null, null, null, notes);
        }
        if (unbudgeted > 0) {
            notes.add(unbudgeted + " of " + projects.size() + " projects have no budget and are left out");
        }
        TreeSet<String> currencies = new TreeSet<>();
        boolean unknownCurrency = false;
        for (EvmInputs p : budgeted) {
            if (p.currency == null) {
                unknownCurrency = true;
            } else {
                currencies.add(p.currency);
            }
        }
        if (unknownCurrency || currencies.size() > 1) {
            notes.add(unknownCurrency
                    ? "a budgeted project has no currency: money is not summed"
                    : "projects in different currencies (" + String.join(", ", currencies) + "): money is not summed");
            return new EvmInputs(null, basis, null, null, null, null, notes);
        }
        BigDecimal bac = BigDecimal.ZERO;
        BigDecimal pv = BigDecimal.ZERO;
        BigDecimal ev = BigDecimal.ZERO;
        BigDecimal ac = BigDecimal.ZERO;
        int noPv = 0;
        int noEv = 0;
        int noAc = 0;
        for (EvmInputs p : budgeted) {
            bac = bac.add(p.bac);
            if (p.pv == null) {
                noPv++;
            } else {
                pv = pv.add(p.pv);
            }
            if (p.ev == null) {
                noEv++;
            } else {
                ev = ev.add(p.ev);
            }
            if (p.ac == null) {
                noAc++;
            } else {
                ac = ac.add(p.ac);
            }
        }
        pv = partialSum("PV", pv, noPv, budgeted.size(), notes);
        ev = partialSum("EV", ev, noEv, budgeted.size(), notes);
        ac = partialSum("AC", ac, noAc, budgeted.size(), notes);
        return new EvmInputs(currencies.first(), basis, bac, pv, ev, ac, notes);
    }

    private static BigDecimal partialSum(String name, BigDecimal sum, int missing, int of, List<String> notes) {
        if (missing == 0) {
            return sum;
        }
        notes.add(name + " not defined for " + missing + " of " + of + " budgeted projects: not summed");
        return null;
    }

    private static EvBasis combinedBasis(List<EvmInputs> projects) {
        List<EvBasis> bases = projects.stream().map(EvmInputs::basis).filter(b -> b != EvBasis.NONE).distinct()
                .toList();
        if (bases.isEmpty()) {
            return EvBasis.NONE;
        }
        return bases.size() == 1 ? bases.get(0) : EvBasis.MIXED;
    }

    /** The figures, rounded for display. */
    RollupNode.Evm toEvm() {
        EarnedValue value = EarnedValue.of(bac, pv, ev, ac);
        return new RollupNode.Evm(Optional.ofNullable(currency).filter(c -> bac != null), basis, value.bac(),
                value.pv(), value.ev(), value.ac(), value.sv(), value.cv(), value.spi(), value.cpi(),
                value.eacTypical(), value.etc(), value.vac(), value.tcpiToBac(), notes);
    }

    /** The earned value of a node that has none of its own (issues and groups of issues). */
    static RollupNode.Evm notKept() {
        Optional<BigDecimal> none = Optional.empty();
        return new RollupNode.Evm(Optional.empty(), EvBasis.NONE, none, none, none, none, none, none, none, none,
                none, none, none, none, List.of("earned value is kept per project and above"));
    }

    EvmInputs {
        Objects.requireNonNull(basis, "basis");
        notes = List.copyOf(notes);
    }
}
