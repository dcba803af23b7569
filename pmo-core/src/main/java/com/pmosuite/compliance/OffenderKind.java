package com.pmosuite.compliance;

/** What a standard result's offenders are: issue keys, version names, risk references, or the project itself. */
public enum OffenderKind {
    ISSUE, VERSION, RISK, PROJECT
}
