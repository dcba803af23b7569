package com.pmosuite.compliance;

/** What one standard found in one project. Only PASSED, FAILED and WAIVED count towards the score. */
public enum Outcome {
    PASSED,
    FAILED,
    /** Failed, but every offender is covered by an approved waiver that has not expired: counts as passing. */
    WAIVED,
    /** Nothing to check here (no risks at that severity, an index not defined): left out of the score. */
    NOT_APPLICABLE,
    /** The check could not be evaluated (a JQL clause this runtime cannot run, a query no longer valid): left out of the score, shown with its reason. */
    ERROR
}
