package com.pmosuite.risk.imports;

import com.pmosuite.risk.RiskFields;

import java.util.List;

/**
 * What an import does, or would do, with one row: the risk it creates or updates with its fields as they are (or
 * would be) saved, or every problem that refuses it.
 *
 * @param riskId the risk updated, or created (null in a dry run or preview of a new risk, and for a refused row
 *               without a valid id)
 */
public record ImportedRow(int line, Action action, Long riskId, RiskFields fields, List<RowProblem> problems) {
    /** What happens to the row. */
    public enum Action {
        CREATE, UPDATE, UNCHANGED, REFUSED
    }

    public ImportedRow {
        problems = List.copyOf(problems);
    }
}
