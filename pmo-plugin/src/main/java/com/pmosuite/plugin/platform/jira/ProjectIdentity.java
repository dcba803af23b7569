package com.pmosuite.plugin.platform.jira;

/**
 * A project's stable identity. Jira lets administrators rename project keys, so stored PMO data is keyed by the
 * project's id; keys are what people and URLs use, and what the domain speaks.
 */
public interface ProjectIdentity {

    /** The id of the project that has, or had, this key. */
    long idOf(String projectKey);

    /** The project's key now; the stored key when the project no longer exists. */
    String currentKeyOf(long projectId, String storedKey);
}
