package com.pmosuite.workbench.compliance;

import com.pmosuite.compliance.ProjectProfiles;
import com.pmosuite.workbench.host.WorkbenchDirectory;
import com.pmosuite.workbench.host.WorkbenchProject;
import com.pmosuite.workbench.tracker.ProjectDetailsStore;

import java.util.Optional;

/**
 * Projects as the workbench's Jira knows them: key, name, lead and category from the directory (what its
 * {@code ProjectManager} answers), description and versions from {@link ProjectDetailsStore}.
 */
public final class WorkbenchProjectProfiles implements ProjectProfiles {
    private final WorkbenchDirectory directory;
    private final ProjectDetailsStore details;

    public WorkbenchProjectProfiles(WorkbenchDirectory directory, ProjectDetailsStore details) {
        this.directory = directory;
        this.details = details;
    }

    @Override
    public Optional<ProjectProfile> profile(long projectId) {
        if (!(directory.getProjectObj(projectId) instanceof WorkbenchProject project)) {
            return Optional.empty();
        }
        return Optional.of(new ProjectProfile(project.id(), project.key(), project.name(), project.leadKey(),
                details.description(projectId).orElse(null),
                project.category() == null ? null : project.category().id(),
                details.versions(projectId).stream().map(v -> new VersionInfo(v.name(), v.released(), v.archived(),
                        v.startDate(), v.releaseDate())).toList()));
    }
}
