package com.pmosuite.plugin.risk.web;

import com.atlassian.jira.project.Project;
import com.pmosuite.plugin.platform.auth.NotVisible;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.risk.wiring.RiskModule;
import com.pmosuite.risk.ResponseStrategy;
import com.pmosuite.risk.Risk;
import com.pmosuite.risk.RiskAssessment;
import com.pmosuite.risk.RiskKind;
import com.pmosuite.risk.RiskRegister;
import com.pmosuite.risk.RiskSettings;
import com.pmosuite.risk.RiskStatus;
import com.pmosuite.risk.Severity;
import com.pmosuite.shared.Names;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * View models for the risk pages: maps of display-ready strings, booleans and lists, because templates only print
 * (and Jira 11's Velocity allowlist lets templates call little more than map and list methods).
 */
final class RiskPageModels {
    private final PmoAccess access;
    private final RiskRegister register;

    RiskPageModels(RiskModule risks, PmoAccess access) {
        this.access = access;
        this.register = risks.register();
    }

    /** The risk register page of a project the current user may browse. */
    Map<String, Object> registerPage(Project project, String contextPath) {
        RiskSettings settings = register.settings(project.getKey());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("projectKey", project.getKey());
        model.put("projectId", String.valueOf(project.getId()));
        model.put("projectName", project.getName());
        model.put("canEdit", access.canEdit(project));
        model.put("canAdminister", access.canAdminister(project));
        model.put("contextPath", contextPath);
        model.put("restBase", contextPath + "/rest/pmo/1.0");
        model.put("selectedItem", RiskRegisterAddress.SELECTED_ITEM);
        model.put("csvUrl", contextPath + "/rest/pmo/1.0/projects/" + encode(project.getKey()) + "/risks.csv");
        model.put("currentUserKey", access.currentUser().map(u -> u.getKey()).orElse(""));
        model.put("scale", String.valueOf(settings.matrix().size()));
        model.put("levels", IntStream.rangeClosed(1, settings.matrix().size()).mapToObj(String::valueOf).toList());
        model.put("statuses", choices(RiskStatus.values(), "pmo.risk.status."));
        model.put("severities", choices(Severity.values(), "pmo.risk.severity."));
        model.put("kinds", choices(RiskKind.values(), "pmo.risk.kind."));
        model.put("threatStrategies", strategies(RiskKind.THREAT));
        model.put("opportunityStrategies", strategies(RiskKind.OPPORTUNITY));
        return model;
    }

    /** The most risks the issue panel lists; the rest are counted and left to the register. */
    static final int PANEL_MAX = 20;

    /**
     * The issue panel: the risks that list this issue as a mitigation task, in projects the user may browse, at
     * most {@link #PANEL_MAX} of them. Access and scoring settings are looked up once per project, not per risk.
     * The risks left out are counted per project, each count linking to that project's register filtered to the
     * issue. Who may change a project's risks may link risks of the issue's own project to it ({@code canLink}),
     * create one there, and unlink any listed risk of a project they may change ({@code canUnlink} per row).
     *
     * @param issueProject the issue's project; null when unknown, and then nothing can be linked
     */
    Map<String, Object> issuePanel(String issueKey, Project issueProject, String contextPath) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Optional<PanelProject>> projects = new HashMap<>();
        int visibleCount = 0;
        Map<String, Integer> leftOut = new LinkedHashMap<>();
        for (Risk risk : register.linkedTo(issueKey)) {
            Optional<PanelProject> project = projects.computeIfAbsent(risk.projectKey(), this::ifBrowsable);
            if (project.isEmpty()) {
                continue;
            }
            visibleCount++;
            if (rows.size() == PANEL_MAX) {
                leftOut.merge(risk.projectKey(), 1, Integer::sum);
                continue;
            }
            RiskAssessment assessment = register.assess(risk, project.get().settings());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", String.valueOf(risk.id()));
            row.put("title", risk.fields().title());
            row.put("score", String.valueOf(assessment.score()));
            row.put("severity", Names.of(assessment.severity()));
            row.put("severityKey", "pmo.risk.severity." + Names.of(assessment.severity()));
            row.put("statusKey", "pmo.risk.status." + Names.of(risk.fields().status()));
            row.put("overdue", assessment.reviewOverdue());
            row.put("url", contextPath + RiskRegisterAddress.ofRisk(risk.projectKey(), risk.id()));
            row.put("canUnlink", project.get().editable());
            rows.add(row);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("issueKey", issueKey);
        model.put("risks", rows);
        model.put("riskCount", String.valueOf(visibleCount));
        model.put("visibleCount", visibleCount);
        model.put("moreCount", String.valueOf(visibleCount - rows.size()));
        List<Map<String, String>> more = new ArrayList<>();
        leftOut.forEach((projectKey, count) -> more.add(Map.of("projectKey", projectKey, "count",
                String.valueOf(count), "url", contextPath + RiskRegisterAddress.ofIssue(projectKey, issueKey))));
        model.put("more", more);
        boolean canLink = issueProject != null && access.canEdit(issueProject);
        model.put("canLink", canLink);
        model.put("canChange", canLink || rows.stream().anyMatch(row -> Boolean.TRUE.equals(row.get("canUnlink"))));
        if (issueProject != null) {
            model.put("projectKey", issueProject.getKey());
            model.put("registerUrl", contextPath + RiskRegisterAddress.of(issueProject.getKey()));
        }
        model.put("contextPath", contextPath);
        model.put("restBase", contextPath + "/rest/pmo/1.0");
        return model;
    }

    /** A project of the panel's risks: its scoring settings, and whether the user may change its risks. */
    private record PanelProject(RiskSettings settings, boolean editable) {
    }

    /** The project's settings and the user's right to change it when they may browse it; empty when not. */
    private Optional<PanelProject> ifBrowsable(String projectKey) {
        Project project;
        try {
            project = access.browsable(projectKey);
        } catch (NotVisible hidden) {
            return Optional.empty();
        }
        return Optional.of(new PanelProject(register.settings(projectKey), access.canEdit(project)));
    }

    private static List<Map<String, String>> strategies(RiskKind kind) {
        return choices(Arrays.stream(ResponseStrategy.values()).filter(s -> s.appliesTo(kind))
                .toArray(ResponseStrategy[]::new), "pmo.risk.strategy.");
    }

    private static List<Map<String, String>> choices(Enum<?>[] values, String keyPrefix) {
        return Arrays.stream(values)
                .map(v -> Map.of("value", Names.of(v), "labelKey", keyPrefix + Names.of(v)))
                .toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
