package com.pmosuite.plugin.compliance.rest;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.pmosuite.plugin.compliance.rest.ComplianceResultJson.StandardRefJson;
import com.pmosuite.plugin.platform.rest.JsonBody;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A portfolio's compliance, projects × standards, over the projects the reader may browse ({@code hiddenProjects}
 * counts the others): the aggregate score (passed weights over scored weights, never an average), each project's
 * score and one cell per standard that applied to it, and the standards failing in most projects.
 */
public record PortfolioComplianceJson(long portfolioId, String name, String score, String rag, int hiddenProjects,
                                      boolean dryRun, List<StandardRefJson> standards, List<ProjectJson> projects,
                                      List<WorstStandardJson> worstStandards) implements JsonBody {

    /** One project's row; {@code score} and {@code scannedAt} are {@code null} when never scanned. */
    public record ProjectJson(String key, String name, String score, String rag, String scannedAt, CellsJson cells)
            implements JsonBody {
    }

    /** A row's cells as a JSON object by standard id ({@code {"12": {outcome, total}}}). */
    public record CellsJson(@JsonIgnore List<CellJson> entries) implements JsonBody {
        public CellsJson {
            entries = List.copyOf(entries);
        }

        @JsonAnyGetter
        public Map<String, CellJson> byStandard() {
            Map<String, CellJson> cells = new LinkedHashMap<>();
            entries.forEach(cell -> cells.put(Long.toString(cell.standardId()), cell));
            return cells;
        }
    }

    /** What one standard found in one project. */
    public record CellJson(@JsonIgnore long standardId, String outcome, long total) implements JsonBody {
    }

    /** A standard failing in {@code failingProjects} of the shown projects, with {@code total} offenders there. */
    public record WorstStandardJson(StandardRefJson standard, int failingProjects, long total) implements JsonBody {
    }
}
