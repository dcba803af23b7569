package com.pmosuite.workbench.host;

/** A user's role in a workbench project, standing in for a Jira permission scheme with three roles. */
public enum ProjectRole {
    /** Browse Projects only. */
    VIEWER,
    /** Browse Projects and Edit Issues. */
    MEMBER,
    /** Everything, including Administer Projects. */
    ADMIN
}
