package com.pmosuite.compliance;

import com.pmosuite.risk.Severity;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * The one check a standard makes, with its parameters: a kind from the check library, evaluated by the core over issue
 * facts and PMO data. {@link #type()} is the stable name used in JSON, storage and the API. Issue checks look only at
 * unresolved issues unless their javadoc says otherwise.
 */
public sealed interface Check {

    /** The stable name of this kind of check. */
    String type();

    /** The project has the chosen details: a lead, a description, a category. At least one is asked for. */
    record ProjectDetails(boolean lead, boolean description, boolean category) implements Check {
        public String type() {
            return "project-details";
        }
    }

    /**
     * Every unresolved issue of the chosen types has the chosen dates.
     *
     * @param issueTypeIds Jira issue type ids; empty means every epic (hierarchy level 1)
     */
    record IssueDates(Set<String> issueTypeIds, boolean start, boolean due) implements Check {
        public IssueDates {
            issueTypeIds = Set.copyOf(issueTypeIds);
        }

        public String type() {
            return "issue-dates";
        }
    }

    /** No unresolved issue is past its due date by more than {@code graceDays} days. */
    record NoOverdue(int graceDays) implements Check {
        public String type() {
            return "no-overdue";
        }
    }

    /**
     * Every unresolved issue of the chosen types has the field set.
     *
     * @param issueTypeIds Jira issue type ids; empty means every issue type
     */
    record FieldSet(Set<String> issueTypeIds, FactField field) implements Check {
        public FieldSet {
            issueTypeIds = Set.copyOf(issueTypeIds);
            Objects.requireNonNull(field, "field");
        }

        public String type() {
            return "field-set";
        }
    }

    /** Every released version, and every unreleased one whose start date has passed, has a release date (archived versions aside). */
    record VersionDates() implements Check {
        public String type() {
            return "version-dates";
        }
    }

    /** Nothing in progress (status category) has gone without an update for more than {@code days} days. */
    record NoStaleWork(int days) implements Check {
        public String type() {
            return "no-stale-work";
        }
    }

    /** The risk register was reviewed within {@code days} days: its latest risk review date is that recent. */
    record RiskReview(int days) implements Check {
        public String type() {
            return "risk-review";
        }
    }

    /** Every open risk at or above {@code minimum} severity has an owner, a response plan and a next review date not in the past. */
    record RiskCare(Severity minimum) implements Check {
        public RiskCare {
            Objects.requireNonNull(minimum, "minimum");
        }

        public String type() {
            return "risk-care";
        }
    }

    /** The project has a budget (BAC) and a baseline (start and finish) in the portfolios it belongs to. */
    record PlanBaseline() implements Check {
        public String type() {
            return "plan-baseline";
        }
    }

    /**
     * The project's SPI and CPI are not below these thresholds; a {@code null} threshold is not checked, an index
     * that is not defined cannot fail.
     */
    record EvmIndices(BigDecimal minSpi, BigDecimal minCpi) implements Check {
        public String type() {
            return "evm-indices";
        }
    }

    /** Issues matching the rule are violations. */
    record Condition(Rule rule) implements Check {
        public Condition {
            Objects.requireNonNull(rule, "rule");
        }

        public String type() {
            return "condition";
        }
    }

    /**
     * Issues of the project matching this JQL are violations. Inside Jira it is validated with
     * {@code SearchService.parseQuery} before it is saved; the workbench evaluates the subset of JQL it serves.
     */
    record Jql(String jql) implements Check {
        public static final int MAX_LENGTH = 2000;

        public Jql {
            Objects.requireNonNull(jql, "jql");
        }

        public String type() {
            return "jql";
        }
    }
}
