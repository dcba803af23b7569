package com.pmosuite.compliance.standard;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.Rule;
import com.pmosuite.shared.Names;

import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A check written as one line of text, for the audit history and for listing what an import changes: its type and
 * its parameters in a fixed order, e.g. {@code no-overdue: graceDays=7} or
 * {@code condition: all(due less-than -14d, status-category equals IN_PROGRESS)}. Equal checks read the same.
 */
public final class CheckText {
    private CheckText() {
    }

    public static String describe(Check check) {
        String parameters = switch (check) {
            case Check.ProjectDetails c -> "lead=" + c.lead() + ", description=" + c.description() + ", category="
                    + c.category();
            case Check.IssueDates c -> "issueTypeIds=" + ids(c.issueTypeIds()) + ", start=" + c.start() + ", due="
                    + c.due();
            case Check.NoOverdue c -> "graceDays=" + c.graceDays();
            case Check.FieldSet c -> "issueTypeIds=" + ids(c.issueTypeIds()) + ", field=" + Names.of(c.field());
            case Check.VersionDates c -> "";
            case Check.NoStaleWork c -> "days=" + c.days();
            case Check.RiskReview c -> "days=" + c.days();
            case Check.RiskCare c -> "minimum=" + Names.of(c.minimum());
            case Check.PlanBaseline c -> "";
            case Check.EvmIndices c -> "minSpi=" + plain(c.minSpi()) + ", minCpi=" + plain(c.minCpi());
            case Check.Condition c -> describe(c.rule());
            case Check.Jql c -> c.jql();
        };
        return parameters.isEmpty() ? check.type() : check.type() + ": " + parameters;
    }

    public static String describe(Rule rule) {
        return switch (rule) {
            case Rule.All all -> "all(" + all.parts().stream().map(CheckText::describe)
                    .collect(Collectors.joining(", ")) + ")";
            case Rule.Any any -> "any(" + any.parts().stream().map(CheckText::describe)
                    .collect(Collectors.joining(", ")) + ")";
            case Rule.Clause clause -> Names.of(clause.field()) + " " + Names.of(clause.operator())
                    + (clause.value() == null ? "" : " " + clause.value());
        };
    }

    private static String ids(Set<String> ids) {
        return "[" + String.join(", ", new TreeSet<>(ids)) + "]";
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.toPlainString();
    }
}
