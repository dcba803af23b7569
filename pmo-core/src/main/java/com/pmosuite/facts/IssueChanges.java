package com.pmosuite.facts;

/**
 * What an issue-event listener tells the PMO suite. Implemented by the issue-facts service; called by the Jira
 * event listener in the plugin and by the workbench's issue tracker, with facts already read from the issue.
 */
public interface IssueChanges {

    /** An issue was created, edited, transitioned, moved, or had work logged: these are its facts now. */
    void changed(IssueFact fact);

    /** An issue was deleted. */
    void deleted(long issueId);
}
