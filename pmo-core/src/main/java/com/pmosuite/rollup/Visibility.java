package com.pmosuite.rollup;

/**
 * What one reader may see, asked by the rollup engine while it reads: a project's figures only if the reader may
 * browse the project, and in a project with an issue security scheme only issues at levels the reader can see
 * (issues without a level always count). The plugin answers from Jira's permission and security-level managers.
 */
public interface Visibility {

    /** Sees every project and every level: for jobs (snapshots) that store figures for everyone. */
    Visibility EVERYTHING = new Visibility() {
        @Override
        public boolean projectVisible(long projectId) {
            return true;
        }

        @Override
        public boolean levelVisible(long projectId, long securityLevelId) {
            return true;
        }
    };

    /** Whether the reader may browse this project (Jira's Browse Projects). */
    boolean projectVisible(long projectId);

    /** Whether the reader may see issues of this project at this issue security level; asked only for browsable projects. */
    boolean levelVisible(long projectId, long securityLevelId);
}
