package com.pmosuite.compliance;

/** What a PMO admin submits for a standard, not yet validated; see {@link Standard} for the limits. */
public record StandardDraft(String name, String rationale, StandardSeverity severity, int weight, boolean enabled,
                            Check check) {
}
