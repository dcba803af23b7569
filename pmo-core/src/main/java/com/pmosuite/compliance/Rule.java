package com.pmosuite.compliance;

import java.util.List;
import java.util.Objects;

/**
 * A typed condition over an issue's facts: clauses joined by and / or, nested at most {@link #MAX_DEPTH} deep with at
 * most {@link #MAX_CLAUSES} clauses in all. The core evaluates it over issue facts; inside Jira the adapter turns it
 * into the same JQL with {@code JqlQueryBuilder}, never by joining strings.
 */
public sealed interface Rule permits Rule.All, Rule.Any, Rule.Clause {

    int MAX_DEPTH = 4;
    int MAX_CLAUSES = 50;
    int MAX_VALUE_LENGTH = 500;

    /** Matches when every part matches (JQL {@code AND}). */
    record All(List<Rule> parts) implements Rule {
        public All {
            parts = List.copyOf(parts);
        }
    }

    /** Matches when at least one part matches (JQL {@code OR}). */
    record Any(List<Rule> parts) implements Rule {
        public Any {
            parts = List.copyOf(parts);
        }
    }

    /**
     * One comparison.
     *
     * @param value {@code null} for {@link RuleOperator#IS_EMPTY} and {@link RuleOperator#IS_NOT_EMPTY}
     */
    record Clause(FactField field, RuleOperator operator, String value) implements Rule {
        public Clause {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
        }
    }
}
