package com.pmosuite.workbench.tracker;

import java.util.List;

/**
 * A parsed JQL query of the workbench's subset: an optional condition and an order. Built by {@link JqlParser},
 * turned into SQL over {@code WB_ISSUE} by {@link JqlSql}.
 *
 * @param where {@code null} for a query with no condition (every issue the reader may see)
 * @param text  the JQL as written
 */
public record JqlQuery(Clause where, List<Sort> orderBy, String text) {

    public JqlQuery {
        orderBy = List.copyOf(orderBy);
    }

    /** A condition of the query. */
    public sealed interface Clause permits And, Or, Terminal {
    }

    /** Every one of the clauses holds. */
    public record And(List<Clause> clauses) implements Clause {
        public And {
            clauses = List.copyOf(clauses);
        }
    }

    /** At least one of the clauses holds. */
    public record Or(List<Clause> clauses) implements Clause {
        public Or {
            clauses = List.copyOf(clauses);
        }
    }

    /**
     * One comparison: {@code field operator operand}.
     *
     * @param operator {@code =, !=, >, >=, <, <=, in, not in, is, is not} (lower case)
     * @param values   the operand's values; empty for {@code EMPTY}/{@code NULL}
     * @param text     the clause as written, for error messages
     */
    public record Terminal(String field, String operator, List<String> values, String text) implements Clause {
        public Terminal {
            values = List.copyOf(values);
        }

        public boolean isEmptyOperand() {
            return values.isEmpty();
        }
    }

    /** One {@code ORDER BY} term. */
    public record Sort(String field, boolean descending) {
    }
}
