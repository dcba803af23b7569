package com.pmosuite.compliance;

import java.util.List;
import java.util.Set;

/** Port: which enabled standards apply to which projects, through the standard sets and their scopes. */
public interface ApplicableStandards {

    /** Every project at least one standard set applies to (by portfolio, category or explicitly), existing ones only. */
    Set<Long> projectsInScope();

    /** The enabled standards that apply to a project, each once, in a stable order (by id). */
    List<Standard> forProject(long projectId);
}
