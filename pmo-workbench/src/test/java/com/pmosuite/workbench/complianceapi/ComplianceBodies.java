package com.pmosuite.workbench.complianceapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Request bodies of the compliance API for HTTP tests. The demo's projects: ALPHA (10000, lead dave) and BETA
 * (10001, lead carol) in category "Platform" (10100), GAMMA (10002, lead dave) in "Customer" (10101), DELTA (10003,
 * lead carol) in "Data" (10102). alice is a member of ALPHA and BETA, a viewer of GAMMA, nothing in DELTA; bob has
 * no role anywhere; dave administers ALPHA and GAMMA; pmo is a PMO admin.
 */
final class ComplianceBodies {
    static final long ALPHA = 10000;
    static final long BETA = 10001;
    static final long GAMMA = 10002;
    static final long DELTA = 10003;

    private ComplianceBodies() {
    }

    static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A standard's body: MAJOR, enabled, with this weight and check. */
    static Map<String, Object> standard(String name, int weight, Map<String, Object> check) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("rationale", "Made by a test");
        body.put("severity", "major");
        body.put("weight", weight);
        body.put("enabled", true);
        body.put("check", check);
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    /** A condition check: issues matching the one clause are violations. */
    static Map<String, Object> condition(String field, String operator, String value) {
        Map<String, Object> clause = new LinkedHashMap<>();
        clause.put("type", "clause");
        clause.put("field", field);
        clause.put("operator", operator);
        if (value != null) {
            clause.put("value", value);
        }
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("type", "condition");
        check.put("rule", clause);
        return check;
    }

    /** Flags every unresolved issue (each has a status category). */
    static Map<String, Object> everyOpenIssue() {
        return condition("status-category", "is-not-empty", null);
    }

    /** Flags nothing: no issue has fewer than 0 story points. */
    static Map<String, Object> noIssue() {
        return condition("story-points", "less-than", "0");
    }

    /** A set of these standards applied to these projects. */
    static Map<String, Object> set(String name, List<Long> standardIds, List<Long> projectIds) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("portfolioIds", List.of());
        scope.put("categoryIds", List.of());
        scope.put("projectIds", projectIds);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("description", "Made by a test");
        body.put("standardIds", standardIds);
        body.put("scope", scope);
        return body;
    }

    /** A portfolio of these projects, chosen directly. */
    static Map<String, Object> portfolio(String name, long... projectIds) {
        List<Map<String, Object>> projects = new ArrayList<>();
        for (long id : projectIds) {
            projects.add(Map.of("projectId", id));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("projects", projects);
        return body;
    }

    static Map<String, Object> waiver(long standardId, List<String> issueKeys, String justification, String expires) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("standardId", standardId);
        body.put("issueKeys", issueKeys);
        body.put("justification", justification);
        body.put("expires", expires);
        return body;
    }

    static Map<String, Object> decision(int version, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("note", note);
        return body;
    }
}
