package com.pmosuite.risk;

/** One field's value before and after a change, as text (see {@link RiskChanges} for the spelling). */
public record FieldChange(String field, String oldValue, String newValue) {
}
