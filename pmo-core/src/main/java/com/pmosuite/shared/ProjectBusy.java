package com.pmosuite.shared;

/** Another change to the same project held its lock for too long; the caller may simply try again. */
public final class ProjectBusy extends RuntimeException {
    public ProjectBusy(String projectKey) {
        super("Another change to " + projectKey + " is in progress; try again in a moment");
    }
}
