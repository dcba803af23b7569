package com.pmosuite.compliance.engine;

import com.pmosuite.compliance.Check;
import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.StatusCategory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The issue checks as tests of one fact ("does this issue offend?"), compiled once per scan and project: days become
 * epoch-day or epoch-second bounds, so a fact is tested with a few comparisons and no allocation.
 */
final class IssueChecks {
    private IssueChecks() {
    }

    /** Whether the check is evaluated over the project's issue facts. */
    static boolean isIssueCheck(Check check) {
        return check instanceof Check.IssueDates || check instanceof Check.NoOverdue
                || check instanceof Check.FieldSet || check instanceof Check.NoStaleWork
                || check instanceof Check.Condition;
    }

    /** Open work: not resolved and not in a done status (a done status without a resolution counts as done). */
    static boolean unresolved(IssueFact fact) {
        return fact.resolved() == null && fact.statusCategory() != StatusCategory.DONE;
    }

    static Predicate<IssueFact> offends(Check check, LocalDate today, ZoneId zone) throws InvalidCheck {
        return switch (check) {
            case Check.IssueDates dates -> {
                Predicate<IssueFact> inScope = ofTypes(dates.issueTypeIds());
                boolean start = dates.start();
                boolean due = dates.due();
                yield fact -> unresolved(fact) && inScope.test(fact)
                        && (start && fact.start() == null || due && fact.due() == null);
            }
            case Check.NoOverdue overdue -> {
                long dueBefore = today.toEpochDay() - notNegative(overdue.graceDays(), "grace days");
                // Overdue by exactly the grace days is allowed: due on today - grace passes, a day earlier fails.
                yield fact -> unresolved(fact) && fact.due() != null && fact.due().toEpochDay() < dueBefore;
            }
            case Check.FieldSet fieldSet -> {
                Predicate<IssueFact> inScope = fieldSet.issueTypeIds().isEmpty() ? fact -> true
                        : ofTypes(fieldSet.issueTypeIds());
                Predicate<IssueFact> present = RuleCompiler.present(fieldSet.field());
                yield fact -> unresolved(fact) && inScope.test(fact) && !present.test(fact);
            }
            case Check.NoStaleWork stale -> {
                // Updated at any time on today - days is exactly that many days ago and not yet stale.
                long updatedBefore = today.minusDays(notNegative(stale.days(), "days")).atStartOfDay(zone)
                        .toEpochSecond();
                yield fact -> unresolved(fact) && fact.statusCategory() == StatusCategory.IN_PROGRESS
                        && fact.updated().getEpochSecond() < updatedBefore;
            }
            case Check.Condition condition -> RuleCompiler.compile(condition.rule(), today, zone);
            default -> throw new IllegalArgumentException("not an issue check: " + check.type());
        };
    }

    /** The chosen types; none chosen means every epic (hierarchy level 1). */
    private static Predicate<IssueFact> ofTypes(Set<String> issueTypeIds) {
        if (issueTypeIds.isEmpty()) {
            return fact -> fact.hierarchyLevel() == IssueFact.EPIC;
        }
        Set<String> ids = Set.copyOf(issueTypeIds);
        return fact -> ids.contains(fact.issueTypeId());
    }

    private static int notNegative(int days, String what) throws InvalidCheck {
        if (days < 0) {
            throw new InvalidCheck(what + " must not be negative: " + days);
        }
        return days;
    }

    /** What an issue check found, in words, for a failed result. */
    static String describe(Check check, long total) {
        String issues = total == 1 ? "1 issue" : total + " issues";
        return switch (check) {
            case Check.IssueDates dates -> issues + " without " + (dates.start() && dates.due() ? "a start or due date"
                    : dates.start() ? "a start date" : "a due date");
            case Check.NoOverdue overdue -> issues + " overdue by more than " + days(overdue.graceDays());
            case Check.FieldSet fieldSet -> issues + " without "
                    + fieldSet.field().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            case Check.NoStaleWork stale -> issues + " in progress without an update for more than "
                    + days(stale.days());
            case Check.Condition condition -> issues + " matching the rule";
            default -> issues;
        };
    }

    static String days(long days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
