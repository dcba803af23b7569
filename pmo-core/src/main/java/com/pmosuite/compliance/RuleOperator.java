package com.pmosuite.compliance;

/**
 * How a {@link Rule.Clause} compares a field with its value. Values are text: ids as they are, numbers in plain
 * decimal notation, dates as {@code yyyy-MM-dd} or relative to the scan's day as JQL writes them ({@code -14d},
 * {@code 2w}).
 */
public enum RuleOperator {
    /** Equal to the value ({@code ID} fields), or to the number or date. */
    EQUALS,
    NOT_EQUALS,
    /** One of a comma-separated list of values ({@code ID} fields only). */
    IN,
    NOT_IN,
    /** Not set; no value. */
    IS_EMPTY,
    IS_NOT_EMPTY,
    /** Strictly before / below the value ({@code DATE} and {@code NUMBER} fields); an unset field never matches. */
    LESS_THAN,
    /** Strictly after / above the value. */
    GREATER_THAN
}
