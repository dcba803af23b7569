package com.pmosuite.risk.imports;

/**
 * Why one row cannot be saved as it is: the field (our name, or {@code id}/{@code version}/{@code file}) and the
 * message. {@code conflict} marks a row refused because its risk was changed since the version the row was made
 * from, the 409 of a PUT.
 */
public record RowProblem(String field, String message, boolean conflict) {
    public static RowProblem of(String field, String message) {
        return new RowProblem(field, message, false);
    }
}
